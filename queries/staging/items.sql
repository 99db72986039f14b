-- The item index: built once cleaning is done (a stage of its own, index:items), on the cleaned recipes table.
-- Not cleaning: which recipes are kept, and whether their lists are well formed, was decided by
-- queries/staging/recipes.sql. Here each kept recipe's two list strings (tag_list, ingredient_list) are split into
-- items, once, with the parsing macros below (this file defines and drops them), counted, and dropped from the
-- recipes table: no analysis reads a recipe's items, only these counts. Creates:
--   item_counts           recipes per item, kind ('tags' or 'ingredients'), year, season and weekend flag;
--   structural_items      the items the item analyses leave out, by kind (pipeline/structuralTags.ts);
--   analysed_item_counts  item_counts without the structural items: what the six item analyses read.

-- Whether a list string is written the way Python's repr writes a list whose items hold no quote and no backslash:
-- "['a', 'b']", every item single-quoted and without an apostrophe, separated by exactly "', '". Only then are the
-- items exactly the pieces between the separators. Other spacing ("[ 'a','b' ]", a tab before the bracket) is
-- still a well-formed list, read by the tokenizer. The string is trimmed already (cleaning stored it so): each
-- trim here would copy every string again.
create or replace temp macro canonical_list(list_string) as
    starts_with(list_string, '[''')
    and ends_with(list_string, ''']')
    and not contains(list_string, '"')
    and not contains(list_string, '\')
    and not contains(replace(list_string[3:-3], ''', ''', ''), '''');

-- The items of a canonical list string: the pieces between its separators. The fast path (a plain list, as
-- cleaning's plain_list found it) and the general one (python_list_items) both split this way.
create or replace temp macro canonical_items(list_string) as
    string_split(list_string[3:-3], ''', ''');

-- Python-list strings. A canonical one is split on its separators: much faster than the tokenizer. Otherwise the
-- tokenizer reads each quoted item and undoes the repr escapes, so "confectioners' sugar" keeps its apostrophe.
create or replace temp macro python_list_items(list_string) as
    case
        when list_string = '[]' then []::varchar[]
        when canonical_list(list_string) then canonical_items(list_string)
        else list_transform(
            regexp_extract_all(list_string, $re$'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"$re$),
            item -> replace(replace(replace(item[2:-2], '\''', ''''), '\"', '"'), '\\', '\')
        )
    end;

-- Whether some item of a parsed list string may start or end with a space, the only character trim() removes from
-- ASCII text: false only where the split's pieces of a canonical string provably have none (first piece from its
-- fourth character, last up to its fourth from the end, the others around "', '"). Anything else is trimmed.
create or replace temp macro items_may_need_trim(list_string) as
    not canonical_list(list_string)
    or strlen(list_string) <> length(list_string)
    or contains(list_string, ''', '' ')
    or contains(list_string, ' '', ''')
    or list_string[3] = ' '
    or list_string[-3] = ' ';

-- A list's items, trimmed: split when plain (plain_list's answer, which cleaning stored beside the string), else
-- parsed and trimmed where they may need it. One definition for both lists; each list is parsed once. trim()
-- removes no item, so the count of items is the input's.
create or replace temp macro list_items(list_string, plain) as
    case
        when plain then canonical_items(list_string)
        when items_may_need_trim(list_string) then list_transform(python_list_items(list_string), item -> trim(item))
        else python_list_items(list_string)
    end;

-- A list without the empty items and the repeats (an item counts once per recipe, so shares of recipes are true
-- proportions): every analysis counts items and none reads their order, so the lists are not sorted (list_sort was
-- once the largest cost of the recipes' staging). An item is kept where its first position in the list is its own,
-- so the items keep the input's order. For a recipe's few tens of items, comparing each with the ones before it
-- costs a third of list_distinct's hash table per list. A list longer than 64 items (Food.com's longest has fewer),
-- where those comparisons would grow with the square of its length, takes list_distinct, whose order is its own but
-- the same for the same list: a build stays deterministic.
create or replace temp macro distinct_items(items) as
    case
        when len(items) <= 64 then list_filter(items, (item, i) -> item <> '' and list_position(items, item) = i)
        else list_distinct(list_filter(items, item -> item <> ''))
    end;

-- How many recipes list each item, by kind, year, season and weekend flag. The six item analyses (trends, seasons,
-- weekend; tags and ingredients) each exploded every recipe's list and counted it; each now sums these counts
-- instead. The rows are in the order of each count's first recipe (the table is in id order and ids are unique: see
-- putInOrder), so one item's counts come in the order one thread exploding the table meets them, and the analyses'
-- sums over an item's seasons add up in that order, as when each analysis exploded the lists itself; counting on
-- two threads gives no order of its own.
create or replace table item_counts as
with parsed as not materialized (
    -- A recipe's year, season and weekend flag as one integer: counting by it rather than by three columns (one a
    -- string) copies one number beside each exploded item. Each select below reads the column the one before
    -- computed: a macro's argument is copied wherever the macro names it, and would be computed that many times.
    select
        id,
        year * 8 + (list_position(['Winter', 'Spring', 'Summer', 'Autumn'], season) - 1) * 2 + is_weekend::int as cell,
        list_items(tag_list, plain_tags) as tag_items,
        list_items(ingredient_list, plain_ingredients) as ingredient_items
    from recipes
),

cells as not materialized (
    -- Items normalised in case (the whole string was lower-cased before parsing) and in spaces, each once.
    select
        id,
        cell,
        distinct_items(tag_items) as tags,
        distinct_items(ingredient_items) as ingredients
    from parsed
),

counted as (
    select
        'tags' as kind,
        item,
        cell,
        count(*) as recipes,
        min(id) as first_recipe
    from (select id, cell, unnest(tags) as item from cells)
    group by item, cell
    union all
    select
        'ingredients' as kind,
        item,
        cell,
        count(*) as recipes,
        min(id) as first_recipe
    from (select id, cell, unnest(ingredients) as item from cells)
    group by item, cell
)

select
    kind,
    item,
    cell // 8 as year,
    ['Winter', 'Spring', 'Summer', 'Autumn'][cell % 8 // 2 + 1] as season,
    cell % 2 = 1 as is_weekend,
    recipes
from counted
-- Counts sharing a first recipe are of different items, whose sums never meet: the item only fixes their order.
order by kind, first_recipe, item;

-- The items the item analyses leave out (pipeline/structuralTags.ts: Food.com's tag-tree roots and near-universal
-- tags), computed once here from the counts: the three tag analyses each computed the same set. The rule has no
-- structural ingredient, so the macro reads and returns tags only; the ingredient analyses find no row of their
-- kind and leave nothing out.
create or replace table structural_items as
select 'tags' as kind, item from excluded_items(recipes, item_counts);

-- The counts the item analyses read: every item but the structural ones (they say nothing about recipes: see the
-- methodology). One definition for the three item queries, which each filtered item_counts the same way. The anti
-- join probes item_counts in its order, so each item's counts keep the order the analyses' sums rely on.
create or replace view analysed_item_counts as
select counts.*
from item_counts as counts
anti join structural_items as excluded
    on counts.kind = excluded.kind
    and counts.item = excluded.item;

alter table recipes drop column tag_list;
alter table recipes drop column ingredient_list;
alter table recipes drop column plain_tags;
alter table recipes drop column plain_ingredients;

drop macro distinct_items;
drop macro list_items;
drop macro items_may_need_trim;
drop macro python_list_items;
drop macro canonical_items;
drop macro canonical_list;
