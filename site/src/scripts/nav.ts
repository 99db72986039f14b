/** Navigation on small screens, where the page list scrolls sideways. */

// Bring the current page's item to the middle of the list (without moving the page), then back to the start of the
// nearest item on its left: centring alone cut that neighbour to a stray fragment ("d", "ethodology"). Cutting the
// list on its right edge only is the cue that it scrolls, with the hint under it.
const navList = document.querySelector<HTMLElement>(".site-nav ul");
const current = navList?.querySelector<HTMLElement>('[aria-current="page"]');
if (navList && current && navList.scrollWidth > navList.clientWidth) {
  const list = navList.getBoundingClientRect();
  const item = current.getBoundingClientRect();
  const toScroll = (left: number): number => left - list.left + navList.scrollLeft;
  const currentStart = toScroll(item.left);
  const centred = currentStart - (list.width - item.width) / 2;
  const aligned = Math.max(
    0,
    ...[...navList.children]
      .map((li) => toScroll(li.getBoundingClientRect().left))
      .filter((start) => start <= centred + 1)
  );
  // A wide neighbour could push the current item past the right edge: then the current item leads.
  const target = currentStart + item.width - aligned <= list.width ? aligned : currentStart;
  // Near the end of the list the target can lie past the last scroll position: room after the last item lets the
  // list get there instead of stopping with a cut item on its left.
  const short = target - (navList.scrollWidth - navList.clientWidth);
  if (short > 0) navList.style.paddingInlineEnd = `${short}px`;
  navList.scrollLeft = target;
}
