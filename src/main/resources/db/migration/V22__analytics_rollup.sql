-- The daily roll-up of journey analytics (docs/operations.md, "Journey analytics"; docs/decisions.md, "Analytics
-- roll-up"): every root instance that has ended is folded once into small rows per journey and start day (in
-- password-center.zone), so a long period reads these instead of the raw history. Counts only; no customer data.

-- How far the roll-up has come: every root instance whose (END_TIME_, PROC_INST_ID_) is at or before this pair is
-- folded. One row; a node rolling up holds its lock (select ... for update skip locked), so two never fold at once.
create table analytics_rollup_mark (
    id          integer      primary key,
    ended_at    timestamp    not null,
    instance_id varchar(64)  not null,
    instances   bigint       not null,
    revision    bigint       not null,
    ran_at      timestamp
);

-- revision: +1 at every change of the roll-up's rows, so a reader can tell it read them and the raw rest consistently
insert into analytics_rollup_mark (id, ended_at, instance_id, instances, revision)
    values (1, timestamp '1970-01-01 00:00:00', '', 0, 0);

-- Per journey, start day and way it ended (COMPLETED:<end event id>, CANCELLED, TERMINATED): instances, and of
-- those the ones that ever had an incident.
create table analytics_rollup_outcome (
    journey       varchar(255) not null,
    start_day     date         not null,
    outcome       varchar(300) not null,
    instances     bigint       not null,
    with_incident bigint       not null,
    primary key (journey, start_day, outcome)
);

-- Per journey, start day, journey version and step (of the journey, or of the passcode process it calls): the
-- instances that reached it (each once), its finished executions, their longest duration and the first start
-- (to order the steps as the raw query does).
create table analytics_rollup_step (
    journey         varchar(255) not null,
    start_day       date         not null,
    journey_version integer      not null,
    process_key     varchar(255) not null,
    activity_id     varchar(255) not null,
    activity_name   varchar(255),
    activity_type   varchar(255) not null,
    instances       bigint       not null,
    finished        bigint       not null,
    max_ms          bigint       not null,
    first_started   timestamp    not null,
    primary key (journey, start_day, journey_version, process_key, activity_id)
);

-- The durations of those finished executions, in log buckets (ratio 1.1: bucket b >= 1 holds [1.1^(b-1), 1.1^b)
-- ms, bucket 0 holds 0 ms), for p50 / p90 within 5 %.
create table analytics_rollup_duration (
    journey         varchar(255) not null,
    start_day       date         not null,
    journey_version integer      not null,
    process_key     varchar(255) not null,
    activity_id     varchar(255) not null,
    bucket          integer      not null,
    executions      bigint       not null,
    primary key (journey, start_day, journey_version, process_key, activity_id, bucket)
);

-- the clean-up of old days (by day alone)
create index analytics_rollup_outcome_day on analytics_rollup_outcome (start_day);
create index analytics_rollup_step_day on analytics_rollup_step (start_day);
create index analytics_rollup_duration_day on analytics_rollup_duration (start_day);
