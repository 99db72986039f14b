-- Nutrition by season: per nutrient and season the mean, median and quartiles (calories in kcal, the others in % of
-- the daily value, as Food.com publishes them), and the Kruskal–Wallis inputs per nutrient. Everything comes from
-- one table of (nutrient, season, value) → count, which is small (values repeat a lot) and cheap to sort.

-- name: seasons
with season_values as (
    -- One grouped scan per nutrient: cheaper than unpivoting every recipe into six rows.
    select
        'calories' as nutrient,
        season,
        calories as value,
        count(*) as n
    from recipes
    group by season, calories

    union all

    select
        'total_fat_pct' as nutrient,
        season,
        total_fat_pct as value,
        count(*) as n
    from recipes
    group by season, total_fat_pct

    union all

    select
        'sugar_pct' as nutrient,
        season,
        sugar_pct as value,
        count(*) as n
    from recipes
    group by season, sugar_pct

    union all

    select
        'sodium_pct' as nutrient,
        season,
        sodium_pct as value,
        count(*) as n
    from recipes
    group by season, sodium_pct

    union all

    select
        'protein_pct' as nutrient,
        season,
        protein_pct as value,
        count(*) as n
    from recipes
    group by season, protein_pct

    union all

    select
        'sat_fat_pct' as nutrient,
        season,
        sat_fat_pct as value,
        count(*) as n
    from recipes
    group by season, sat_fat_pct
),

value_ties as (
    select
        nutrient,
        value,
        sum(n) as t
    from season_values
    group by nutrient, value
),

value_ranks as (
    -- Pooled over seasons, a value held by t recipes with c recipes below it spans ranks c + 1 … c + t: each of its
    -- recipes gets the mean, c + (t + 1)/2 (average ranks for ties, as scipy).
    select
        nutrient,
        value,
        cast(sum(t) over (partition by nutrient order by value) - t as double) + (cast(t as double) + 1) / 2
            as average_rank
    from value_ties
),

tie_terms as (
    select
        nutrient,
        sum(cast(t as double) * t * t - t) as tie_term
    from value_ties
    group by nutrient
),

season_positions as (
    -- Within its season, a value spans the 0-based positions before … before + n − 1 of the sorted values.
    select
        nutrient,
        season,
        value,
        n,
        sum(n) over (partition by nutrient, season order by value) - n as before,
        sum(n) over (partition by nutrient, season) as season_n
    from season_values
),

quantile_targets as (
    -- Linear interpolation (numpy's default, DuckDB's quantile_cont): quantile p lies between the positions ⌊h⌋
    -- and ⌊h⌋ + 1, h = (n − 1)·p, a fraction h − ⌊h⌋ of the way.
    select
        s.nutrient,
        s.season,
        q.p,
        floor((s.season_n - 1) * q.p) as lo,
        (s.season_n - 1) * q.p - floor((s.season_n - 1) * q.p) as frac
    from (select distinct nutrient, season, season_n from season_positions) as s
    cross join (values (cast(0.25 as double)), (0.5), (0.75)) as q (p)
),

quantiles as (
    -- The values spanning positions lo and lo + 1: the lowest holds lo, the highest lo + 1 (or lo at the end).
    select
        t.nutrient,
        t.season,
        t.p,
        min(sp.value) + any_value(t.frac) * (max(sp.value) - min(sp.value)) as value
    from quantile_targets as t
    inner join season_positions as sp
        on t.nutrient = sp.nutrient
        and t.season = sp.season
        and sp.before <= t.lo + 1
        and sp.before + sp.n > t.lo
    group by t.nutrient, t.season, t.p
),

season_stats as (
    select
        sp.nutrient,
        sp.season,
        sum(sp.n) as n,
        sum(sp.n * sp.value) / sum(sp.n) as mean,
        sum(sp.n * r.average_rank) as rank_sum
    from season_positions as sp
    inner join value_ranks as r
        on sp.nutrient = r.nutrient
        and sp.value = r.value
    group by sp.nutrient, sp.season
),

final as (
    select
        list_position(
            ['calories', 'total_fat_pct', 'sugar_pct', 'sodium_pct', 'protein_pct', 'sat_fat_pct'], s.nutrient
        ) as nutrient_order,
        list_position(['Winter', 'Spring', 'Summer', 'Autumn'], s.season) as season_order,
        s.nutrient,
        s.season,
        s.n,
        s.mean,
        max(q.value) filter (where q.p = 0.25) as q25,
        max(q.value) filter (where q.p = 0.5) as median,
        max(q.value) filter (where q.p = 0.75) as q75,
        s.rank_sum,
        any_value(tt.tie_term) as tie_term
    from season_stats as s
    inner join quantiles as q
        on s.nutrient = q.nutrient
        and s.season = q.season
    inner join tie_terms as tt on s.nutrient = tt.nutrient
    group by s.nutrient, s.season, s.n, s.mean, s.rank_sum
)

select
    nutrient,
    season,
    n,
    mean,
    q25,
    median,
    q75,
    rank_sum,
    tie_term
from final
order by nutrient_order, season_order;
