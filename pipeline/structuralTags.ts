/**
 * Structural tags: Food.com files every recipe under a few tag-tree roots ("preparation", "time-to-make", "course"…)
 * and tags some near-universal descriptors, so these tags say where a recipe sits in the site's menus, not what it
 * is. Tag analyses leave them out by one documented rule, computed from the data where it can be:
 *
 * - a root of Food.com's tag tree (the fixed list below), or
 * - a tag carried by at least STRUCTURAL_TAG_MIN_SHARE of a year's recipes in most years (more than half of the
 *   years that have recipes).
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

/** A tag on at least this share of a year's recipes in most years describes the site, not the recipe. */
export const STRUCTURAL_TAG_MIN_SHARE = 0.5;

const sqlList = (items: readonly string[]): string => `[${items.map((i) => `'${i}'`).join(", ")}]::varchar[]`;

/**
 * `excluded_items(recipes, kind)`: the items an analysis of `kind` ('tags' or 'ingredients') leaves out, one `item`
 * per row. Only tags have structural items; for ingredients the table is empty.
 */
export const STRUCTURAL_TAGS_MACRO = `
  create macro excluded_items(recipes_table, kind) as table
    with years as (
      select year, count(*) as recipes from query_table(recipes_table) group by year
    ),
    -- Counted per tag and year before the join, which then matches a few thousand counts instead of every
    -- (recipe, tag) pair.
    tag_years as (
      select year, tag, count(*) as recipes
      from (select year, unnest(tags) as tag from query_table(recipes_table) where kind = 'tags')
      group by year, tag
    ),
    frequent as (
      select t.tag, t.year
      from tag_years as t
      inner join years as y on t.year = y.year
      where t.recipes >= ${STRUCTURAL_TAG_MIN_SHARE} * y.recipes
    )
    select tag as item from frequent group by tag having 2 * count(*) > (select count(*) from years)
    union
    select unnest(${sqlList(STRUCTURAL_TAG_ROOTS)}) as item where kind = 'tags';
`;
