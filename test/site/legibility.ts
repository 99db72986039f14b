/**
 * What a reader sees, measured in the browser: the legibility checks of the end-to-end suite (e2e.legibility.test.ts)
 * run on a loaded page at its current width. Each problem names its check, the figure or element, and the text.
 *
 * - page-scroll: the page scrolls sideways;
 * - broken-token: a number or word split across two lines ("200,06 / 6", "summe / r"); breaks after a hyphen or a
 *   slash are allowed, a non-breaking space is part of its token; in chart text, which names ingredients and tags,
 *   a line may not end at a hyphen inside a name either ("60-minutes-or- / less");
 * - overflow: an element's own text wider than its box (a KPI label spilling out of its tile), outside scrolling
 *   containers;
 * - small-text: chart text under 10 CSS px as rendered (SVG font size × rendered width / viewBox width);
 * - equal-labels: two equal tick labels on one axis (0.9, 1.0, 1.0, 1.1);
 * - overlap: two chart labels (ticks, axis labels, text marks) overlapping or touching;
 * - outside-frame: a mark drawn outside its chart, a dot reaching past the plot area into the margins (the last
 *   year's dot centred on the area's edge, cut in half where the band and grid stop), or a dot outside every facet
 *   frame of a faceted chart;
 * - name-under-tick: an axis name less than half a line under a tick label it spans, which reads as that label's
 *   second line ("Sunday / Day of the week");
 * - marks-overlap: the two dots of one item (its weekday and weekend values) covering one another; a solid mark
 *   smaller than the inside of an open ring (a mark filled with the background) may lie over it, as it cannot hide it;
 * - pair-off-line: the two marks of one item (a dumbbell's weekday and weekend ends) at different heights: dodged
 *   above and below their line, a close pair read as a diagonal;
 * - beyond-ticks: a dot's centre, or a line or area, beyond the outermost labelled tick of a numeric axis (a month
 *   below the lowest tick of the mean ratings, the bands of the share multiples under their lowest tick of 20 %),
 *   where its value cannot be read; year axes, whose ends are not ticks, are left out;
 * - size-without-key: dots of one mark drawn in two sizes or more (a quantity on Plot's r channel) in a figure whose
 *   legend has no size key;
 * - uneven-weight: value labels of one bar chart (numbers written by a text mark) in two font weights: the one count
 *   of the weekday chart written in bold read as a highlighted day;
 * - lone-action: a figure's downloads and the link to its page on two lines where they fit on one ("Page de la
 *   figure" alone under the French downloads at 1280 px), or the last of them alone on a line where it fits at the end
 *   of the line above ("Figure page" under a half-empty line on a phone);
 * - dot-on-label: a dot drawn over a tick label;
 * - line-through-label: a dashed reference line (a mean, an expectation: theme.ts LINE.reference) running through
 *   the digits of a value label; a halo thins the line there but the number still reads as struck through (names
 *   may cross a zero or mean line under their halo: a crossed word stays a word);
 * - stray-colour: a chart fill or stroke that is not a design-system variable, the text colour or the background
 *   (site/src/lib/charts/theme.ts; its palette is the one palette.test.ts checks for colour-vision deficiencies);
 * - text-on-axis: a label drawn without a halo touching an axis line (a solid rule at zero, where a bar chart's axis
 *   is) or an axis' tick marks: "Unweighted" written from x = 0 started on the y axis line;
 * - uneven-bold: a value printed in bold (a row's largest) and the same value in regular weight in the same row;
 * - bar-above-ticks: a bar rising above the top tick of the y axis, where its height cannot be read;
 * - blank-tick: an axis tick without its label (Plot's log scale blanks the labels it finds too many: 5 and 50);
 * - text-outside: chart text reaching past the edge of its drawing (a first row's name cut at the top);
 * - values-missing: a bar chart that writes the value of some bars (a text mark tagged with the bars' data-year)
 *   but not of all of them (the phone drawing of the yearly bars labelled only the peak);
 * - text-on-bars: a label (not a value written inside its bar in the on-bar colour) lying on bars;
 * - text-on-rule: a line drawn inside the plot (a zero or reference line, a dumbbell's bar, a whisker, a tick) crossing the
 *   glyphs of a label, haloed or not: row names of the difference charts sat on their dotted zero line; and an x grid
 *   line crossing a name (not a value label) written in the plot;
 * - text-on-marks: a label lying on a dot or a filled area (a band, an interval): the fit's name on the last dots; or
 *   closer to a dot's painted edge (a ring's stroke included) than a quarter em, where it reads as running into it;
 * - axis-without-break: a dot or line chart whose value axis (evenly spaced numeric ticks, not years) leaves zero out
 *   without the axis-break sign (marks.ts axisBreak): the monthly mean ratings on 4.40–4.85 had none;
 * - break-on-marks: the axis-break sign on or within 2 px of a dot or a bar: it sat on the lowest point of the ratings
 *   scatter, where it read as part of the data;
 * - lone-tile: a grid of key figures (or of the overview's analysis cards) whose last row holds a single tile under
 *   rows of three or more (5 + 1, 3 + 1);
 * - scroll-cue: a box that scrolls sideways without a visible "scroll" hint (data-scroll-hint, drawn by global.css),
 *   or not reachable from the keyboard, or without an accessible name.
 *
 * The chart checks read the `data-mark` names that site/src/lib/charts/render.ts keeps from Plot's mark groups.
 */
import type {Page} from "playwright-core";

