-- Complexity of weekday and weekend recipes, three ways: the composite score ln(1 + minutes) + steps +
-- 0.5·ingredients, and its two main parts. One row per metric and period, with the moments the t-tests need.

-- name: metrics
-- One pass over the recipes computes every moment side by side; only the six-cell result is reshaped to long.
with source as (
    select
        case when is_weekend then 'weekend' else 'weekday' end as period,
        complexity_score,
        n_steps,
        n_ingredients
    from recipes
),

moments as (
    select
        period,
        count(*) as n,
        avg(complexity_score) as score_mean,
        var_samp(complexity_score) as score_variance,
        median(complexity_score) as score_median,
        avg(n_steps) as steps_mean,
        var_samp(n_steps) as steps_variance,
        median(n_steps) as steps_median,
        avg(n_ingredients) as ingredients_mean,
        var_samp(n_ingredients) as ingredients_variance,
        median(n_ingredients) as ingredients_median
    from source
    group by period
),

final as (
    unpivot moments
    on
        (score_mean, score_variance, score_median) as complexity_score,
        (steps_mean, steps_variance, steps_median) as n_steps,
        (ingredients_mean, ingredients_variance, ingredients_median) as n_ingredients
    into name metric value mean, variance, median
)

select
    metric,
    period,
    n,
    mean,
    variance,
    median
from final
order by metric, period;
