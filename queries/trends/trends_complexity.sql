-- Recipe complexity per year of posting (reference §2.4): the yearly means of the complexity score
-- (ln(1 + minutes) + steps + ½·ingredients, built by staging), of the steps and of the ingredients, and the score's
-- sample standard deviation for the ±1 sd band; the sample standard deviations give each mean its 95 % interval. A year of one recipe has no standard deviation (null).

-- name: per_year
with final as (
    select
        year,
        count(*) as recipes,
        avg(complexity_score) as mean_score,
        stddev_samp(complexity_score) as std_score,
        avg(n_steps) as mean_steps,
        stddev_samp(n_steps) as std_steps,
        avg(n_ingredients) as mean_ingredients,
        stddev_samp(n_ingredients) as std_ingredients
    from recipes
    group by year
)

select * from final
order by year
