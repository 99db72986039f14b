-- Preparation time (minutes) by season: summary and box-plot statistics per season, and the Kruskal–Wallis inputs.
-- Everything comes from one table of (season, minutes) → count: minutes take at most 180 values, so it is tiny.
-- Quartiles use linear interpolation (numpy's default, DuckDB's quantile_cont), so the IQR and whiskers match
-- what numpy computes on the raw values.

-- name: seasons
with params as (
    -- Tukey's fences sit this many IQRs beyond the quartiles; published with the result.
    select cast(1.5 as double) as whisker_iqr
),

season_values as (
    select
        season,
        minutes as value,
        count(*) as n
    from recipes
    group by season, minutes
),

value_ties as (
    select
        value,
        sum(n) as t
    from season_values
    group by value
),

value_ranks as (
    -- Pooled over seasons, a value held by t recipes with c recipes below it spans ranks c + 1 … c + t: each of its
    -- recipes gets the mean, c + (t + 1)/2 (average ranks for ties, as scipy).
    select
        value,
        cast(sum(t) over (order by value) - t as double) + (cast(t as double) + 1) / 2 as average_rank
    from value_ties
),

tie_term as (
    select sum(cast(t as double) * t * t - t) as tie_term
    from value_ties
),

season_positions as (
    -- Within its season, a value spans the 0-based positions before … before + n − 1 of the sorted values.
    select
        season,
        value,
        n,
        sum(n) over (partition by season order by value) - n as before,
        sum(n) over (partition by season) as season_n
    from season_values
),

quantile_targets as (
    -- Linear interpolation: quantile p lies between the positions ⌊h⌋ and ⌊h⌋ + 1, h = (n − 1)·p, a fraction
    -- h − ⌊h⌋ of the way.
    select
        s.season,
        q.p,
        floor((s.season_n - 1) * q.p) as lo,
        (s.season_n - 1) * q.p - floor((s.season_n - 1) * q.p) as frac
    from (select distinct season, season_n from season_positions) as s
    cross join (values (cast(0.25 as double)), (0.5), (0.75)) as q (p)
),

quantiles as (
    -- The values spanning positions lo and lo + 1: the lowest holds lo, the highest lo + 1 (or lo at the end).
    select
        t.season,
        max(t.frac) filter (where t.p = 0.25) as frac25,
        min(sp.value) filter (where t.p = 0.25) as lo25,
        max(sp.value) filter (where t.p = 0.25) as hi25,
        max(t.frac) filter (where t.p = 0.5) as frac50,
        min(sp.value) filter (where t.p = 0.5) as lo50,
        max(sp.value) filter (where t.p = 0.5) as hi50,
        max(t.frac) filter (where t.p = 0.75) as frac75,
        min(sp.value) filter (where t.p = 0.75) as lo75,
        max(sp.value) filter (where t.p = 0.75) as hi75
    from quantile_targets as t
    inner join season_positions as sp
        on t.season = sp.season
        and sp.before <= t.lo + 1
        and sp.before + sp.n > t.lo
    group by t.season
),

season_stats as (
    select
        sp.season,
        sum(sp.n) as n,
        sum(sp.n * sp.value) / sum(sp.n) as mean,
        min(sp.value) as min,
        max(sp.value) as max,
        sum(sp.n * r.average_rank) as rank_sum
    from season_positions as sp
    inner join value_ranks as r on sp.value = r.value
    group by sp.season
),

fences as (
    select
        q.season,
        p.whisker_iqr,
        q.lo25 + q.frac25 * (q.hi25 - q.lo25) as q25,
        q.lo50 + q.frac50 * (q.hi50 - q.lo50) as median,
        q.lo75 + q.frac75 * (q.hi75 - q.lo75) as q75
    from quantiles as q
    cross join params as p
),

whiskers as (
    -- A whisker ends at the most extreme value still inside its fence; recipes beyond are counted, not listed.
    select
        f.season,
        min(sp.value) filter (where sp.value >= f.q25 - f.whisker_iqr * (f.q75 - f.q25)) as whisker_low,
        max(sp.value) filter (where sp.value <= f.q75 + f.whisker_iqr * (f.q75 - f.q25)) as whisker_high,
        coalesce(sum(sp.n) filter (where sp.value < f.q25 - f.whisker_iqr * (f.q75 - f.q25)), 0) as outliers_low,
        coalesce(sum(sp.n) filter (where sp.value > f.q75 + f.whisker_iqr * (f.q75 - f.q25)), 0) as outliers_high
    from fences as f
    inner join season_positions as sp on f.season = sp.season
    group by f.season
),

final as (
    select
        list_position(['Winter', 'Spring', 'Summer', 'Autumn'], s.season) as season_order,
        s.season,
        s.n,
        s.mean,
        f.median,
        f.q25,
        f.q75,
        f.q75 - f.q25 as iqr,
        w.whisker_low,
        w.whisker_high,
        w.outliers_low,
        w.outliers_high,
        s.min,
        s.max,
        f.whisker_iqr,
        s.rank_sum,
        tt.tie_term
    from season_stats as s
    inner join fences as f on s.season = f.season
    inner join whiskers as w on s.season = w.season
    cross join tie_term as tt
)

select * exclude (season_order)
from final
order by season_order;
