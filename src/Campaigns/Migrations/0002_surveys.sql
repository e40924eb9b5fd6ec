-- Surveys and scripts (issue 6): the survey JSON is stored as text; the model lives in src/Surveys.
create table surveys (
    id          text primary key check (id ~ '^[A-Za-z0-9_.-]{1,64}$'),
    title       text not null,
    created_by  text not null,
    created_at  timestamptz not null default now()
);

-- Published versions (1, 2, ...) never change; at most one draft per survey.
create table survey_versions (
    survey_id     text not null references surveys(id) on delete cascade,
    version       int  not null check (version > 0),
    status        text not null check (status in ('draft', 'published')),
    json          text not null,
    based_on      int,
    updated_at    timestamptz not null default now(),
    published_at  timestamptz,
    primary key (survey_id, version)
);
create unique index survey_versions_one_draft on survey_versions (survey_id) where status = 'draft';

create table survey_sessions (
    id             uuid primary key,
    survey_id      text not null references surveys(id),
    version        int  not null,
    subscriber_id  bigint references subscribers(id),
    campaign_id    bigint references campaigns(id),
    channel        text not null check (channel in ('agent', 'web', 'test')),
    status         text not null default 'in_progress' check (status in ('in_progress', 'completed', 'cancelled')),
    started_at     timestamptz not null default now(),
    finished_at    timestamptz
);
create index survey_sessions_survey on survey_sessions (survey_id, version, started_at);

-- One row per answer as given; a replaced or discarded answer is kept with discarded_at set.
create table survey_answers (
    id             bigserial primary key,
    session_id     uuid not null references survey_sessions(id) on delete cascade,
    survey_id      text not null,
    version        int  not null,
    subscriber_id  bigint references subscribers(id),
    campaign_id    bigint references campaigns(id),
    attempt_id     bigint references attempts(id),
    step_id        text not null,
    value          text not null,
    answered_at    timestamptz not null,
    discarded_at   timestamptz
);
create index survey_answers_session on survey_answers (session_id) where discarded_at is null;
create index survey_answers_subscriber on survey_answers (subscriber_id, answered_at desc);
create index survey_answers_survey on survey_answers (survey_id, version, step_id) where discarded_at is null;

-- Self-service links: only the SHA-256 of the token is stored; used_at is set on finish.
create table survey_links (
    token_hash     bytea primary key,
    survey_id      text not null references surveys(id),
    version        int  not null,
    subscriber_id  bigint not null references subscribers(id),
    campaign_id    bigint references campaigns(id),
    session_id     uuid references survey_sessions(id),
    created_by     text not null,
    created_at     timestamptz not null default now(),
    used_at        timestamptz
);

alter table campaigns add column survey_id text references surveys(id), add column survey_version int;
