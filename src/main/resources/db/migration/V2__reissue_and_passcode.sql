-- Online reissue (R-REISSUE): one row per application, its passcode, and the daily count per ID (R-REISSUE-2).

create table reissue_application (
    id                      varchar(36)  primary key,
    customer_ref            bigint       not null references customer (id),
    path                    varchar(32)  not null,
    applied_at              timestamp with time zone not null,
    applied_on              date         not null,
    status                  varchar(32)  not null,
    account_ref             bigint,
    passcode_channel        varchar(8),
    initial_password_hash   varchar(255),
    pending_web_hash        varchar(255),
    pending_voice_hash      varchar(255),
    link_token_hash         varchar(64),
    link_opened_at          timestamp with time zone,
    ended_at                timestamp with time zone,
    version                 bigint       not null default 0
);

create index ix_reissue_customer on reissue_application (customer_ref, applied_on);
create unique index uk_reissue_link_token on reissue_application (link_token_hash);

-- the current passcode of an application; a resend replaces it (R-REISSUE-8)
create table passcode (
    application_id   varchar(36)  primary key,
    code_hash        varchar(64)  not null,
    channel          varchar(8)   not null,
    sent_at          timestamp with time zone not null,
    expires_at       timestamp with time zone not null,
    wrong_attempts   integer      not null default 0,
    state            varchar(16)  not null,
    version          bigint       not null default 0
);

-- keyed by an HMAC of the ID typed, so unknown IDs are counted too without storing them
create table reissue_daily_count (
    id_key    varchar(64) not null,
    count_day date        not null,
    attempts  integer     not null,
    primary key (id_key, count_day)
);
