package cn.deltalink.exchange;

/**
 * Receives the verified messages of one type, inside the transaction that marks the message
 * processed in the inbox: if the handler throws, nothing it wrote stays and the message is shown as
 * failed with the reason. What a handler writes to the database happens exactly once; the call
 * itself may be repeated when another message of the same batch failed (the batch is rolled back
 * and redone message by message), so a handler keeps its effects in the database transaction.
 */
public interface MessageHandler {

  /** The message type this handler takes, e.g. {@code bulletin.published}. */
  String type();

  void handle(ReceivedMessage message);
}
