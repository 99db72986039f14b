-- Per-season statistics of a measure from its value counts, shared by seasonality_complexity, seasonality_nutrition
-- and seasonality_duration. It is a stretch of their `with` chain, not a query: the including file defines
-- season_values (measure, season, value, n), n being how many of the season's recipes hold that value, before the
-- include line, and continues the chain after it (hence the trailing comma). Which measures, and how each is read
-- from recipes, is all that differs between the analyses, and an include parameter cannot carry a list.
-- Defines value_ties, value_ranks, tie_terms, season_positions, quantile_targets, quantiles and season_stats.

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
