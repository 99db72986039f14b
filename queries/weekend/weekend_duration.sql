-- Preparation time of weekday and weekend recipes: moments for the t-tests, quartiles, and the Tukey box-plot
-- elements (whisker ends and how many recipes lie beyond them), so the site draws the boxes without any rows.

-- name: periods
-- Tukey's fences sit this many interquartile ranges beyond the quartiles; the step publishes the value.
with params as (
    select cast(1.5 as double) as whisker_iqr
),

source as (
    select
        case when is_weekend then 'weekend' else 'weekday' end as period,
        minutes
    from recipes
),

moments as (
    select
        period,
        count(*) as n,
        avg(minutes) as mean,
        var_samp(minutes) as variance,
        -- Linear interpolation between order statistics, as numpy's default percentile.
        quantile_cont(minutes, [0.25, 0.5, 0.75]) as quartiles,
        min(minutes) as min,
        max(minutes) as max
    from source
    group by period
),

fences as (
    select
        period,
        n,
        mean,
        variance,
        quartiles[1] as q25,
        quartiles[2] as median,
        quartiles[3] as q75,
        min,
        max,
        p.whisker_iqr,
        quartiles[1] - p.whisker_iqr * (quartiles[3] - quartiles[1]) as lower_fence,
        quartiles[3] + p.whisker_iqr * (quartiles[3] - quartiles[1]) as upper_fence
    from moments
    cross join params as p
),

-- Few distinct minute values: a value → count table finds the whisker ends and the counts beyond them without
-- joining every recipe back to its fences.
histogram as (
    select
        period,
        minutes,
        count(*) as recipes
    from source
    group by period, minutes
),

-- Tukey's whiskers stop at the most extreme values still inside the fences.
whiskers as (
    select
        h.period,
        min(h.minutes) filter (where h.minutes >= f.lower_fence) as whisker_low,
        max(h.minutes) filter (where h.minutes <= f.upper_fence) as whisker_high,
        cast(coalesce(sum(h.recipes) filter (where h.minutes < f.lower_fence), 0) as bigint) as outliers_below,
        cast(coalesce(sum(h.recipes) filter (where h.minutes > f.upper_fence), 0) as bigint) as outliers_above
    from histogram as h
    inner join fences as f on f.period = h.period
    group by h.period
),

final as (
    select
        f.*,
        w.whisker_low,
        w.whisker_high,
        w.outliers_below,
        w.outliers_above
    from fences as f
    inner join whiskers as w on w.period = f.period
)

select *
from final
order by period;
