-- The sample standard deviation (ddof = 1) of each measure's values in each season, for the seasonal means' t
-- intervals; shared by seasonality_complexity, seasonality_duration and seasonality_nutrition. A stretch of their
-- `with` chain, not a query: included after _season_value_stats.sql, whose season_stats and season_positions it
-- reads (hence the trailing comma). Two passes centred on the season's mean: a one-pass Σx² − n·x̄² would cancel
-- badly on minutes and calories, whose means are large next to their spread.
-- Defines season_spread (measure, season, std).

season_spread as (
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
