package cn.deltalink.exchange.internal.delivery;

import cn.deltalink.exchange.internal.ExchangeSettings;
import cn.deltalink.exchange.internal.Worker;
import cn.deltalink.exchange.internal.core.MemberDirectory;
import cn.deltalink.exchange.internal.directory.TrustedDirectory;
import cn.deltalink.exchange.internal.peer.PeerStatus;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Delivers the outbox: worker threads per peer (two by default, so that one batch is prepared
 * while the other is on the wire; a peer that is slow or down holds up nobody else), woken right after a sending transaction commits and otherwise looking for due work every
 * poll interval. When a peer that was down answers again, its waiting deliveries are made due at
 * once instead of after their back-off.
 */
@Component
public class Dispatcher implements SmartLifecycle {

  private final TrustedDirectory directory;
  private final BatchDelivery delivery;
  private final ExchangeSettings settings;
  private final JdbcTemplate jdbc;
  private final Map<String, List<Worker>> lanes = new ConcurrentHashMap<>();
  private volatile boolean running;

  Dispatcher(TrustedDirectory directory, BatchDelivery delivery, ExchangeSettings settings, JdbcTemplate jdbc, PeerStatus status) {
    this.directory = directory;
    this.delivery = delivery;
    this.settings = settings;
    this.jdbc = jdbc;
    status.onBackOnline(this::dueNow);
    directory.onChange(d -> openLanes());
  }

  public void wake(String peer) {
    lanes.getOrDefault(peer, List.of()).forEach(Worker::wake);
  }

  /** Makes every waiting delivery to {@code peer} due now, e.g. when it is back after an outage. */
  void dueNow(String peer) {
    jdbc.update("update exchange_delivery set next_attempt_at = now() where peer = ? and state in ('QUEUED', 'DELIVERED') and next_attempt_at > now()", peer);
    wake(peer);
  }

  @Override
  public synchronized void start() {
    running = true;
    openLanes();
  }

  private synchronized void openLanes() {
    if (!running) {
      return;
    }
    for (MemberDirectory.Member peer : directory.peers()) {
      lanes
          .computeIfAbsent(
              peer.id(),
              id ->
                  IntStream.range(0, settings.workersPerPeer())
                      .mapToObj(n -> new Worker("exchange-to-" + id + "-" + (n + 1), settings.pollInterval().toMillis(), () -> delivery.deliverDue(id, n, settings.workersPerPeer())))
                      .toList())
          .forEach(Worker::start);
    }
  }

  @Override
  public synchronized void stop() {
    running = false;
    lanes.values().forEach(workers -> workers.forEach(Worker::stop));
    lanes.clear();
  }

  @Override
  public boolean isRunning() {
    return running;
  }
}
