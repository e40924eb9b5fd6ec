-- 0004: stored propensity scores (T4), read by targeting lists (T5) to order contacts.
-- One score per subscriber and campaign type ("sales", "retention", ...), from the latest trained model.
create table propensity_scores (
    subscriber_id  bigint not null references subscribers(id) on delete cascade,
    campaign_type  text not null check (length(trim(campaign_type)) > 0),
    score          real not null check (score between 0 and 1),
    model_version  int not null default 1,
    scored_at      timestamptz not null default now(),
    primary key (campaign_type, subscriber_id)
);
create index propensity_scores_rank on propensity_scores (campaign_type, score desc);
