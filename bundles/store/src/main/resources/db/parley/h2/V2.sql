-- A customer's history is read newest first, also for conversations where the sender proved to be
-- that customer: the index must give both the customer and the order.
CREATE INDEX parley_conversation_verified_created ON parley_conversation (verified_customer_id, created_at);
DROP INDEX parley_conversation_verified;
