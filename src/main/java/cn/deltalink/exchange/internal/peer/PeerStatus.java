package cn.deltalink.exchange.internal.peer;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * What this node knows right now about reaching each peer, from its own deliveries, queries and
 * pings. Kept in memory only: it is cheap to learn again, and the health endpoint reads it without
 * touching the network or waiting.
 */
@Component
public class PeerStatus {

  /** The last known contact state of a peer. */
  public record Contact(@Nullable Boolean reachable, @Nullable Instant lastContact, @Nullable Instant lastFailure, @Nullable String lastError) {}

  private final Map<String, Contact> contacts = new ConcurrentHashMap<>();
  private final List<Consumer<String>> backOnline = new CopyOnWriteArrayList<>();
  private final Map<String, Integer> failuresInARow = new ConcurrentHashMap<>();
  private final Map<String, Instant> heldUntil = new ConcurrentHashMap<>();

  public void answered(String peer) {
    failuresInARow.remove(peer);
    heldUntil.remove(peer);
    Contact before = contacts.get(peer);
    contacts.put(peer, new Contact(true, Instant.now(), before == null ? null : before.lastFailure(), before == null ? null : before.lastError()));
    if (before != null && Boolean.FALSE.equals(before.reachable())) {
      backOnline.forEach(l -> l.accept(peer));
    }
  }

  public void unreachable(String peer, String error) {
    failuresInARow.merge(peer, 1, Integer::sum);
    Contact before = contacts.get(peer);
    contacts.put(peer, new Contact(false, before == null ? null : before.lastContact(), Instant.now(), error));
  }

  /** Sends nothing to {@code peer} before {@code until}, unless it answers (a ping) before then. */
  public void holdUntil(String peer, Instant until) {
    heldUntil.put(peer, until);
  }

  /** Whether deliveries to {@code peer} wait: it did not answer, and its back-off has not run out. */
  public boolean heldBack(String peer, Instant now) {
    Instant until = heldUntil.get(peer);
    return until != null && now.isBefore(until);
  }

  /** How many attempts to reach {@code peer} failed since it last answered. */
  public int failuresInARow(String peer) {
    return failuresInARow.getOrDefault(peer, 0);
  }

  public Optional<Contact> of(String peer) {
    return Optional.ofNullable(contacts.get(peer));
  }

  /** Called with the peer's id when a peer that was unreachable answers again. */
  public void onBackOnline(Consumer<String> listener) {
    backOnline.add(listener);
  }
}
