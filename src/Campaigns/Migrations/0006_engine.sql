-- 0006: the live engine (issue 5): agent state durations, the hopper's index, unfinished attempts.

-- One row per state an agent left (or is in, ended_at null until it leaves): durations for reports and today's figures.
create table agent_state_changes (
    id          bigserial primary key,
    agent_id    int not null references users(id),
    state       text not null check (state in ('logged_out', 'ready', 'reserved', 'on_call', 'wrap_up', 'paused')),
    reason      text,
    started_at  timestamptz not null,
    ended_at    timestamptz not null,
    campaign_id bigint references campaigns(id)
);
create index agent_state_changes_agent on agent_state_changes (agent_id, started_at desc);

-- The hopper reads entries due now: pending, or retry whose next attempt time has come.
create index contact_list_entries_due on contact_list_entries (contact_list_id, next_attempt_at)
    where status in ('pending', 'retry');

-- A reactivated campaign looks for the attempts it placed that never got an outcome.
create index attempts_unfinished on attempts (campaign_id) where outcome is null;

-- An agent-set callback may ask for the same agent (C4).
alter table contact_list_entries add column preferred_agent_id int references users(id);
