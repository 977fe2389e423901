package cn.deltalink.exchange.internal;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The transaction-scoped advisory locks with which the exchange's background work keeps several
 * instances of a node that share a database out of each other's way: one lock per round of work,
 * held until the round's transaction ends, never a lock per row. All keys are here, so that they
 * cannot collide unnoticed.
 */
public enum WorkLocks {
  LOG_SEALER(0x44454c54414c4f47L),
  INBOX_PROCESSOR(0x44454c5441494e42L);

  /** The first key of a delivery lane's lock; the second is derived from the peer and lane. */
  private static final int DELIVERY_LANE = 0x444c4b44;

  private final long key;

  WorkLocks(long key) {
    this.key = key;
  }

  /** Takes this lock for the current transaction; false when another transaction holds it. */
  public boolean tryTake(JdbcTemplate jdbc) {
    return Boolean.TRUE.equals(jdbc.queryForObject("select pg_try_advisory_xact_lock(?)", Boolean.class, key));
  }

  /** Takes the lock of one delivery lane to {@code peer} for the current transaction; false when it is held. */
  public static boolean tryTakeDeliveryLane(JdbcTemplate jdbc, String peer, int lane) {
    return Boolean.TRUE.equals(jdbc.queryForObject("select pg_try_advisory_xact_lock(?, hashtext(?))", Boolean.class, DELIVERY_LANE, peer + "/" + lane));
  }
}
