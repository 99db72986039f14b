-- Recipe complexity by season, for three measures: the complexity score (ln(1 + minutes) + steps + 0.5 ·
-- ingredients), the number of steps and the number of ingredients. Per measure and season: n, mean, standard
-- deviation, quartiles, and the Kruskal–Wallis inputs. Everything comes from one table of (measure, season, value)
-- → count: steps and ingredients take a handful of values and the score a few thousand, so it is small to sort.
-- The statistics shared with seasonality_nutrition and seasonality_duration come from _season_value_stats.sql and
-- _season_spread.sql.

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

-- include: _season_value_stats.sql

-- include: _season_spread.sql

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
