-- 0010: what an agent can do beyond the campaign's basics, as short tags (languages such as 'es', products).
-- A live answer goes to the longest-idle ready agent with the subscriber's language when one is free (D4 "by skill").
alter table users add column skills text[] not null default '{}';
