-- Preparation time (minutes) by season: summary and box-plot statistics per season, and the Kruskal–Wallis inputs.
-- Everything comes from one table of (season, minutes) → count: minutes take at most 180 values, so it is tiny.
-- The counts, ranks and linearly interpolated quartiles (numpy's default, DuckDB's quantile_cont) come from
-- _season_value_stats.sql, so the IQR and whiskers match what numpy computes on the raw values, and the spread
-- from _season_spread.sql; the box plot is this page's own.

-- name: seasons
with params as (
    -- Tukey's fences sit this many IQRs beyond the quartiles; published with the result.
    select cast(1.5 as double) as whisker_iqr
),

season_values as (
    -- The include is per measure; minutes is the only one here, so the steps below key on season alone.
    select
        'minutes' as measure,
        season,
        minutes as value,
        count(*) as n
    from recipes
    group by season, minutes
),

-- include: _season_value_stats.sql

fences as (
    -- The include gives one row per quartile; the fences need them side by side.
    select
        q.season,
        p.whisker_iqr,
        max(q.value) filter (where q.p = 0.25) as q25,
        max(q.value) filter (where q.p = 0.5) as median,
        max(q.value) filter (where q.p = 0.75) as q75
    from quantiles as q
    cross join params as p
    group by q.season, p.whisker_iqr
),

whiskers as (
    -- A whisker ends at the most extreme value still inside its fence; recipes beyond are counted, not listed.
    select
        f.season,
        min(sp.value) filter (where sp.value >= f.q25 - f.whisker_iqr * (f.q75 - f.q25)) as whisker_low,
        max(sp.value) filter (where sp.value <= f.q75 + f.whisker_iqr * (f.q75 - f.q25)) as whisker_high,
        coalesce(sum(sp.n) filter (where sp.value < f.q25 - f.whisker_iqr * (f.q75 - f.q25)), 0) as outliers_low,
        coalesce(sum(sp.n) filter (where sp.value > f.q75 + f.whisker_iqr * (f.q75 - f.q25)), 0) as outliers_high,
        min(sp.value) as min,
        max(sp.value) as max
    from fences as f
    inner join season_positions as sp on f.season = sp.season
    group by f.season
),

-- include: _season_spread.sql

final as (
    select
        list_position(['Winter', 'Spring', 'Summer', 'Autumn'], s.season) as season_order,
        s.season,
        s.n,
        s.mean,
        d.std,
        f.median,
        f.q25,
        f.q75,
        f.q75 - f.q25 as iqr,
        w.whisker_low,
        w.whisker_high,
        w.outliers_low,
        w.outliers_high,
        w.min,
        w.max,
        f.whisker_iqr,
        s.rank_sum,
        tt.tie_term
    from season_stats as s
    inner join fences as f on s.season = f.season
    inner join whiskers as w on s.season = w.season
    inner join season_spread as d on s.season = d.season
    inner join tie_terms as tt on s.measure = tt.measure
)

select * exclude (season_order)
from final
order by season_order;