export interface LegibilityProblem {
  check: string;
  where: string;
  text: string;
}

/** Runs every check on the page as laid out now; sections must be rendered first (pageTesting's renderAll). */
export function legibilityProblems(page: Page): Promise<LegibilityProblem[]> {
  return page.evaluate(async () => {
    // The scroll hints are drawn by an animation on the box's scroll timeline, sampled on the next frames: read at once
    // after a resize, a hint could still be hidden (a rare "no visible scroll hint" on the navigation). Two frames, or
    // 200 ms where frames do not come.
    await Promise.race([
      new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
      new Promise((resolve) => setTimeout(resolve, 200))
    ]);
    const problems: LegibilityProblem[] = [];
    const add = (check: string, where: string, text: string) => problems.push({check, where, text});
    const shown = (el: Element) => {
      const rect = el.getBoundingClientRect();
      return rect.width > 0 && rect.height > 0;
    };
    const whereOf = (el: Element): string => {
      const chart = el.closest(".figure__chart");
      const figure = el.closest("figure[id]");
      if (figure)
        return `${figure.id}${chart ? (chart.classList.contains("figure__chart--narrow") ? " (narrow)" : " (wide)") : ""}`;
      const named = el.closest("[id], [class]");
      if (!named) return el.tagName.toLowerCase();
      return named.id ? `#${named.id}` : `${named.tagName.toLowerCase()}.${[...named.classList].join(".")}`;
    };
    const clip = (text: string) => {
      const one = text.replace(/\s+/g, " ").trim();
      return one.length > 60 ? `${one.slice(0, 57)}…` : one;
    };

    const sideways = document.documentElement.scrollWidth - window.innerWidth;
    if (sideways > 0) add("page-scroll", "page", `the page scrolls ${sideways} px sideways`);

    // Text of the page outside charts: tokens whose characters sit on more than one line, elements whose text is
    // wider than their box.
    const skip = "svg, script, style, noscript, template, .sr-only, [hidden]";
    const range = document.createRange();
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const withText = new Set<Element>();
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      const text = node.textContent ?? "";
      if (!parent || !text.trim() || parent.closest(skip) || !shown(parent)) continue;
      withText.add(parent);
      // A content hash set in code with word-break: break-all is meant to wrap anywhere: 64 hex digits fit no phone.
      if (parent.closest("code") && getComputedStyle(parent).wordBreak === "break-all") continue;
      // Ordinary breaking opportunities: spaces, and after a hyphen, dash, slash or vertical bar (Unicode's
      // break-after class). U+00A0 and U+202F bind.
      const token = /[^ \t\n\r\-\u2010\u2013\u2014/|]+[-\u2010\u2013\u2014/|]?/g;
      for (let m = token.exec(text); m; m = token.exec(text)) {
        if (m[0].length < 2) continue;
        range.setStart(node, m.index);
        range.setEnd(node, m.index + m[0].length);
        const lines = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.bottom)));
        if (lines.size > 1) add("broken-token", whereOf(parent), `"${m[0]}" is split across ${lines.size} lines`);
      }
    }
    for (const el of withText) {
      let block: Element | null = el;
      // The box that holds the text: the nearest ancestor-or-self that is not inline.
      while (block && getComputedStyle(block).display.startsWith("inline") && block !== document.body)
        block = block.parentElement;
      if (!block) continue;
      const style = getComputedStyle(block);
      if (/(auto|scroll)/.test(style.overflowX)) continue;
      const over = block.scrollWidth - block.clientWidth;
      if (block.clientWidth > 0 && over > 1) {
        add("overflow", whereOf(block), `"${clip(block.textContent ?? "")}" is ${over} px wider than its box`);
      }
    }

    // A box that scrolls sideways says so in words (its hint, drawn from data-scroll-hint on it or its parent, is
    // visible until its end is reached), is reachable from the keyboard (focusable itself or through its links) and
    // has a name.
    for (const box of document.querySelectorAll<HTMLElement>("body *")) {
      // Content of a closed <details> (a figure's data table) keeps a box in Chromium but is not on screen.
      if (!shown(box) || box.closest("svg") || box.closest("details:not([open]) > :not(summary)")) continue;
      const style = getComputedStyle(box);
      if (!/(auto|scroll)/.test(style.overflowX) || box.scrollWidth - box.clientWidth <= 1) continue;
      if (box.scrollLeft + box.clientWidth >= box.scrollWidth - 1) continue;
      const where = whereOf(box);
      const hints = [
        box.hasAttribute("data-scroll-hint") ? getComputedStyle(box, "::before") : undefined,
        box.parentElement?.hasAttribute("data-scroll-hint") ? getComputedStyle(box.parentElement, "::after") : undefined
      ].filter((h) => h !== undefined);
      if (!hints.some((h) => h.content !== "none" && h.visibility === "visible" && h.display !== "none"))
        add("scroll-cue", where, "scrolls sideways with no visible scroll hint");
      const focusable = box.tabIndex >= 0 || box.querySelector("a[href], button, [tabindex]") !== null;
      if (!focusable) add("scroll-cue", where, "scrolls sideways but cannot be reached from the keyboard");
      const named =
        box.hasAttribute("aria-label") || box.hasAttribute("aria-labelledby") || !!box.closest("nav[aria-label]");
      if (!named) add("scroll-cue", where, "scrolls sideways but has no accessible name");
    }

    // A grid of key figures or analysis cards whose last row holds one tile under rows of three or more: the lone
    // tile read as a footnote (six tiles as 5 + 1 at 1280 px, the four cards as 3 + 1). On a phone's two columns an odd tile out is the only layout.
    for (const grid of document.querySelectorAll(".kpis, .cards")) {
      const rows = new Map<number, number>();
      for (const tile of grid.children) {
        if (!shown(tile)) continue;
        const top = Math.round(tile.getBoundingClientRect().top);
        rows.set(top, (rows.get(top) ?? 0) + 1);
      }
      const counts = [...rows.entries()].sort((a, b) => a[0] - b[0]).map(([, n]) => n);
      // Checked at desktop widths, where KpiTiles balances the rows; at tablet widths (768, 1024 px) auto-fill still
      // leaves five tiles as 4 + 1, a known limit of the CSS-only layout.
      if (window.innerWidth >= 1200 && counts.length > 1 && counts[counts.length - 1] === 1 && counts[0]! > 2)
        add(
          "lone-tile",
          grid.closest("section[id]")?.id ?? whereOf(grid),
          `key figures in rows of ${counts.join(" + ")}: the last one stands alone`
        );
    }

    // A figure's downloads and the link to its page spread over two lines or more where, side by side, they fit on one.
    for (const tools of document.querySelectorAll(".figure__tools")) {
      if (!shown(tools)) continue;
      const actions = [...tools.querySelectorAll(".figure__downloads > *, .figure__permalink a")]
        .filter(shown)
        .map((a) => [a, a.getBoundingClientRect()] as const);
      if (actions.length < 2) continue;
      // Lines told apart by their middles: links of one line are centred on it within a few pixels.
      const middles = actions.map(([, r]) => r.top + r.height / 2);
      const sorted = [...middles].sort((a, b) => a - b);
      const lineCount = 1 + sorted.filter((m, i) => i > 0 && m - sorted[i - 1]! > 8).length;
      // 12 px: the gap between two of them (0.75rem).
      const width = actions.reduce((sum, [, r]) => sum + r.width + 12, -12);
      const box = tools.getBoundingClientRect();
      const [last, lastRect] = actions[actions.length - 1]!;
      const lastMiddle = middles[middles.length - 1]!;
      // The line just above the last link's: the links whose middles lie within a few pixels of the lowest above it.
      const aboveTop = Math.max(...middles.filter((m) => lastMiddle - m > 8));
      const aboveLine = actions.filter((_, i) => lastMiddle - middles[i]! > 8 && aboveTop - middles[i]! <= 8);
      const alone = middles.filter((m) => Math.abs(m - lastMiddle) <= 8).length === 1;
      if (lineCount > 1 && width <= box.width) {
        add(
          "lone-action",
          whereOf(last),
          `"${clip(last.textContent ?? "")}" is on a line of its own though the links fit on one (${Math.round(width)} px)`
        );
      } else if (
        alone &&
        aboveLine.length &&
        box.right - Math.max(...aboveLine.map(([, r]) => r.right)) >= lastRect.width + 12
      ) {
        add(
          "lone-action",
          whereOf(last),
          `"${clip(last.textContent ?? "")}" is alone on a line; it fits on the line above`
        );
      }
    }

    for (const svg of document.querySelectorAll<SVGSVGElement>("svg.chart")) {
      if (!shown(svg)) continue;
      const where = whereOf(svg);
      const box = svg.getBoundingClientRect();
      const viewBox = svg.viewBox.baseVal;
      const scale = viewBox && viewBox.width ? box.width / viewBox.width : 1;
      const texts = [...svg.querySelectorAll("text")].filter((t) => shown(t) && (t.textContent ?? "").trim());

      let smallest: [number, string] | undefined;
      for (const t of texts) {
        const size = parseFloat(getComputedStyle(t).fontSize) * scale;
        if (size < 10 - 1e-6 && (!smallest || size < smallest[0])) smallest = [size, t.textContent ?? ""];
      }
      if (smallest) {
        const count = texts.filter((t) => parseFloat(getComputedStyle(t).fontSize) * scale < 10 - 1e-6).length;
        add("small-text", where, `${count} texts under 10 px, "${clip(smallest[1])}" at ${smallest[0].toFixed(1)} px`);
      }

      // Tick labels grouped by the element that holds them: one group per axis, or per facet of a faceted axis.
      const axes = new Map<Element, string[]>();
      for (const t of svg.querySelectorAll('[data-mark$="tick label"] text')) {
        if (!shown(t)) continue;
        const list = axes.get(t.parentElement!) ?? [];
        list.push((t.textContent ?? "").trim());
        axes.set(t.parentElement!, list);
      }
      for (const labels of axes.values()) {
        const twice = labels.filter((label, i) => label && labels.indexOf(label) !== i);
        if (twice.length)
          add("equal-labels", where, `${labels.join(", ")} (repeated: ${[...new Set(twice)].join(", ")})`);
      }

      // A text's box is its line box, taller than its glyphs: trimmed to the glyphs' height (about 0.2 em above
      // capitals and below descenders), labels a reader sees apart are not reported.
      // Text stood upright (rotated a quarter turn) has its line box across: trimmed left and right instead.
      const rects = texts.map((t) => {
        const r = t.getBoundingClientRect();
        const em = parseFloat(getComputedStyle(t).fontSize) * scale;
        const upright = /rotate\(-?90\)/.test(t.getAttribute("transform") ?? "");
        const [across, along] = upright ? [0, 0.2 * em] : [0.2 * em, 0];
        return [
          t,
          {left: r.left + along, right: r.right - along, top: r.top + across, bottom: r.bottom - across}
        ] as const;
      });
      for (let i = 0; i < rects.length; i++) {
        for (let j = i + 1; j < rects.length; j++) {
          const [a, ra] = rects[i]!;
          const [b, rb] = rects[j]!;
          // Touching counts: less than half a pixel between the boxes.
          const gap = 0.5;
          if (
            ra.left < rb.right + gap &&
            rb.left < ra.right + gap &&
            ra.top < rb.bottom + gap &&
            rb.top < ra.bottom + gap
          ) {
            add("overlap", where, `"${clip(a.textContent ?? "")}" touches "${clip(b.textContent ?? "")}"`);
          }
        }
      }

      const ticks = [...svg.querySelectorAll('[data-mark$="tick label"] text')]
        .filter(shown)
        .map((t) => [t, t.getBoundingClientRect()] as const);
      for (const name of svg.querySelectorAll('[data-mark$="axis label"] text')) {
        if (!shown(name)) continue;
        const r = name.getBoundingClientRect();
        const em = parseFloat(getComputedStyle(name).fontSize) * scale;
        const above = ticks.find(
          ([, tr]) => tr.left < r.right && r.left < tr.right && tr.top < r.top && r.top - tr.bottom < 0.5 * em
        );
        if (above) {
          add(
            "name-under-tick",
            where,
            `axis name "${clip(name.textContent ?? "")}" sits under tick label "${clip(above[0].textContent ?? "")}"`
          );
        }
      }

      // Dots have no halo: one covering another, or covering a tick label, hides it. Overlap is
      // counted beyond half a pixel in both directions, so marks that merely touch pass.
      const dots = [...svg.querySelectorAll('[data-mark="dot"] > *')].filter(shown).map((d) => {
        const r = d.getBoundingClientRect();
        return [d, r] as const;
      });
      const covers = (a: DOMRect, b: {left: number; right: number; top: number; bottom: number}) =>
        Math.min(a.right, b.right) - Math.max(a.left, b.left) > 0.5 &&
        Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 0.5;
      // An open ring: a mark filled with the background (or not at all) and stroked; what lies inside its stroke
      // cannot hide it.
      const ringHole = (el: Element, r: DOMRect): number | undefined => {
        const fill = el.closest("[fill]")?.getAttribute("fill");
        const stroke = el.closest("[stroke]")?.getAttribute("stroke");
        if ((fill !== "var(--plot-background)" && fill !== "none") || !stroke || stroke === "none") return undefined;
        const width = parseFloat(el.closest("[stroke-width]")?.getAttribute("stroke-width") ?? "1") * scale;
        // The stroke is centred on the ring's edge, and a rect of an SVG shape leaves it out.
        return r.width - width;
      };
      for (let i = 0; i < dots.length; i++) {
        const [a, ra] = dots[i]!;
        const item = a.getAttribute("data-item");
        const period = a.getAttribute("data-period");
        if (item === null || period === null) continue;
        for (let j = i + 1; j < dots.length; j++) {
          const [b, rb] = dots[j]!;
          if (b.getAttribute("data-item") !== item || b.getAttribute("data-period") === period) continue;
          const [ca, cb] = [(ra.top + ra.bottom) / 2, (rb.top + rb.bottom) / 2];
          // Marks in lanes of their own (data-lane: the seasonal dumbbells, one lane per season) sit apart on purpose.
          const laned = a.hasAttribute("data-lane") || b.hasAttribute("data-lane");
          if (!laned && Math.abs(ca - cb) > 0.5)
            add(
              "pair-off-line",
              where,
              `the ${period} and ${b.getAttribute("data-period")} marks of "${clip(item)}" sit ${Math.abs(ca - cb).toFixed(1)} px apart in height`
            );
          // Equal sizes are Plot's rounding of a mark and its copy: a ring only lets through what fits inside it.
          const holeA = ringHole(a, ra);
          const holeB = ringHole(b, rb);
          const inside =
            (holeA !== undefined && Math.max(rb.width, rb.height) * Math.SQRT2 <= holeA + 0.5) ||
            (holeB !== undefined && Math.max(ra.width, ra.height) * Math.SQRT2 <= holeB + 0.5);
          if (!inside && covers(ra, rb))
            add(
              "marks-overlap",
              where,
              `the ${period} and ${b.getAttribute("data-period")} marks of "${clip(item)}" overlap`
            );
        }
      }
      for (const [d, r] of dots) {
        const on = rects.find(([t, rt]) => t.closest('[data-mark$="tick label"]') && covers(r, rt));
        if (on) {
          add(
            "dot-on-label",
            where,
            `a mark of "${clip(d.getAttribute("data-tip") ?? d.getAttribute("data-item") ?? "")}" covers tick label "${clip(on[0].textContent ?? "")}"`
          );
        }
      }

      // Reference lines are dashed rules; the glyph boxes are the trimmed text boxes of the overlap check.
      const number = /^[−+-]?[\d\s\u00a0\u202f.,]*\d[\d\s\u00a0\u202f.,]*\s?%?$/;
      const labels = rects.filter(
        ([t]) => t.closest('[data-mark="text"]') && number.test((t.textContent ?? "").trim())
      );
      for (const line of svg.querySelectorAll(
        '[data-mark="rule"][stroke-dasharray] line, [data-mark="rule"] line[stroke-dasharray]'
      )) {
        if (!shown(line) && line.getBoundingClientRect().width === 0 && line.getBoundingClientRect().height === 0)
          continue;
        const r = line.getBoundingClientRect();
        for (const [t, rt] of labels) {
          if (r.left < rt.right && rt.left < r.right && r.top < rt.bottom && rt.top < r.bottom) {
            add("line-through-label", where, `a reference line runs through "${clip(t.textContent ?? "")}"`);
          }
        }
      }

      // Any line drawn inside the plot (the zero line of a difference chart, a reference, the line of a dumbbell)
      // through a label's glyphs: under a halo the line stops at the letters, but a row name crossed by it still reads
      // as struck through ("boneless skinless chicken breasts" on the zero line).
      const ruleLines = [...svg.querySelectorAll('[data-mark="rule"] line, [data-mark="tick"] line')]
        .map((l) => l.getBoundingClientRect())
        .filter((r) => r.width > 0 || r.height > 0);
      // The x grid's lines cut across the letters of a name written in a row (the difference charts' row names);
      // a value label, under its halo, may sit on a faint grid line as on any labelled chart.
      const gridLines = [...svg.querySelectorAll('[data-mark="x-grid"] line')]
        .map((l) => l.getBoundingClientRect())
        .filter((r) => r.height > 0);
      const crosses = (r: DOMRect, rt: {left: number; right: number; top: number; bottom: number}) =>
        r.left < rt.right && rt.left < r.right && r.top < rt.bottom && rt.top < r.bottom;
      for (const [t, rt] of rects) {
        if (!t.closest('[data-mark="text"]')) continue;
        const name = /\p{L}{3}/u.test(t.textContent ?? "") && !number.test((t.textContent ?? "").trim());
        if (ruleLines.some((r) => crosses(r, rt)))
          add("text-on-rule", where, `a line drawn in the plot crosses "${clip(t.textContent ?? "")}"`);
        else if (name && gridLines.some((r) => crosses(r, rt)))
          add("text-on-rule", where, `a grid line crosses "${clip(t.textContent ?? "")}"`);
      }

      // A label lying on data: a dot, or a filled area (a band, an interval) under its glyphs. Its halo hides the data
      // there ("Weighted trend (WLS)" written over the last years' dots and the ±1 SD band). Areas are tested point by
      // point inside the glyph box (an area's box is the whole band), in the path's own coordinates.
      // A dot's box leaves its stroke out: an open ring's edge is its stroke, drawn half outside the box.
      const dataDots = [...svg.querySelectorAll('[data-mark="dot"] circle')].filter(shown).map((c) => {
        const r = c.getBoundingClientRect();
        const stroke = c.closest("[stroke]")?.getAttribute("stroke");
        const width = parseFloat(c.closest("[stroke-width]")?.getAttribute("stroke-width") ?? "1");
        const painted = stroke && stroke !== "none" && stroke !== "var(--plot-background)" ? (width * scale) / 2 : 0;
        return {x: (r.left + r.right) / 2, y: (r.top + r.bottom) / 2, radius: r.width / 2, edge: r.width / 2 + painted};
      });
      const areas = [...svg.querySelectorAll<SVGPathElement>('[data-mark="area"] path')].filter(shown);
      for (const [t, rt] of rects) {
        if (!t.closest('[data-mark="text"]')) continue;
        const distance = ({x, y}: {x: number; y: number}) =>
          Math.hypot(Math.max(rt.left - x, 0, x - rt.right), Math.max(rt.top - y, 0, y - rt.bottom));
        const onDot = dataDots.some((d) => distance(d) < d.radius - 0.5);
        // Closer to a dot's edge than a space of its own text (a quarter em), a label reads as running into the dot:
        // "2,92 %◯", the French share beside the weekday ring at 2.3 px on a phone (the touching check compares
        // labels with labels only, and a ring's box leaves out the stroke that draws it).
        const space = 0.25 * parseFloat(getComputedStyle(t).fontSize) * scale;
        const nearDot = !onDot && dataDots.find((d) => distance(d) < d.edge + space);
        if (nearDot)
          add(
            "text-on-marks",
            where,
            `"${clip(t.textContent ?? "")}" is ${Math.max(0, distance(nearDot) - nearDot.edge).toFixed(1)} px from a dot's edge, under a space`
          );
        const onArea = areas.some((path) => {
          const toPath = path.getScreenCTM()?.inverse();
          if (!toPath) return false;
          for (let i = 0; i <= 8; i++) {
            for (let j = 0; j <= 2; j++) {
              const point = new DOMPoint(
                rt.left + ((rt.right - rt.left) * i) / 8,
                rt.top + ((rt.bottom - rt.top) * j) / 2
              ).matrixTransform(toPath);
              if (path.isPointInFill(point)) return true;
            }
          }
          return false;
        });
        if (onDot || onArea)
          add("text-on-marks", where, `"${clip(t.textContent ?? "")}" lies on ${onDot ? "a dot" : "an area"}`);
      }

      // Chart text wrapped by Plot (one tspan a line) must not break a name at its hyphen ("60-minutes-or- / less").
      for (const t of texts) {
        const lines = [...t.querySelectorAll("tspan")].map((l) => (l.textContent ?? "").trim());
        for (let i = 0; i + 1 < lines.length; i++) {
          if (/[\p{L}\p{N}][-\u2010]$/u.test(lines[i]!) && /^[\p{L}\p{N}]/u.test(lines[i + 1]!))
            add("broken-token", where, `"${clip(lines[i]! + lines[i + 1]!)}" is broken after its hyphen`);
        }
      }

      const frames = [...svg.querySelectorAll('[data-mark="frame"] rect, [data-mark="frame"]:is(rect)')]
        .filter(shown)
        .map((f) => f.getBoundingClientRect());
      const marks = svg.querySelectorAll(
        '[data-mark]:not([data-mark*="axis"]):not([data-mark*="grid"]):not([data-mark="frame"]):not([data-mark="text"]) :is(circle, rect, path, line, polygon)'
      );
      // The plot area (render.ts data-plot-area: the drawing less its margins, in viewBox units): a dot centred on its
      // edge is half in the margin, where the band, the grid and the line stop, and reads as cut in half.
      const area = (svg.getAttribute("data-plot-area") ?? "").split(",").map(Number);
      const [areaLeft, areaTop, areaRight, areaBottom] =
        area.length === 4 && area.every(Number.isFinite)
          ? [
              box.left + area[0]! * scale,
              box.top + area[1]! * scale,
              box.left + area[2]! * scale,
              box.top + area[3]! * scale
            ]
          : [box.left, box.top, box.right, box.bottom];
      let outside = 0;
      let example = "";
      for (const mark of marks) {
        if (!shown(mark) || mark.closest('[data-mark="axis-break"]')) continue;
        const r = mark.getBoundingClientRect();
        let out = r.left < box.left - 1 || r.right > box.right + 1 || r.top < box.top - 1 || r.bottom > box.bottom + 1;
        if (!out && mark.closest('[data-mark="dot"]'))
          out = r.left < areaLeft - 1 || r.right > areaRight + 1 || r.top < areaTop - 1 || r.bottom > areaBottom + 1;
        if (!out && frames.length > 1 && mark.tagName === "circle") {
          out = !frames.some(
            (f) => r.left >= f.left - 1 && r.right <= f.right + 1 && r.top >= f.top - 1 && r.bottom <= f.bottom + 1
          );
        }
        if (out) {
          outside += 1;
          example ||= mark.getAttribute("data-tip") ?? mark.tagName;
        }
      }
      if (outside) add("outside-frame", where, `${outside} marks outside the frame, e.g. "${clip(example)}"`);

      // Labels and the axis lines: a label without a halo (the halo is a stroke in the background colour, or in a
      // bar's colour) must keep off solid rules (the zero line a bar chart stands on) and off tick marks.
      const haloed = (t: Element) => {
        const stroke = t.closest("[stroke]")?.getAttribute("stroke");
        return !!stroke && stroke !== "none" && stroke !== "currentColor";
      };
      const labelRects = rects.filter(([t]) => t.closest('[data-mark="text"]') && !haloed(t));
      const axisLines = [
        ...svg.querySelectorAll('[data-mark="rule"]:not([stroke-dasharray]) line:not([stroke-dasharray])'),
        ...svg.querySelectorAll('[data-mark$="axis tick"] path')
      ]
        .map((l) => l.getBoundingClientRect())
        // An axis line spans the plot (half the drawing at least); a short rule is a whisker, not an axis.
        .filter(
          (r) =>
            (r.width > 0 || r.height > 0) &&
            (r.height >= box.height / 2 || r.width >= box.width / 2 || r.width + r.height < 12)
        );
      for (const [t, rt] of labelRects) {
        const on = axisLines.find(
          (r) => r.left < rt.right + 0.5 && rt.left < r.right + 0.5 && r.top < rt.bottom && rt.top < r.bottom
        );
        if (on) add("text-on-axis", where, `"${clip(t.textContent ?? "")}" touches an axis line`);
      }

      // Equal values drawn unequally: in one row of labels (a heatmap's row), a label in bold marks the largest value,
      // and a label printing the same text in regular weight says it is smaller (one of two cells at 11.7 % was bold).
      const rows = new Map<number, {text: string; bold: boolean}[]>();
      for (const [t, rt] of rects) {
        const label = (t.textContent ?? "").trim();
        if (!t.closest('[data-mark="text"]') || !number.test(label)) continue;
        const row = Math.round((rt.top + rt.bottom) / 2);
        const list = rows.get(row) ?? [];
        list.push({text: label, bold: Number(getComputedStyle(t).fontWeight) >= 600});
        rows.set(row, list);
      }
      for (const labels of rows.values()) {
        const bold = new Set(labels.filter((l) => l.bold).map((l) => l.text));
        const plain = labels.find((l) => !l.bold && bold.has(l.text));
        if (plain)
          add("uneven-bold", where, `"${clip(plain.text)}" is bold in one place of its row and regular in another`);
      }

      // A bar standing on the x axis must end under a labelled tick: above the top tick its height cannot be read
      // (Monday's bar of the weekday counts rose past 40,000, the last tick on a phone).
      // A tick is a horizontal stroke: its box has no height.
      const yTicks = [...svg.querySelectorAll('[data-mark="y-axis tick"] path')]
        .map((p) => p.getBoundingClientRect())
        .filter((r) => r.width > 0);
      // Only on a numeric axis: the ticks of a band axis (seasons, stacked shares) stand at each band's middle.
      const numericY = [...svg.querySelectorAll('[data-mark="y-axis tick label"] text')].every((t) =>
        number.test((t.textContent ?? "").trim())
      );
      if (yTicks.length && numericY) {
        const topTick = Math.min(...yTicks.map((r) => (r.top + r.bottom) / 2));
        const tallest = [...svg.querySelectorAll('[data-mark="bar"] rect')]
          .filter(shown)
          .map((b) => [b, b.getBoundingClientRect().top] as const)
          .sort((a, b) => a[1] - b[1])[0];
        if (tallest && tallest[1] < topTick - 1)
          add(
            "bar-above-ticks",
            where,
            `a bar ("${clip(tallest[0].getAttribute("data-tip") ?? "")}") rises ${(topTick - tallest[1]).toFixed(0)} px above the top tick`
          );
      }

      for (const t of svg.querySelectorAll('[data-mark$="tick label"] text')) {
        if (!(t.textContent ?? "").trim())
          add("blank-tick", where, `a tick of ${t.closest("[data-mark]")!.getAttribute("data-mark")} has no label`);
      }

      for (const [t, rt] of rects) {
        if (rt.left < box.left - 0.5 || rt.right > box.right + 0.5 || rt.top < box.top || rt.bottom > box.bottom)
          add("text-outside", where, `"${clip(t.textContent ?? "")}" reaches past the edge of the drawing`);
      }

      // A dot or line chart whose value axis leaves zero out carries the axis-break sign (marks.ts axisBreak), as the
      // ratings charts do: without it a gap on 4.40–4.85 reads as a large one. The value axis is the numeric axis of
      // evenly spaced ticks (a log axis, whose ticks multiply, has no zero to show; years are not values).
      if (
        svg.querySelector('[data-mark="dot"], [data-mark="line"]') &&
        !svg.querySelector('[data-mark="axis-break"]')
      ) {
        const fr = document.documentElement.lang === "fr";
        const value = (label: string): number =>
          Number(
            label
              .replace(/[\s\u00a0\u202f%]/g, "")
              .replace(/−/g, "-")
              .replace(/,/g, fr ? "." : "")
          );
        for (const axis of ["y", "x"] as const) {
          const labels = [...svg.querySelectorAll(`[data-mark="${axis}-axis tick label"] text`)].map((t) =>
            (t.textContent ?? "").trim()
          );
          if (labels.length < 2 || !labels.every((l) => number.test(l)) || labels.every((l) => /^\d{4}$/.test(l)))
            continue;
          const values = [...new Set(labels.map(value))].sort((a, b) => a - b);
          if (values.some((v) => !Number.isFinite(v))) continue;
          const steps = values.slice(1).map((v, i) => v - values[i]!);
          const even = steps.every((step) => Math.abs(step - steps[0]!) <= Math.abs(steps[0]!) * 0.01 + 1e-9);
          if (even && (values[0]! > 0 || values[values.length - 1]! < 0))
            add(
              "axis-without-break",
              where,
              `${axis} axis ${labels[0]}–${labels[labels.length - 1]} leaves zero out with no axis-break sign`
            );
        }
      }

      // The axis-break sign clear of the data: it sat on the lowest dot of the ratings scatter and beside the first
      // month's dot, where it read as part of the data. A dot's painted circle (or a bar) within 2 px of the sign's box.
      for (const sign of svg.querySelectorAll('[data-mark="axis-break"]')) {
        if (!shown(sign)) continue;
        const b = sign.getBoundingClientRect();
        let near = 0;
        for (const mark of svg.querySelectorAll(
          '[data-mark="dot"] circle, [data-mark="barY"] rect, [data-mark="barX"] rect'
        )) {
          if (!shown(mark)) continue;
          const r = mark.getBoundingClientRect();
          if (mark.tagName === "circle") {
            const cx = (r.left + r.right) / 2;
            const cy = (r.top + r.bottom) / 2;
            const dx = Math.max(b.left - cx, 0, cx - b.right);
            const dy = Math.max(b.top - cy, 0, cy - b.bottom);
            if (Math.hypot(dx, dy) < r.width / 2 + 2) near += 1;
          } else if (r.left < b.right + 2 && r.right > b.left - 2 && r.top < b.bottom + 2 && r.bottom > b.top - 2)
            near += 1;
        }
        if (near)
          add("break-on-marks", where, `the axis-break sign lies on or beside ${near} mark${near > 1 ? "s" : ""}`);
      }

      // Marks beyond the outermost labelled tick of a numeric axis: one axis per element holding its ticks (one per
      // facet row or column of a faceted chart), and a mark read on the axis of the facet frame it lies in.
      for (const axis of ["y", "x"] as const) {
        const groups = new Map<Element, number[]>();
        for (const tick of svg.querySelectorAll(`[data-mark="${axis}-axis tick"] path`)) {
          const r = tick.getBoundingClientRect();
          if (axis === "y" ? r.width === 0 : r.height === 0) continue;
          const list = groups.get(tick.parentElement!) ?? [];
          list.push(axis === "y" ? (r.top + r.bottom) / 2 : (r.left + r.right) / 2);
          groups.set(tick.parentElement!, list);
        }
        const labels = [...svg.querySelectorAll(`[data-mark="${axis}-axis tick label"] text`)].map((t) =>
          (t.textContent ?? "").trim()
        );
        // A year axis ends where the years end, not on a tick; a band axis has no outermost value.
        if (
          !groups.size ||
          !labels.length ||
          !labels.every((l) => number.test(l)) ||
          labels.every((l) => /^\d{4}$/.test(l))
        )
          continue;
        const spans = [...groups.values()].map(
          (positions) => [Math.min(...positions), Math.max(...positions)] as const
        );
        // The facet frame a point lies in, and the axis span that shares it (the span inside the frame's extent across).
        const spanAt = (x: number, y: number): readonly [number, number] | undefined => {
          if (spans.length === 1) return spans[0];
          const frame = frames.find((f) => f.left <= x && x <= f.right && f.top <= y && y <= f.bottom);
          if (!frame) return undefined;
          return spans.find(([a, b]) =>
            axis === "y" ? a >= frame.top - 1 && b <= frame.bottom + 1 : a >= frame.left - 1 && b <= frame.right + 1
          );
        };
        const beyond: string[] = [];
        const check = (el: Element, low: number, high: number, x: number, y: number) => {
          const span = spanAt(x, y);
          if (span && (low < span[0] - 1 || high > span[1] + 1))
            beyond.push(el.getAttribute("data-tip") ?? el.closest("[data-mark]")?.getAttribute("data-mark") ?? "");
        };
        for (const dot of svg.querySelectorAll('[data-mark="dot"] > *')) {
          if (!shown(dot)) continue;
          const r = dot.getBoundingClientRect();
          const [cx, cy] = [(r.left + r.right) / 2, (r.top + r.bottom) / 2];
          check(dot, axis === "y" ? cy : cx, axis === "y" ? cy : cx, cx, cy);
        }
        for (const path of svg.querySelectorAll('[data-mark="area"] path, [data-mark="line"] path')) {
          if (!shown(path)) continue;
          const r = path.getBoundingClientRect();
          const [cx, cy] = [(r.left + r.right) / 2, (r.top + r.bottom) / 2];
          check(path, axis === "y" ? r.top : r.left, axis === "y" ? r.bottom : r.right, cx, cy);
        }
        if (beyond.length)
          add(
            "beyond-ticks",
            where,
            `${beyond.length} marks beyond the outermost ${axis} tick, e.g. "${clip(beyond[0]!)}"`
          );
      }

      // Dots of one mark in several sizes encode a quantity (Plot's r channel): the figure's legend must say which
      // (a "sizes" key), or the reader sees sizes and cannot read them (the preparation-time trend's dots).
      // Read from the circles' own r (Plot writes one per dot when r is a channel), not from their boxes: a box's
      // width rounds two ways for one radius, and symbols of one size differ in width by shape; two radii are already
      // a quantity drawn.
      const sized = [...svg.querySelectorAll('[data-mark="dot"]')].some((group) => {
        const radii = new Set(
          [...group.children].filter((d) => d.tagName === "circle" && shown(d)).map((d) => d.getAttribute("r"))
        );
        radii.delete(null);
        return radii.size > 1;
      });
      const keyed = [...(svg.closest("figure")?.querySelectorAll(".legend__key--sizes") ?? [])].some(shown);
      if (sized && !keyed) add("size-without-key", where, "dots drawn in several sizes with no size key in the legend");

      // Value labels of a bar chart in one weight: a weight of its own singles a bar out.
      // A bar in the highlight colour (the busiest year) carries its bold value by design: its key says why.
      if (
        svg.querySelector('[data-mark="bar"]') &&
        !svg.querySelector(
          '[data-mark="bar"] [fill="var(--chart-highlight)"], [data-mark="bar"][fill="var(--chart-highlight)"]'
        )
      ) {
        const weights = new Map<number, string>();
        for (const [t] of rects) {
          const label = (t.textContent ?? "").trim();
          if (!t.closest('[data-mark="text"]') || !number.test(label)) continue;
          const weight = Number(getComputedStyle(t).fontWeight);
          if (!weights.has(weight)) weights.set(weight, label);
        }
        if (weights.size > 1)
          add(
            "uneven-weight",
            where,
            `value labels in ${weights.size} weights: ${[...weights].map(([w, l]) => `"${clip(l)}" at ${w}`).join(", ")}`
          );
      }

      const bars = [...svg.querySelectorAll<SVGElement>('[data-mark="bar"] [data-year]')].filter(shown);
      const valued = new Set(
        [...svg.querySelectorAll<SVGElement>('[data-mark="text"] text[data-year]')]
          .filter(shown)
          .map((t) => t.dataset.year)
      );
      const bare = bars.filter((b) => !valued.has(b.dataset.year));
      if (valued.size && bare.length)
        add(
          "values-missing",
          where,
          `${bare.length} of ${bars.length} bars carry no value, e.g. ${bare[0]!.dataset.year}`
        );

      const barRects = [...svg.querySelectorAll('[data-mark="bar"] rect, [data-mark="rect"] rect')]
        .filter(shown)
        .map((b) => b.getBoundingClientRect());
      for (const [t, rt] of rects) {
        if (!t.closest('[data-mark="text"]') || t.closest('[fill="var(--chart-on-bar)"]')) continue;
        const under = barRects.filter((r) => covers(r, rt)).length;
        if (under)
          add("text-on-bars", where, `"${clip(t.textContent ?? "")}" lies on ${under} bar${under > 1 ? "s" : ""}`);
      }

      const allowed = /^(?:var\(--chart-[a-z0-9-]+\)|var\(--plot-background\)|currentColor|none|transparent)$/;
      const stray = new Set<string>();
      for (const el of svg.querySelectorAll("[fill], [stroke]")) {
        for (const name of ["fill", "stroke"]) {
          const value = el.getAttribute(name);
          if (value !== null && !allowed.test(value)) stray.add(value);
        }
      }
      if (stray.size) add("stray-colour", where, `colours outside the design system: ${[...stray].join(", ")}`);
    }
    return problems;
  });
}
