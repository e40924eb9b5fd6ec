-- 0003: targeting (issue 7): saved import mappings per source, saved rule segments.

-- S2: the column mapping last used for a source (file column -> field), so the next file needs none.
create table import_mappings (
    source      text not null check (length(trim(source)) > 0),
    kind        text not null check (kind in ('subscribers', 'facts')),
    mapping     jsonb not null,
    updated_at  timestamptz not null default now(),
    primary key (source, kind)
);

-- T1: a named rule segment; the rule is the RuleNode tree as JSON, compiled to SQL when counted.
create table segments (
    id          bigserial primary key,
    name        text not null unique check (length(trim(name)) > 0),
    rule        jsonb not null,
    created_by  text not null,
    created_at  timestamptz not null default now()
);
