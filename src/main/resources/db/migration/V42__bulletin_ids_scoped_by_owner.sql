-- A bulletin's id travels in its payloads, so a receiver keys a received bulletin by the node that
-- wrote it and that id (ADR 024): another node sending the same id makes another bulletin instead of
-- taking its place. bulletin.id stays this node's own key; id_at_owner is the owner's id, the one the
-- acknowledgements and attachment parts name. Existing rows were all stored under the owner's id.
alter table bulletin add column id_at_owner uuid;
update bulletin set id_at_owner = id;
alter table bulletin alter column id_at_owner set not null;
alter table bulletin add constraint bulletin_owner_id unique (owning_node, id_at_owner);
