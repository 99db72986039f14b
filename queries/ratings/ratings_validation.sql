-- Weighted versus unweighted methodology (reference §5.1): the step compares OLS and WLS fits of the monthly mean
-- rating on calendar time, so it only needs the monthly aggregates.

-- include: _monthly.sql
