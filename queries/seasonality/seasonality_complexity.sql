-- Recipe complexity by season, for three measures: the complexity score (ln(1 + minutes) + steps + 0.5 ·
-- ingredients), the number of steps and the number of ingredients. Per measure and season: n, mean, standard
-- deviation, quartiles, and the Kruskal–Wallis inputs. Everything comes from one table of (measure, season, value)
-- → count: steps and ingredients take a handful of values and the score a few thousand, so it is small to sort.

-- name: seasons
with season_values as (
    -- One grouped scan per measure: cheaper than unpivoting every recipe into three rows.
    select
        'score' as measure,
        season,
        complexity_score as value,
        count(*) as n
    from recipes
    group by season, complexity_score

    union all

    select
        'steps' as measure,
        season,
        cast(n_steps as double) as value,
        count(*) as n
    from recipes
    group by season, n_steps

    union all

    select
        'ingredients' as measure,
        season,
        cast(n_ingredients as double) as value,
        count(*) as n
    from recipes
    group by season, n_ingredients
),

value_ties as (
    select
        measure,
        value,
        sum(n) as t
    from season_values
    group by measure, value
),

value_ranks as (
    -- Pooled over seasons, a value held by t recipes with c recipes below it spans ranks c + 1 … c + t: each of its
    -- recipes gets the mean, c + (t + 1)/2 (average ranks for ties, as scipy).
    select
        measure,
        value,
        cast(sum(t) over (partition by measure order by value) - t as double) + (cast(t as double) + 1) / 2
            as average_rank
    from value_ties
),

tie_terms as (
    select
        measure,
        sum(cast(t as double) * t * t - t) as tie_term
    from value_ties
    group by measure
),

season_positions as (
    -- Within its season, a value spans the 0-based positions before … before + n − 1 of the sorted values.
    select
        measure,
        season,
        value,
        n,
        sum(n) over (partition by measure, season order by value) - n as before,
        sum(n) over (partition by measure, season) as season_n
    from season_values
),

quantile_targets as (
    -- Linear interpolation (numpy's default, DuckDB's quantile_cont): quantile p lies between the positions ⌊h⌋
    -- and ⌊h⌋ + 1, h = (n − 1)·p, a fraction h − ⌊h⌋ of the way.
    select
        s.measure,
        s.season,
        q.p,
        floor((s.season_n - 1) * q.p) as lo,
        (s.season_n - 1) * q.p - floor((s.season_n - 1) * q.p) as frac
    from (select distinct measure, season, season_n from season_positions) as s
    cross join (values (cast(0.25 as double)), (0.5), (0.75)) as q (p)
),

quantiles as (
    -- The values spanning positions lo and lo + 1: the lowest holds lo, the highest lo + 1 (or lo at the end).
    select
        t.measure,
        t.season,
        t.p,
        min(sp.value) + any_value(t.frac) * (max(sp.value) - min(sp.value)) as value
    from quantile_targets as t
    inner join season_positions as sp
        on t.measure = sp.measure
        and t.season = sp.season
        and sp.before <= t.lo + 1
        and sp.before + sp.n > t.lo
    group by t.measure, t.season, t.p
),

season_stats as (
    select
        sp.measure,
        sp.season,
        sum(sp.n) as n,
        sum(sp.n * sp.value) / sum(sp.n) as mean,
        sum(sp.n * r.average_rank) as rank_sum
    from season_positions as sp
    inner join value_ranks as r
        on sp.measure = r.measure
        and sp.value = r.value
    group by sp.measure, sp.season
),

season_spread as (
    -- Sample standard deviation, centred on the season's mean (two passes, no cancellation).
    select
        s.measure,
        s.season,
        sqrt(sum(sp.n * (sp.value - s.mean) * (sp.value - s.mean)) / (any_value(s.n) - 1)) as std
    from season_stats as s
    inner join season_positions as sp
        on s.measure = sp.measure
        and s.season = sp.season
    group by s.measure, s.season
),

final as (
    select
        list_position(['score', 'steps', 'ingredients'], s.measure) as measure_order,
        list_position(['Winter', 'Spring', 'Summer', 'Autumn'], s.season) as season_order,
        s.measure,
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
    measure,
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
order by measure_order, season_order;
