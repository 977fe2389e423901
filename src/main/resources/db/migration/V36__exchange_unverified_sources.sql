-- Requests on the node endpoints whose sender could not be verified (an unknown node, a bad or
-- missing signature, a body that is not an envelope) leave no message-log row and no receipt: anyone
-- on the network can send them, so each would otherwise be a permanent row written for a stranger.
-- What the node keeps of them is this table: one row per source address, counted, with the latest
-- (clipped) reason, and at most deltalink.exchange.max-unverified-sources rows (the sources heard
-- from least recently make room). See ADR 015.
create table exchange_unverified_source (
    source          varchar(64)   primary key,
    first_at        timestamptz   not null,
    last_at         timestamptz   not null,
    requests        bigint        not null,
    envelopes       bigint        not null,
    claimed_sender  varchar(8),
    last_reason     varchar(300)  not null
);
create index exchange_unverified_source_last on exchange_unverified_source (last_at);
