-- Cross-province applications (跨省通办申请). Every node involved (intake, competent, origin of a
-- transfer) keeps a copy under the one tracking number; the competent node owns the state and sends
-- each new version, a copy takes only a newer one.
create table service_application (
    tracking_number      varchar(24)   primary key,
    item                 varchar(48)   not null,
    subtype              varchar(48),
    applicant_id         varchar(18)   not null,
    applicant_name       varchar(50)   not null,
    applicant_phone      varchar(11),
    intake_node          varchar(8)    not null,
    intake_agency        varchar(12)   not null,
    intake_officer       varchar(100)  not null,
    competent_node       varchar(8)    not null,
    origin_node          varchar(8),
    state                varchar(20)   not null check (state in ('sent', 'under-review', 'more-material', 'move-out-pending', 'approved', 'refused')),
    version              bigint        not null,
    submitted_at         timestamptz   not null,
    changed_at           timestamptz   not null,
    time_limit_days      integer       not null check (time_limit_days between 1 and 60),
    -- the clock: it starts when the competent node receives the application
    received_at          timestamptz,
    due_at               timestamptz,
    remind_at            timestamptz,
    paused_at            timestamptz,
    reminded_at          timestamptz,
    escalated_at         timestamptz,
    decided_at           timestamptz,
    decided_by           varchar(100),
    reason               varchar(1000),
    consent_text         varchar(1000) not null,
    details              text          not null,
    legs                 text          not null,
    registered_elsewhere varchar(100)  not null,
    certificate_code     varchar(64),
    -- at the intake node: the message that carried it to the competent node ("sent, not yet received")
    sent_message_id      uuid,
    -- at the origin of a transfer: when this node moved the person out (done once)
    moved_out_here_at    timestamptz,
    check ((received_at is null) = (due_at is null))
);
create index service_application_open on service_application (due_at) where state not in ('approved', 'refused');
create index service_application_by_state on service_application (state, changed_at desc);
create index service_application_by_submission on service_application (submitted_at desc);

-- Scanned materials, SM4-GCM encrypted with the node's material key: only the intake node and the
-- competent node hold them.
create table service_material (
    id                uuid          primary key,
    tracking_number   varchar(24)   not null references service_application (tracking_number),
    name              varchar(200)  not null,
    size_bytes        integer       not null,
    sm3               varchar(64)   not null,
    nonce             bytea         not null,
    ciphertext        bytea         not null,
    added_at          timestamptz   not null
);
create index service_material_by_application on service_material (tracking_number);

-- Lookups of the public status page that did not match, per address: limited like logins.
create table service_status_attempt (
    address           varchar(64)   not null,
    at                timestamptz   not null
);
create index service_status_attempt_by_address on service_status_attempt (address, at);

-- The e-certificate of an approved application, as the issuing (competent) node sent it to the other
-- nodes involved, so that the intake window can print it while the issuer is away.
create table service_certificate (
    tracking_number   varchar(24)   primary key references service_application (tracking_number),
    code              varchar(64)   not null,
    pdf               bytea         not null,
    issued_at         timestamptz   not null,
    issuer_node       varchar(8)    not null
);
