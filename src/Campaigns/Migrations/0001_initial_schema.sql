-- 0001: the walking skeleton's schema. Everything stored is UTC (timestamptz).
create extension if not exists pg_trgm;

create table departments (
    id          serial primary key,
    name        text not null unique check (length(trim(name)) > 0),
    created_at  timestamptz not null default now()
);

create table roles (
    name text primary key
);
insert into roles (name) values ('marketer'), ('agent'), ('manager'), ('admin');

create table users (
    id             serial primary key,
    username       text not null unique check (username ~ '^[a-z0-9._-]{2,64}$'),
    display_name   text not null,
    password_hash  text not null,
    department_id  int references departments(id),
    is_active      boolean not null default true,
    created_at     timestamptz not null default now()
);

create table user_roles (
    user_id int  not null references users(id) on delete cascade,
    role    text not null references roles(name),
    primary key (user_id, role)
);

-- S1 subscriber card and S5 prospects (is_prospect) in one base.
create table subscribers (
    id             bigserial primary key,
    external_id    text unique,
    is_prospect    boolean not null default false,
    first_name     text not null default '',
    last_name      text not null default '',
    phone          text not null,
    phone2         text,
    email          text,
    sex            text check (sex in ('M', 'F')),
    birth_date     date,
    region         text,
    time_zone      text not null default 'UTC',
    language       text not null default 'en',
    tariff         text,
    products       text[] not null default '{}',
    balance        numeric(12,2) not null default 0,
    consent_call   boolean not null default true,
    consent_sms    boolean not null default true,
    consent_email  boolean not null default true,
    created_at     timestamptz not null default now(),
    updated_at     timestamptz not null default now()
);
create unique index subscribers_phone_uq on subscribers (phone);
create index subscribers_search_trgm on subscribers
    using gin ((first_name || ' ' || last_name || ' ' || phone || ' ' || coalesce(email, '')) gin_trgm_ops);
create index subscribers_name_order on subscribers (last_name, first_name, id);

-- S3 behaviour facts: monthly usage aggregates, one row per subscriber.
create table subscriber_facts (
    subscriber_id           bigint primary key references subscribers(id) on delete cascade,
    calls_per_month         int not null default 0,
    minutes_per_month       numeric(10,1) not null default 0,
    intl_calls_per_month    int not null default 0,
    intl_calls_by_country   jsonb not null default '{}',
    sms_per_month           int not null default 0,
    data_mb_per_month       int not null default 0,
    topups_per_month        int not null default 0,
    topup_amount_per_month  numeric(10,2) not null default 0,
    arpu                    numeric(10,2) not null default 0,
    tenure_months           int not null default 0,
    last_active_on          date,
    interests               text[] not null default '{}',
    updated_at              timestamptz not null default now()
);

create table campaigns (
    id                   bigserial primary key,
    name                 text not null check (length(trim(name)) > 0),
    goal                 text not null default '',
    channel              text not null default 'agent_call'
                         check (channel in ('agent_call', 'voice_message', 'sms', 'email')),
    status               text not null default 'draft'
                         check (status in ('draft', 'scheduled', 'running', 'paused', 'finished')),
    department_id        int not null references departments(id),
    dialing_mode         text not null default 'predictive'
                         check (dialing_mode in ('preview', 'progressive', 'power', 'adaptive', 'predictive', 'agentless')),
    target_abandon_rate  numeric(5,4) not null default 0.03 check (target_abandon_rate between 0 and 0.03),
    caller_id            text,
    call_guide           text not null default '',
    calling_hours_from   time not null default '09:00',
    calling_hours_to     time not null default '21:00',
    scheduled_start      timestamptz,
    settings             jsonb not null default '{}',
    created_by           int references users(id),
    created_at           timestamptz not null default now(),
    updated_at           timestamptz not null default now()
);

create table contact_lists (
    id           bigserial primary key,
    campaign_id  bigint not null references campaigns(id) on delete cascade,
    name         text not null,
    frozen_at    timestamptz,
    created_at   timestamptz not null default now()
);

create table contact_list_entries (
    id               bigserial primary key,
    contact_list_id  bigint not null references contact_lists(id) on delete cascade,
    subscriber_id    bigint not null references subscribers(id),
    phone            text not null,
    priority         int not null default 0,
    status           text not null default 'pending'
                     check (status in ('pending', 'in_progress', 'retry', 'done', 'excluded')),
    attempts_made    int not null default 0,
    next_attempt_at  timestamptz,
    unique (contact_list_id, subscriber_id)
);
create index contact_list_entries_hopper on contact_list_entries (contact_list_id, status, priority desc, id);

-- Configurable dispositions: campaign_id null = the default list every campaign starts with.
create table dispositions (
    id           serial primary key,
    campaign_id  bigint references campaigns(id) on delete cascade,
    code         text not null,
    label        text not null,
    is_success   boolean not null default false,
    unique nulls not distinct (campaign_id, code)
);
insert into dispositions (campaign_id, code, label, is_success) values
    (null, 'accepted', 'Accepted the offer', true),
    (null, 'declined', 'Declined', false),
    (null, 'callback', 'Call back later', false),
    (null, 'wrong_person', 'Wrong person', false),
    (null, 'do_not_call', 'Asked not to be called', false),
    (null, 'survey_done', 'Survey completed', true);

-- One row per call attempt, written before the call is placed: the unique key makes a
-- second dial of the same attempt impossible, whichever grain activation tries it.
create table attempts (
    id               bigserial primary key,
    entry_id         bigint not null references contact_list_entries(id),
    attempt_number   int not null check (attempt_number >= 1),
    campaign_id      bigint not null references campaigns(id),
    subscriber_id    bigint not null references subscribers(id),
    phone            text not null,
    created_at       timestamptz not null default now(),
    placed_at        timestamptz,
    answered_at      timestamptz,
    ended_at         timestamptz,
    outcome          text,
    answer_class     text,
    connect_result   text,
    agent_id         int references users(id),
    disposition_code text,
    notes            text,
    unique (entry_id, attempt_number)
);
create index attempts_subscriber on attempts (subscriber_id, created_at desc);
create index attempts_campaign on attempts (campaign_id, created_at);

-- S4 do-not-call: campaign_id null = global.
create table dnc (
    id           bigserial primary key,
    phone        text not null,
    campaign_id  bigint references campaigns(id) on delete cascade,
    reason       text not null default '',
    added_by     text not null,
    added_at     timestamptz not null default now(),
    unique nulls not distinct (phone, campaign_id)
);

create table audit_log (
    id         bigserial primary key,
    at         timestamptz not null default now(),
    actor      text not null,
    action     text not null,
    entity     text not null,
    entity_id  text,
    details    jsonb not null default '{}'
);
create index audit_log_entity on audit_log (entity, entity_id, at desc);

-- Orleans grain state, written by our own IGrainStorage with optimistic concurrency on etag.
create table grain_state (
    grain_type  text not null,
    grain_id    text not null,
    state       bytea not null,
    etag        text not null,
    updated_at  timestamptz not null default now(),
    primary key (grain_type, grain_id)
);
