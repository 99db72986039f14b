/** Navigation on small screens, where the page list scrolls sideways. */

// Centre the current page's item in it (without moving the page).
const navList = document.querySelector<HTMLElement>(".site-nav ul");
const current = navList?.querySelector<HTMLElement>('[aria-current="page"]');
if (navList && current && navList.scrollWidth > navList.clientWidth) {
  const list = navList.getBoundingClientRect();
  const item = current.getBoundingClientRect();
  navList.scrollLeft += item.left - list.left - (list.width - item.width) / 2;
}
