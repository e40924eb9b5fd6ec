-- 0008: whether a live answer had to wait for an agent (none was ready when the greeting ended; every abandon waited).
-- Stored with the outcome so the campaign's "answers waited" figure survives the grain's reactivation like its other
-- counts; null for attempts with no live answer and for attempts before this column.
alter table attempts add column waited_for_agent boolean;
