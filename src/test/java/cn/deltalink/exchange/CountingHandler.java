package cn.deltalink.exchange;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A receiving module for tests: counts how often each message reached it. It lives outside the
 * node's context, so the counts survive the node being stopped and started again in the same JVM.
 */
public final class CountingHandler implements MessageHandler {

  public static final String TYPE = "test.counted";

  private final Map<UUID, AtomicInteger> calls = new ConcurrentHashMap<>();

  @Override
  public String type() {
    return TYPE;
  }

  @Override
  public void handle(ReceivedMessage message) {
    if (message.payloadJson().contains("\"fail\":true")) {
      throw new IllegalStateException("the test asked this handler to fail");
    }
    calls.computeIfAbsent(message.id(), id -> new AtomicInteger()).incrementAndGet();
  }

  public int callsFor(UUID id) {
    AtomicInteger count = calls.get(id);
    return count == null ? 0 : count.get();
  }

  public int totalCalls() {
    return calls.values().stream().mapToInt(AtomicInteger::get).sum();
  }
}
