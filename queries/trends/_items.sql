-- An item (an ingredient or a tag: the catalogue entry's `items` parameter chooses the list) over the years. An item counts once per recipe (staging de-duplicates the
-- list), so a count is a number of recipes and a share is a true proportion of the year's recipes. One query
-- returns one row of small lists: the item index's counts of recipes per item are summed per year once, and
-- every other table derives from those counts.

-- name: summary
with params as (
    select
        50 as min_occurrences, -- rarer items move by a recipe or two and would crowd the rankings
        10 as top_n,
        5 as lines_n,
        1000 as min_window_recipes -- the shares compared at each end rest on at least this many recipes
),

recipes_per_year as materialized (
    select
        year,
        count(*) as recipes
    from recipes
    group by year
),

excluded as materialized (
    select item from structural_items where kind = '{{ items }}'
),

item_years as materialized (
    -- Summed from the item index's counts of recipes per item, structural items left out (analysed_item_counts,
    -- queries/staging/items.sql), not by exploding every recipe's list again.
    select
        counts.item,
        counts.year,
        sum(counts.recipes)::bigint as recipes_with_item
    from analysed_item_counts as counts
    where counts.kind = '{{ items }}'
    group by counts.item, counts.year
),

span as (
    select
        min(submitted) as first_day,
        max(submitted) as last_day
    from recipes
),

complete_years as materialized (
    -- A year the data cover whole, from 1 January to 31 December (the per-year snapshots' `complete`, as in
    -- trends_volume.sql). Only these enter the two windows: a partial end year holds one season, so its shares measure
    -- the season (autumn tags in an August–December year), not the year.
    select recipes_per_year.*
    from recipes_per_year
    cross join span
    where true
        and span.first_day <= make_date(recipes_per_year.year, 1, 1)
        and span.last_day >= make_date(recipes_per_year.year, 12, 31)
),

window_years as materialized (
    -- The two ends compared, complete years only: from each end, the fewest years holding at least
    -- min_window_recipes recipes (at most half of the complete years, so the two windows never overlap). A single
    -- thin end year would make the comparison noise.
    select
        ranked.year,
        coalesce(ranked.before_first, 0) < params.min_window_recipes
        and ranked.from_start <= greatest(1, ranked.years // 2) as in_first,
        coalesce(ranked.before_last, 0) < params.min_window_recipes
        and ranked.from_end <= greatest(1, ranked.years // 2) as in_last
    from (
        select
            year,
            sum(recipes) over (order by year rows between unbounded preceding and 1 preceding) as before_first,
            sum(recipes) over (order by year desc rows between unbounded preceding and 1 preceding) as before_last,
            row_number() over (order by year) as from_start,
            row_number() over (order by year desc) as from_end,
            count(*) over () as years
        from complete_years
    ) as ranked
    cross join params
),

items as materialized (
    -- Totals and the two end windows' counts in one pass; an item absent from a window counts 0 there.
    select
        item_years.item,
        sum(item_years.recipes_with_item) as occurrences,
        coalesce(sum(item_years.recipes_with_item) filter (where window_years.in_first), 0) as first_count,
        coalesce(sum(item_years.recipes_with_item) filter (where window_years.in_last), 0) as last_count
    from item_years
    left join window_years on item_years.year = window_years.year
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
        min(recipes_per_year.year) filter (where window_years.in_first) as first_year,
        max(recipes_per_year.year) filter (where window_years.in_first) as first_year_to,
        min(recipes_per_year.year) filter (where window_years.in_last) as last_year_from,
        max(recipes_per_year.year) filter (where window_years.in_last) as last_year,
        sum(recipes_per_year.recipes) filter (where window_years.in_first) as first_recipes,
        sum(recipes_per_year.recipes) filter (where window_years.in_last) as last_recipes
    from recipes_per_year
    inner join window_years on recipes_per_year.year = window_years.year
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
        recipes_per_year.recipes,
        coalesce(item_years.recipes_with_item, 0) as recipes_with_item,
        coalesce(item_years.recipes_with_item, 0) / recipes_per_year.recipes as share,
        recipes_per_year.year in (select complete_years.year from complete_years) as complete
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
                first_year_to := end_years.first_year_to,
                last_year_from := end_years.last_year_from,
                last_year := end_years.last_year,
                min_window_recipes := params.min_window_recipes,
                first_year_recipes := end_years.first_recipes,
                last_year_recipes := end_years.last_recipes,
                data_first_year := (select min(year) from recipes_per_year),
                data_last_year := (select max(year) from recipes_per_year),
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
            -- The structural tags this data holds, for the methodology's list.
            select coalesce(list(excluded.item order by excluded.item), []::varchar[])
            from excluded
            where excluded.item in (select counts.item from item_counts as counts where counts.kind = '{{ items }}')
        ) as excluded_items,
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
            select list(
                struct_pack(movement, rank, item, year, recipes, recipes_with_item, share, complete)
                order by movement desc, rank, year
            )
            from lines
        ) as lines
)

select * from final
