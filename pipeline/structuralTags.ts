/**
 * Structural tags: Food.com files every recipe under a few tag-tree roots ("preparation", "time-to-make", "course"…)
 * and tags some near-universal descriptors, so these tags say where a recipe sits in the site's menus, not what it
 * is. Tag analyses leave them out by one documented rule, computed from the data where it can be:
 *
 * - a root of Food.com's tag tree (the fixed list below);
 * - a tag carried by at least STRUCTURAL_TAG_MIN_SHARE of a year's recipes in most years (more than half of the
 *   years that have recipes);
 * - a time-to-make bucket ("15-minutes-or-less" … "1-day-or-more"): it restates the recipe's `minutes`, which the
 *   duration analyses study on their own. Recognised by its name (TIME_BUCKET_TAG), which states the bound a reader
 *   can check against `minutes` (structuralTags.test.ts does, on generated recipes). "3-steps-or-less" is not one:
 *   Food.com does not file it by `n_steps`, so it is kept as the author's tag;
 * - an inner node of the tree that only groups its children (the fixed list STRUCTURAL_TAG_INNER_NODES).
 *
 * Kept on purpose: children of the roots that say what the recipe is, even when the tree gives them children of their
 * own. "main-dish" says which course a recipe is served as and "oven" which equipment it needs; a reader can repeat
 * "more main dishes were posted" or "fewer recipes need an oven". "low-in-something" names no nutrient, so a reader
 * learns nothing from it until one of its children ("low-sodium", "low-fat") is named.
 *
 * The rule is a DuckDB table macro so the three tag analyses (trends, seasons, weekend) share it; it takes the
 * recipes table as a parameter because a macro's tables are bound when it is created, before staging runs.
 */

/** The roots of Food.com's tag tree: every recipe is filed under several of them by the site, not by its author. */
export const STRUCTURAL_TAG_ROOTS = [
  "course",
  "cuisine",
  "dietary",
  "equipment",
  "main-ingredient",
  "number-of-servings",
  "occasion",
  "preparation",
  "taste-mood",
  "technique",
  "time-to-make"
] as const;

/**
 * Inner nodes of Food.com's tag tree that only group their children: the site files a recipe tagged "low-sodium" under
 * "low-in-something" too, so the parent repeats its children without naming a nutrient or an ingredient.
 */
export const STRUCTURAL_TAG_INNER_NODES = ["free-of-something", "high-in-something", "low-in-something"] as const;

/**
 * A time-to-make bucket's name: a number, a unit of time, then "or less" / "or more". Written once for DuckDB (RE2)
 * and JavaScript, which read it alike.
 */
export const TIME_BUCKET_TAG = "^([0-9]+)-(minutes|hours|days?)-or-(less|more)$";

const MINUTES_PER = {minutes: 1, hours: 60, day: 1440, days: 1440} as const;

/** A time bucket's bound in minutes and its side ("less": at most, "more": beyond), or undefined for other tags. */
export function timeBucket(tag: string): {minutes: number; side: "less" | "more"} | undefined {
  const m = new RegExp(TIME_BUCKET_TAG).exec(tag);
  if (!m) return undefined;
  return {minutes: Number(m[1]) * MINUTES_PER[m[2] as keyof typeof MINUTES_PER], side: m[3] as "less" | "more"};
}

/** The part of the rule that takes a tag out: a root, a time bucket, an inner node, or the share rule. */
export type StructuralReason = "root" | "bucket" | "inner" | "share";

/**
 * Why a tag the rule left out (an `excluded_items` row) qualifies, as the methodology says it. A left-out tag that is
 * none of the named kinds was taken out by its share of the years' recipes, the only part computed from the data.
 */
export function structuralReason(tag: string): StructuralReason {
  if ((STRUCTURAL_TAG_ROOTS as readonly string[]).includes(tag)) return "root";
  if (timeBucket(tag) !== undefined) return "bucket";
  if ((STRUCTURAL_TAG_INNER_NODES as readonly string[]).includes(tag)) return "inner";
  return "share";
}

/**
 * Children of the roots kept on purpose although the tree gives them children of their own: each says what the recipe
 * is ("main-dish" the course it is served as, "oven" the equipment it needs). Listed for the methodology, in the order
 * of its sentence.
 */
export const STRUCTURAL_TAG_KEPT_CHILDREN = ["main-dish", "oven"] as const;

/** A tag on at least this share of a year's recipes in most years describes the site, not the recipe. */
export const STRUCTURAL_TAG_MIN_SHARE = 0.5;

const sqlList = (items: readonly string[]): string => `[${items.map((i) => `'${i}'`).join(", ")}]::varchar[]`;

/**
 * `excluded_items(recipes, item_counts)`: the tags the tag analyses leave out, one `item` per row. Only tags have
 * structural items. A tag's recipes per year are summed from the item index's counts (queries/staging/items.sql),
 * which has parsed the lists already.
 */
export const STRUCTURAL_TAGS_MACRO = `
  create macro excluded_items(recipes_table, counts_table) as table
    with years as (
      select year, count(*) as recipes from query_table(recipes_table) group by year
    ),
    -- Counted per tag and year before the join, which then matches a few thousand counts instead of every
    -- (recipe, tag) pair.
    tag_years as (
      select counts.year, counts.item as tag, sum(counts.recipes) as recipes
      from query_table(counts_table) as counts
      where counts.kind = 'tags'
      group by counts.year, counts.item
    ),
    frequent as (
      select t.tag, t.year
      from tag_years as t
      inner join years as y on t.year = y.year
      where t.recipes >= ${STRUCTURAL_TAG_MIN_SHARE} * y.recipes
    )
    select tag as item from frequent group by tag having 2 * count(*) > (select count(*) from years)
    union
    select distinct tag as item from tag_years where regexp_full_match(tag, '${TIME_BUCKET_TAG}')
    union
    select unnest(${sqlList([...STRUCTURAL_TAG_ROOTS, ...STRUCTURAL_TAG_INNER_NODES])}) as item;
`;
