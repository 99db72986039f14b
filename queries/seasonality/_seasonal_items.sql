-- Items (ingredients or tags: the including file chooses the list) whose use moves most with the seasons. For every item, the share of each season's recipes that
-- contain it (an item counts once per recipe), then across the seasons the mean share, the sample standard
-- deviation, the coefficient of variation and the range. Items too rare to matter or that barely move are filtered
-- out; the most seasonal by CV come back with their per-season counts for the step's χ² tests.
-- The result is a single row: the filter's parameters, the item counts, the season totals and the top items.

-- name: items
with params as (
    select
        cast(0.01 as double) as min_mean_share, -- in at least 1 % of recipes on average
        cast(0.005 as double) as min_range, -- moves by at least half a percentage point between seasons
        20 as top_n
),

season_recipes as (
    select
        list_position(['Winter', 'Spring', 'Summer', 'Autumn'], season) as season_order,
        season,
        count(*) as recipes
    from recipes
    group by season
),

season_count as (
    select count(*) as k
    from season_recipes
),

recipe_items as (
    select
        season,
        unnest({{ items }}) as item
    from recipes
),

season_items as (
    select
        season,
        item,
        count(*) as recipes
    from recipe_items
    group by season, item
),

item_shares as (
    -- Only the (item, season) pairs that occur: an item absent from a season has share 0 there, which adds nothing
    -- to the sums below, so the statistics need no zero-filled grid of every item × season.
    select
        si.season,
        si.item,
        si.recipes,
        si.recipes / sr.recipes as share
    from season_items as si
    inner join season_recipes as sr on si.season = sr.season
),

item_stats as (
    -- Over the k seasons: mean = Σs/k; sample variance = (Σs² − (Σs)²/k)/(k − 1), clamped at 0 against rounding;
    -- the lowest share is 0 when the item misses a season.
    select
        si.item,
        sum(si.share) / any_value(sc.k) as mean_share,
        sqrt(greatest(
            0, (sum(si.share * si.share) - sum(si.share) * sum(si.share) / any_value(sc.k)) / (any_value(sc.k) - 1)
        )) as std_share,
        max(si.share) - if(count(*) < any_value(sc.k), 0, min(si.share)) as share_range
    from item_shares as si
    cross join season_count as sc
    group by si.item
),

kept as (
    select
        st.*,
        st.std_share / st.mean_share as cv
    from item_stats as st
    cross join params as p
    where true
        and st.mean_share >= p.min_mean_share -- common enough to matter
        and st.share_range >= p.min_range -- visibly seasonal
),

top_items as (
    select
        row_number() over (order by k.cv desc, k.item) as rank,
        k.*
    from kept as k
    qualify rank <= (select top_n from params)
),

top_item_seasons as (
    -- Every season for the top items, 0 where the item is absent: the χ² tables need all cells.
    select
        t.rank,
        list(
            {'season': sr.season, 'recipes': coalesce(si.recipes, 0), 'share': coalesce(si.share, 0)}
            order by sr.season_order
        ) as seasons
    from top_items as t
    cross join season_recipes as sr
    left join item_shares as si
        on t.item = si.item
        and sr.season = si.season
    group by t.rank
),

final as (
    select
        p.min_mean_share,
        p.min_range,
        p.top_n,
        (select count(*) from item_stats) as distinct_items,
        (select count(*) from kept) as kept_items,
        (
            select list({'season': season, 'recipes': recipes} order by season_order)
            from season_recipes
        ) as season_recipes,
        (
            select
                list(
                    {
                        'rank': t.rank,
                        'item': t.item,
                        'mean_share': t.mean_share,
                        'std_share': t.std_share,
                        'cv': t.cv,
                        'share_range': t.share_range,
                        'seasons': ts.seasons
                    }
                    order by t.rank
                )
            from top_items as t
            inner join top_item_seasons as ts on t.rank = ts.rank
        ) as top_items
    from params as p
)

-- A single row; the order by keeps the house rule that every query states its order.
select *
from final
order by min_mean_share;
