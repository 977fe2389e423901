package cn.deltalink.exchange.internal.tracking;

import cn.deltalink.exchange.internal.ExchangeSettings;
import cn.deltalink.exchange.internal.core.MemberDirectory;
import cn.deltalink.exchange.internal.directory.NodeIdentity;
import cn.deltalink.exchange.internal.directory.TrustedDirectory;
import cn.deltalink.exchange.internal.peer.PeerClient;
import cn.deltalink.exchange.internal.peer.PeerStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The {@code exchange} health component: each peer's reachability and the age of the oldest
 * undelivered message. Peers that were not heard from within the ping interval are pinged
 * ({@code GET /exchange/v1/ping}) in the background; the health endpoint only reads what is already
 * known, so it never waits on the network. A peer that is down is shown, but this node stays UP:
 * its outbox keeps the messages until the peer is back.
 */
@Component("exchangeHealthIndicator")
class PeerWatch implements HealthIndicator {

  private final TrustedDirectory directory;
  private final PeerClient client;
  private final PeerStatus status;
  private final MessageTracking tracking;
  private final ExchangeSettings settings;
  private final NodeIdentity identity;
  private volatile Optional<Instant> oldestUndelivered = Optional.empty();

  PeerWatch(TrustedDirectory directory, PeerClient client, PeerStatus status, MessageTracking tracking, ExchangeSettings settings, NodeIdentity identity) {
    this.identity = identity;
    this.directory = directory;
    this.client = client;
    this.status = status;
    this.tracking = tracking;
    this.settings = settings;
  }

  @Scheduled(initialDelay = 1000, fixedDelayString = "${deltalink.exchange.ping-interval:10s}")
  void ping() {
    Instant quiet = Instant.now().minus(settings.pingInterval());
    for (MemberDirectory.Member peer : directory.peers()) {
      Optional<PeerStatus.Contact> contact = status.of(peer.id());
      if (contact.isPresent() && contact.get().lastContact() != null && contact.get().lastContact().isAfter(quiet)) {
        continue;
      }
      client
          .getAsync(peer.endpoint() + "/exchange/v1/ping", Duration.ofSeconds(3))
          .whenComplete(
              (response, error) -> {
                if (error == null && response.statusCode() == 200) {
                  status.answered(peer.id());
                } else {
                  status.unreachable(peer.id(), error != null ? "unreachable: " + PeerClient.describe(error) : "ping answered HTTP " + response.statusCode());
                }
              });
    }
    oldestUndelivered = tracking.oldestUndelivered();
  }

  @Override
  public Health health() {
    Map<String, Object> peers = new LinkedHashMap<>();
    for (MemberDirectory.Member peer : directory.peers()) {
      Map<String, Object> detail = new LinkedHashMap<>();
      Optional<PeerStatus.Contact> contact = status.of(peer.id());
      detail.put("reachable", contact.map(PeerStatus.Contact::reachable).map(r -> r ? "yes" : "no").orElse("unknown"));
      contact.map(PeerStatus.Contact::lastContact).ifPresent(t -> detail.put("lastContact", t.toString()));
      contact.filter(c -> Boolean.FALSE.equals(c.reachable())).map(PeerStatus.Contact::lastError).ifPresent(e -> detail.put("lastError", e));
      peers.put(peer.id(), detail);
    }
    Health.Builder health = Health.up().withDetail("node", identity.id());
    health.withDetail("directoryVersion", directory.directory().version()).withDetail("peers", peers);
    if (directory.directory().version() == 0) {
      health.withDetail("directory", "none installed: this node exchanges nothing until the region coordinator's directory is installed");
    }
    oldestUndelivered.ifPresentOrElse(
        t -> health.withDetail("oldestUndeliveredSeconds", Duration.between(t, Instant.now()).toSeconds()).withDetail("oldestUndeliveredQueuedAt", t.toString()),
        () -> health.withDetail("oldestUndeliveredSeconds", 0));
    return health.build();
  }

}
