-- 0009: the manager's reports (M2) read the attempts and the agents' state spans of a period, across all campaigns
-- and agents. Attempts by the time they were made; spans by overlap with the period (a span may start before it),
-- which a GiST index on the span's range answers without scanning every earlier span.
create index attempts_created on attempts (created_at);
create index agent_state_changes_period on agent_state_changes using gist (tstzrange(started_at, ended_at));
