-- Nutrition by season: per nutrient and season the mean, median and quartiles (calories in kcal, the others in % of
-- the daily value, as Food.com publishes them), and the Kruskal–Wallis inputs per nutrient. Everything comes from
-- one table of (nutrient, season, value) → count, which is small (values repeat a lot) and cheap to sort; the
-- statistics over it are shared with seasonality_complexity (_season_value_stats.sql, _season_spread.sql: the
-- standard deviation for each mean's t interval), whose column for the nutrient is named measure.

-- name: seasons
with season_values as (
    -- One grouped scan per nutrient: cheaper than unpivoting every recipe into six rows.
    select
        'calories' as measure,
        season,
        calories as value,
        count(*) as n
    from recipes
    group by season, calories

    union all

    select
        'total_fat_pct' as measure,
        season,
        total_fat_pct as value,
        count(*) as n
    from recipes
    group by season, total_fat_pct

    union all

    select
        'sugar_pct' as measure,
        season,
        sugar_pct as value,
        count(*) as n
    from recipes
    group by season, sugar_pct

    union all

    select
        'sodium_pct' as measure,
        season,
        sodium_pct as value,
        count(*) as n
    from recipes
    group by season, sodium_pct

    union all

    select
        'protein_pct' as measure,
        season,
        protein_pct as value,
        count(*) as n
    from recipes
    group by season, protein_pct

    union all

    select
        'sat_fat_pct' as measure,
        season,
        sat_fat_pct as value,
        count(*) as n
    from recipes
    group by season, sat_fat_pct
),

-- include: _season_value_stats.sql

-- include: _season_spread.sql

final as (
    select
        list_position(
            ['calories', 'total_fat_pct', 'sugar_pct', 'sodium_pct', 'protein_pct', 'sat_fat_pct'], s.measure
        ) as nutrient_order,
        list_position(['Winter', 'Spring', 'Summer', 'Autumn'], s.season) as season_order,
        s.measure as nutrient,
        s.season,
        s.n,
        s.mean,
        any_value(d.std) as std,
        max(q.value) filter (where q.p = 0.25) as q25,
        max(q.value) filter (where q.p = 0.5) as median,
        max(q.value) filter (where q.p = 0.75) as q75,
        s.rank_sum,
        any_value(tt.tie_term) as tie_term
    from season_stats as s
    inner join season_spread as d
        on s.measure = d.measure
        and s.season = d.season
    inner join quantiles as q
        on s.measure = q.measure
        and s.season = q.season
    inner join tie_terms as tt on s.measure = tt.measure
    group by s.measure, s.season, s.n, s.mean, s.rank_sum
)

select
    nutrient,
    season,
    n,
    mean,
    std,
    q25,
    median,
    q75,
    rank_sum,
    tie_term
from final
order by nutrient_order, season_order;
