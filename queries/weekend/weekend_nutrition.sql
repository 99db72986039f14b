-- Nutrition of weekday and weekend recipes: for each of the six nutrients the reference compared, the moments the
-- t-tests need, per period. Calories are kcal per serving; the other columns are % of the daily value.

-- name: nutrients
-- One pass over the recipes computes every moment side by side; only the twelve-cell result is reshaped to long.
with source as (
    select
        case when is_weekend then 'weekend' else 'weekday' end as period,
        calories,
        protein_pct,
        total_fat_pct,
        sat_fat_pct,
        sugar_pct,
        sodium_pct
    from recipes
),

moments as (
    select
        period,
        count(*) as n,
        avg(calories) as calories_mean,
        var_samp(calories) as calories_variance,
        avg(protein_pct) as protein_mean,
        var_samp(protein_pct) as protein_variance,
        avg(total_fat_pct) as fat_mean,
        var_samp(total_fat_pct) as fat_variance,
        avg(sat_fat_pct) as sat_fat_mean,
        var_samp(sat_fat_pct) as sat_fat_variance,
        avg(sugar_pct) as sugar_mean,
        var_samp(sugar_pct) as sugar_variance,
        avg(sodium_pct) as sodium_mean,
        var_samp(sodium_pct) as sodium_variance
    from source
    group by period
),

final as (
    unpivot moments
    on
        (calories_mean, calories_variance) as calories,
        (protein_mean, protein_variance) as protein_pct,
        (fat_mean, fat_variance) as total_fat_pct,
        (sat_fat_mean, sat_fat_variance) as sat_fat_pct,
        (sugar_mean, sugar_variance) as sugar_pct,
        (sodium_mean, sodium_variance) as sodium_pct
    into name nutrient value mean, variance
)

select
    nutrient,
    period,
    n,
    mean,
    variance
from final
order by nutrient, period;
