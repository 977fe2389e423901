-- Shared registers (ADR 020): the newest version this node holds of every entry of every register,
-- its own entries and the replicas of other nodes' entries alike. The owning module keeps its own
-- readable copy; this table decides what is newer, answers resyncs and gives the replica digests.
create table register_entry (
    register      varchar(40)   not null,
    id            uuid          not null,
    owner_node    varchar(8)    not null,
    version       bigint        not null check (version >= 1),
    -- whom the owner addressed: every member, or the node ids listed (comma-separated)
    to_all        boolean       not null,
    target_nodes  varchar(400)  not null,
    handling_code varchar(2)    not null check (handling_code in ('H0', 'H1', 'H2', 'H3')),
    payload       text          not null,
    stored_at     timestamptz   not null,
    primary key (register, id)
);
create index register_entry_owner on register_entry (register, owner_node, id);
