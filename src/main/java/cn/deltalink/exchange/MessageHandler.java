package cn.deltalink.exchange;

/**
 * Receives the verified messages of one type. Called once per message, inside the transaction that
 * marks the message processed in the inbox: if the handler throws, nothing it wrote stays and the
 * message is shown as failed with the reason.
 */
public interface MessageHandler {

  /** The message type this handler takes, e.g. {@code bulletin.published}. */
  String type();

  void handle(ReceivedMessage message);
}
