-- Password unification (R-UNIFY): one row per request; the new password's hashes wait here, outside the engine,
-- until Task_UnifyPasswords applies them (R-PWD-5), then are erased.

create table unification_application (
    id                  varchar(36)  primary key,
    customer_ref        bigint       not null references customer (id),
    status              varchar(16)  not null,
    started_at          timestamp with time zone not null,
    pending_web_hash    varchar(255),
    pending_voice_hash  varchar(255),
    unified_at          timestamp with time zone,
    ended_at            timestamp with time zone,
    version             bigint       not null default 0
);

create index ix_unification_customer on unification_application (customer_ref, status);
