package cn.deltalink.checkpoint.internal.stations;

import static cn.deltalink.checkpoint.internal.CheckpointRefusals.CHECKPOINT;

import cn.deltalink.access.AuditOutcome;
import cn.deltalink.access.AuditTrail;
import cn.deltalink.access.CurrentOfficer;
import cn.deltalink.access.CurrentOfficer.Officer;
import cn.deltalink.access.Role;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Where a checkpoint officer (查控民警) is posted: an officer whose only hit-handling role is the
 * checkpoint's works at the one checkpoint an administrator assigned, and sees that checkpoint's
 * screen, stream and hits and no other's, nor the duty desk. Duty officers, supervisors and
 * administrators watch every checkpoint of the node. Every refusal is audited.
 */
@Component
public class CheckpointPosts {

  /** The roles that see every checkpoint of the node. */
  static final Set<Role> WATCH_ALL = EnumSet.of(Role.DUTY_OFFICER, Role.SUPERVISOR, Role.ADMINISTRATOR);

  private final JdbcTemplate jdbc;
  private final CurrentOfficer current;
  private final AuditTrail audit;

  CheckpointPosts(JdbcTemplate jdbc, CurrentOfficer current, AuditTrail audit) {
    this.jdbc = jdbc;
    this.current = current;
    this.audit = audit;
  }

  /** Whether the officer is held to one checkpoint: a checkpoint officer without a role that watches all. */
  public static boolean posted(Officer officer) {
    return officer.has(Role.CHECKPOINT_OFFICER) && officer.roles().stream().noneMatch(WATCH_ALL::contains);
  }

  /** The checkpoint the officer is assigned to, if any. */
  public Optional<String> postOf(String username) {
    return jdbc.queryForList("select checkpoint_code from checkpoint_officer where username = ?", String.class, username).stream().findFirst();
  }

  /** For the current officer: empty when they may watch every checkpoint, else their post (refused when they have none). */
  public Optional<String> currentPost(String action) {
    Optional<Officer> officer = current.get();
    if (officer.isEmpty() || !posted(officer.get())) {
      return Optional.empty();
    }
    Optional<String> post = postOf(officer.get().username());
    if (post.isEmpty()) {
      audit.record(action, "", "", AuditOutcome.denied("no checkpoint assigned"));
      throw CHECKPOINT.forbidden("checkpoint.refused.notPosted");
    }
    return post;
  }

  /** Refuses a posted checkpoint officer anything of another checkpoint. */
  public void requireWatch(String checkpointCode, String action) {
    Optional<String> post = currentPost(action);
    if (post.isPresent() && !post.get().equals(checkpointCode)) {
      audit.record(action, checkpointCode.length() > 20 ? checkpointCode.substring(0, 20) : checkpointCode, "", AuditOutcome.denied("another checkpoint"));
      throw CHECKPOINT.forbidden("checkpoint.refused.otherCheckpoint", post.get());
    }
  }

  /** Refuses a posted checkpoint officer the views across checkpoints (the duty desk, all hits). */
  public void requireWatchAll(String action) {
    if (current.get().map(CheckpointPosts::posted).orElse(false)) {
      audit.record(action, "", "", AuditOutcome.denied("checkpoint officer"));
      throw CHECKPOINT.forbidden("checkpoint.refused.ownCheckpointOnly");
    }
  }
}
