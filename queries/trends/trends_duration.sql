-- Preparation time per year of posting (reference §2.3): the yearly mean, median and the quantiles that bound the
-- four dispersion bands the reader can pick. quantile_cont interpolates linearly between order statistics, the
-- rule numpy's percentile uses by default (Hyndman–Fan type 7), so the bands match the reference's polars/numpy.

-- name: per_year
with yearly as (
    select
        year,
        count(*) as recipes,
        avg(minutes) as mean_minutes,
        -- The spread of the year's recipes, for the 95 % interval of its mean (null for a year of one recipe).
        stddev_samp(minutes) as std_minutes,
        -- One list-valued quantile sorts each year once instead of nine times.
        quantile_cont(minutes, [0.05, 0.10, 0.25, 0.33, 0.50, 0.66, 0.75, 0.90, 0.95]) as quantiles
    from recipes
    group by year
),

final as (
    select
        year,
        recipes,
        mean_minutes,
        std_minutes,
        quantiles[5] as median_minutes,
        quantiles[1] as q05,
        quantiles[2] as q10,
        quantiles[3] as q25,
        quantiles[4] as q33,
        quantiles[6] as q66,
        quantiles[7] as q75,
        quantiles[8] as q90,
        quantiles[9] as q95
    from yearly
)

select * from final
order by year
