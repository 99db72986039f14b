-- Temporal trend and volume–quality relation of the monthly mean rating (reference §5.2): everything is computed
-- by the step from the monthly aggregates.

-- include: _monthly.sql
