-- Items (ingredients or tags: the catalogue entry's `items` parameter chooses the list) whose use moves most with
-- the seasons. For every item, the share of each season's recipes that contain it (an item counts once per recipe),
-- then across the seasons the mean share, the population standard deviation (the site's rule: the four seasons are
-- described for themselves, not sampled), the coefficient of variation and the range. Items too rare to matter are
-- left out; every other item comes back, most seasonal (by CV) first, with its per-season counts for the step's χ²
-- tests, and whether it moves enough to be shown. The result is a single row: the parameters, the item counts, the
-- season totals and the items.

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

season_items as (
    -- Summed from the item index's counts of recipes per item, structural items left out (analysed_item_counts,
    -- queries/staging/items.sql), not by exploding every recipe's list again.
    select
        counts.season,
        counts.item,
        sum(counts.recipes)::bigint as recipes
    from analysed_item_counts as counts
    where counts.kind = '{{ items }}'
    group by counts.season, counts.item
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
    -- Over the k seasons: mean = Σs/k; population variance = (Σs² − (Σs)²/k)/k, clamped at 0 against rounding;
    -- the lowest share is 0 when the item misses a season.
    select
        si.item,
        sum(si.share) / any_value(sc.k) as mean_share,
        sqrt(greatest(
            0, (sum(si.share * si.share) - sum(si.share) * sum(si.share) / any_value(sc.k)) / any_value(sc.k)
        )) as std_share,
        max(si.share) - if(count(*) < any_value(sc.k), 0, min(si.share)) as share_range
    from item_shares as si
    cross join season_count as sc
    group by si.item
),

frequent as (
    -- Every item common enough to compare is tested by the step, whatever its seasonal range: choosing items by
    -- their range first and testing only those would select on the outcome. The range only decides what is shown.
    select
        st.*,
        st.std_share / st.mean_share as cv,
        st.share_range >= p.min_range as visible -- visibly seasonal
    from item_stats as st
    cross join params as p
    where st.mean_share >= p.min_mean_share -- common enough to matter
),

frequent_seasons as (
    -- Every season for every tested item, 0 where the item is absent: the χ² tables need all cells.
    select
        f.item,
        list(
            {'season': sr.season, 'recipes': coalesce(si.recipes, 0), 'share': coalesce(si.share, 0)}
            order by sr.season_order
        ) as seasons
    from frequent as f
    cross join season_recipes as sr
    left join item_shares as si
        on f.item = si.item
        and sr.season = si.season
    group by f.item
),

final as (
    select
        p.min_mean_share,
        p.min_range,
        p.top_n,
        (select count(*) from item_stats) as distinct_items,
        (select count(*) from frequent where visible) as kept_items,
        (
            select list({'season': season, 'recipes': recipes} order by season_order)
            from season_recipes
        ) as season_recipes,
        (
            select
                list(
                    {
                        'item': f.item,
                        'mean_share': f.mean_share,
                        'std_share': f.std_share,
                        'cv': f.cv,
                        'share_range': f.share_range,
                        'visible': f.visible,
                        'seasons': fs.seasons
                    }
                    order by f.cv desc, f.item
                )
            from frequent as f
            inner join frequent_seasons as fs on f.item = fs.item
        ) as frequent_items
    from params as p
)

-- A single row; the order by keeps the house rule that every query states its order.
select *
from final
order by min_mean_share;
