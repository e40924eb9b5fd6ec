-- 0007: an agent's walk through the script belongs to the call attempt it was started for, so a desktop reloaded
-- mid-call reopens the same walk (with its answers) instead of starting another one. One walk per attempt,
-- enforced here: two tabs opening the same call at once end up on the same walk.
alter table survey_sessions add column attempt_id bigint references attempts(id);
create unique index survey_sessions_one_per_attempt on survey_sessions (attempt_id) where attempt_id is not null;
