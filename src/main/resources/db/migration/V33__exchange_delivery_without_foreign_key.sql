-- Delivery rows are written only together with their envelope, in the same statement (the
-- transactional outbox's enqueue), and envelopes are never deleted. The foreign key added nothing
-- but its cost on the hottest insert of the exchange: a trigger per delivery row that looked the
-- envelope up and locked it (FOR KEY SHARE), which wrote the new envelope row a second time.
alter table exchange_delivery drop constraint exchange_delivery_message_id_fkey;
