-- Nutrition per year of posting (reference §2.5): the yearly means of calories (kcal) and of carbohydrates, total
-- fat and protein, each in percent of the daily value as Food.com publishes them.

-- name: per_year
with final as (
    select
        year,
        count(*) as recipes,
        avg(calories) as mean_calories,
        avg(carb_pct) as mean_carb_pct,
        avg(total_fat_pct) as mean_total_fat_pct,
        avg(protein_pct) as mean_protein_pct,
        -- Sample standard deviations for each mean's 95 % interval (null for a year of one recipe).
        stddev_samp(calories) as std_calories,
        stddev_samp(carb_pct) as std_carb_pct,
        stddev_samp(total_fat_pct) as std_total_fat_pct,
        stddev_samp(protein_pct) as std_protein_pct
    from recipes
    group by year
)

select * from final
order by year
