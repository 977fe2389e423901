-- E-certificates this node issued, with the signed PDF as delivered.
create table certificate_issued (
    code         varchar(40)   primary key,
    kind         varchar(40)   not null,
    reference    varchar(64)   not null,
    issued_by    varchar(64)   not null,
    issued_at    timestamptz   not null,
    pdf          bytea         not null
);

-- The region's certificate index (this node's own and the replicas of the others', ADR 030): enough
-- to check any certificate here, nothing of its content beyond the masked holder.
create table certificate_index (
    code               varchar(40)   primary key,
    issuer_node        varchar(8)    not null,
    kind               varchar(40)   not null,
    title_zh           varchar(60)   not null,
    title_en           varchar(120)  not null,
    holder_masked      varchar(80)   not null,
    issued_at          timestamptz   not null,
    pdf_sm3            varchar(64)   not null,
    status             varchar(8)    not null check (status in ('valid', 'revoked')),
    revoked_at         timestamptz,
    revocation_reason  varchar(200),
    version            bigint        not null,
    signature          text          not null
);
create index certificate_index_by_issuer on certificate_index (issuer_node, issued_at);
