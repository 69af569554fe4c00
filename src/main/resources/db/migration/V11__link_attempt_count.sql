-- R-REISSUE-6: link attempts per client address, counted in the shared database so every node enforces one limit
-- (a sliding-window counter: this window's attempts plus the previous window's, weighted; docs/decisions.md).
-- client_key is a keyed hash of the address; window_no is epoch milliseconds divided by the window's length.

create table link_attempt_count (
    client_key  varchar(64) not null,
    window_no   bigint      not null,
    attempts    integer     not null,
    primary key (client_key, window_no)
);

create index ix_link_attempt_window on link_attempt_count (window_no);
