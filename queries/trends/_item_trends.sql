-- An item (an ingredient or a tag: the including file chooses the list) over the years. An item counts once per recipe (staging de-duplicates the
-- list), so a count is a number of recipes and a share is a true proportion of the year's recipes. One query
-- returns one row of small lists: the recipe-item pairs are exploded and counted per year once, and every
-- other table derives from those counts.

-- name: summary
with params as (
    select
        50 as min_occurrences, -- rarer items move by a recipe or two and would crowd the rankings
        10 as top_n,
        5 as lines_n
),

recipes_per_year as materialized (
    select
        year,
        count(*) as recipes
    from recipes
    group by year
),

span as (
    select
        min(year) as first_year,
        max(year) as last_year
    from recipes_per_year
),

item_years as materialized (
    select
        exploded.item,
        exploded.year,
        count(*) as recipes_with_item
    from (
        select
            year,
            unnest({{ items }}) as item
        from recipes
    ) as exploded
    group by exploded.item, exploded.year
),

items as materialized (
    -- Totals and the two end years' counts in one pass; an item absent from an end year counts 0 there (the
    -- reference's outer join with fill 0).
    select
        item_years.item,
        sum(item_years.recipes_with_item) as occurrences,
        coalesce(sum(item_years.recipes_with_item) filter (where item_years.year = span.first_year), 0) as first_count,
        coalesce(sum(item_years.recipes_with_item) filter (where item_years.year = span.last_year), 0) as last_count
    from item_years
    cross join span
    group by item_years.item
),

diversity as (
    -- Years where no recipe lists an item still appear, with 0 distinct items.
    select
        recipes_per_year.year,
        recipes_per_year.recipes,
        count(item_years.item) as distinct_items
    from recipes_per_year
    left join item_years
        on recipes_per_year.year = item_years.year
    group by recipes_per_year.year, recipes_per_year.recipes
),

end_years as (
    select
        span.first_year,
        span.last_year,
        first_year_recipes.recipes as first_recipes,
        last_year_recipes.recipes as last_recipes
    from span
    inner join recipes_per_year as first_year_recipes
        on span.first_year = first_year_recipes.year
    inner join recipes_per_year as last_year_recipes
        on span.last_year = last_year_recipes.year
),

changes as (
    select
        items.item,
        items.occurrences,
        items.first_count / end_years.first_recipes as first_share,
        items.last_count / end_years.last_recipes as last_share,
        last_share - first_share as delta
    from items
    cross join params
    cross join end_years
    where true
        and items.occurrences >= params.min_occurrences
),

ranked_changes as materialized (
    -- Equal deltas are ordered by name, so the lists are the same on every run.
    select
        *,
        row_number() over (order by delta desc, item) as rise_rank,
        row_number() over (order by delta asc, item) as fall_rank
    from changes
),

risers as (
    select
        ranked_changes.*,
        ranked_changes.rise_rank as rank
    from ranked_changes
    cross join params
    where true
        and ranked_changes.delta > 0 -- an increase must be one
        and ranked_changes.rise_rank <= params.top_n
),

fallers as (
    select
        ranked_changes.*,
        ranked_changes.fall_rank as rank
    from ranked_changes
    cross join params
    where true
        and ranked_changes.delta < 0 -- a decrease must be one
        and ranked_changes.fall_rank <= params.top_n
),

top_items as (
    select
        item,
        occurrences,
        row_number() over (order by occurrences desc, item) as rank
    from items
    qualify rank <= (select top_n from params)
),

line_items as (
    select
        'riser' as movement,
        item,
        rank
    from risers
    where rank <= (select lines_n from params)
    union all
    select
        'faller' as movement,
        item,
        rank
    from fallers
    where rank <= (select lines_n from params)
),

lines as (
    -- Every year for every line item, 0 where the item is absent, so each line spans the whole period.
    select
        line_items.movement,
        line_items.rank,
        line_items.item,
        recipes_per_year.year,
        coalesce(item_years.recipes_with_item, 0) / recipes_per_year.recipes as share
    from line_items
    cross join recipes_per_year
    left join item_years
        on line_items.item = item_years.item
        and recipes_per_year.year = item_years.year
),

final as (
    select
        (
            select struct_pack(
                min_occurrences := params.min_occurrences,
                top_n := params.top_n,
                lines_n := params.lines_n,
                first_year := end_years.first_year,
                last_year := end_years.last_year,
                first_year_recipes := end_years.first_recipes,
                last_year_recipes := end_years.last_recipes,
                years := (select count(*) from recipes_per_year),
                recipes := (select sum(recipes) from recipes_per_year),
                occurrences := (select coalesce(sum(occurrences), 0) from items),
                distinct_items := (select count(*) from items),
                eligible_items := (select count(*) from changes)
            )
            from params
            cross join end_years
        ) as params,
        (
            select list(struct_pack(year, recipes, distinct_items) order by year)
            from diversity
        ) as diversity,
        (
            select list(struct_pack(item, occurrences) order by rank)
            from top_items
        ) as top_items,
        (
            select list(struct_pack(item, occurrences, first_share, last_share, delta) order by rank)
            from risers
        ) as risers,
        (
            select list(struct_pack(item, occurrences, first_share, last_share, delta) order by rank)
            from fallers
        ) as fallers,
        (
            select list(struct_pack(movement, rank, item, year, share) order by movement desc, rank, year)
            from lines
        ) as lines
)

select * from final
