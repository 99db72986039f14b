-- Seasonal variation of ratings (reference §5.5): per-season summaries for the ANOVA, and the season × stars table
-- with the Kruskal–Wallis ranks. Ratings take only five values, so ranks, quartiles and shares come from counts per
-- value instead of sorting a million rows.

-- name: seasons
with

ratings as (
    select
        season,
        rating
    from interactions
),

final as (
    select
        season,
        count(*) as n,
        avg(rating) as mean,
        var_samp(rating) as variance,
        case season
            when 'Winter' then 1
            when 'Spring' then 2
            when 'Summer' then 3
            else 4
        end as season_order
    from ratings
    group by season
)

select * from final
order by season_order;

-- name: season_stars
-- One row per season and star value present (at most 4 × 5), with what Kruskal–Wallis needs: the average rank of
-- the value among all ratings, the season's rank sum, and the tie term.
with

counts as (
    select
        season,
        rating,
        count(*) as n
    from interactions
    group by season, rating
),

value_ranks as (
    -- The t ratings tied at one value share the mean of the ranks they span: the number of lower ratings plus
    -- (t + 1) / 2. The tie term Σ(t³ − t) is summed in double precision: t³ passes 2^53 at a million ratings.
    select
        rating,
        sum(n) as t,
        sum(sum(n)) over (order by rating) - sum(n) + (sum(n) + 1) / 2 as average_rank,
        sum(sum(n)::double * sum(n) * sum(n) - sum(n)) over () as tie_term
    from counts
    group by rating
),

final as (
    select
        counts.season,
        counts.rating,
        counts.n,
        value_ranks.average_rank,
        sum(counts.n * value_ranks.average_rank) over (partition by counts.season) as rank_sum,
        value_ranks.tie_term,
        case counts.season
            when 'Winter' then 1
            when 'Spring' then 2
            when 'Summer' then 3
            else 4
        end as season_order
    from counts
    inner join value_ranks on counts.rating = value_ranks.rating
)

select * from final
order by season_order, rating;
