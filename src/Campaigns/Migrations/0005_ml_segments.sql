-- 0005: ML segments, patterns and propensity from the database (issue 7, T2-T4), run as background jobs.

-- One row per analysis run (clustering, patterns, propensity): queued by a marketer, run by the web host's
-- background worker, its progress written as it goes so a page reload still shows it.
create table analysis_jobs (
    id            bigserial primary key,
    kind          text not null check (kind in ('clustering', 'patterns', 'propensity')),
    status        text not null default 'queued' check (status in ('queued', 'running', 'done', 'failed')),
    stage         text not null default 'queued',
    progress      real not null default 0 check (progress between 0 and 1),
    parameters    jsonb not null default '{}',
    result        jsonb,
    error         text,
    requested_by  text not null,
    requested_at  timestamptz not null default now(),
    started_at    timestamptz,
    finished_at   timestamptz
);
-- At most one queued or running job per kind: a second refresh is refused by the database, not by luck.
create unique index analysis_jobs_one_active on analysis_jobs (kind) where status in ('queued', 'running');
create index analysis_jobs_latest on analysis_jobs (kind, id desc);

-- T2: the segments a clustering run found, numbered 1..K largest first, each with its plain-words description.
create table cluster_segments (
    job_id       bigint not null references analysis_jobs(id) on delete cascade,
    cluster      int not null check (cluster >= 1),
    size         int not null,
    share        real not null,
    description  text not null,
    traits       jsonb not null default '[]',
    primary key (job_id, cluster)
);

-- T2: each subscriber's segment from the latest finished clustering run (replaced whole by each run);
-- the rule attribute "cluster" reads it. No foreign keys on purpose: checking them row by row made storing
-- a million assignments several times slower, and every reader joins subscribers, so the row of a
-- subscriber deleted since the run is never seen (the next run drops it).
create table subscriber_clusters (
    subscriber_id  bigint primary key,
    job_id         bigint not null,
    cluster        int not null
);
create index subscriber_clusters_cluster on subscriber_clusters (cluster);
