-- Items (ingredients or tags: the catalogue entry's `items` parameter chooses the list) of weekday and weekend recipes: for every item common enough to compare, how many recipes of each
-- period list it (an item appears once per recipe, so these are recipe counts). One summary row: the period sizes,
-- the number of distinct items, the share filter and the list of items that pass it.

-- name: items
with params as (
    -- Rarer items never reach the step, which keeps its input small; the step publishes this value.
    select cast(0.01 as double) as min_mean_share
),

periods as (
    select
        count(*) filter (where not is_weekend) as weekday_recipes,
        count(*) filter (where is_weekend) as weekend_recipes
    from recipes
),

counted as (
    -- Summed from the item index's counts of recipes per item, structural items left out (analysed_item_counts,
    -- queries/staging/items.sql), not by exploding every recipe's list again; an item absent from a period counts 0
    -- there.
    select
        counts.item,
        coalesce(sum(counts.recipes) filter (where not counts.is_weekend), 0)::bigint as weekday_with,
        coalesce(sum(counts.recipes) filter (where counts.is_weekend), 0)::bigint as weekend_with
    from analysed_item_counts as counts
    where counts.kind = '{{ items }}'
    group by counts.item
),

frequent as (
    select
        list(
            {'item': c.item, 'weekday_with': c.weekday_with, 'weekend_with': c.weekend_with}
            order by c.item
        ) as items
    from counted as c
    cross join periods as p
    cross join params
    where true
        -- mean of the two periods' shares, as the reference's mean_freq
        and (c.weekday_with / p.weekday_recipes + c.weekend_with / p.weekend_recipes) / 2 >= params.min_mean_share
),

final as (
    select
        p.weekday_recipes,
        p.weekend_recipes,
        params.min_mean_share,
        (select count(*) from counted) as distinct_items,
        coalesce(f.items, []) as frequent_items
    from periods as p
    cross join params
    cross join frequent as f
)

select *
from final;
