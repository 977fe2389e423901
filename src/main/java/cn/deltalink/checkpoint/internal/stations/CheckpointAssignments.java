package cn.deltalink.checkpoint.internal.stations;

import static cn.deltalink.checkpoint.internal.CheckpointRefusals.CHECKPOINT;

import cn.deltalink.access.AuditOutcome;
import cn.deltalink.access.AuditTrail;
import cn.deltalink.access.CurrentOfficer;
import cn.deltalink.access.CurrentOfficer.Officer;
import cn.deltalink.access.OfficerDirectory;
import cn.deltalink.access.Role;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An administrator posts checkpoint officers to this node's checkpoints (查控民警分配), or takes
 * them off; each change is audited. An officer is posted at one checkpoint at a time.
 */
@Service
public class CheckpointAssignments {

  /** One checkpoint officer and where they are posted (null: nowhere yet). */
  public record Posting(String username, String displayName, @org.jspecify.annotations.Nullable String checkpointCode) {}

  private final JdbcTemplate jdbc;
  private final Checkpoints checkpoints;
  private final OfficerDirectory officers;
  private final CurrentOfficer current;
  private final AuditTrail audit;

  CheckpointAssignments(JdbcTemplate jdbc, Checkpoints checkpoints, OfficerDirectory officers, CurrentOfficer current, AuditTrail audit) {
    this.jdbc = jdbc;
    this.checkpoints = checkpoints;
    this.officers = officers;
    this.current = current;
    this.audit = audit;
  }

  /** Every checkpoint officer of the node with their post, by login name. */
  @Transactional(noRollbackFor = cn.deltalink.platform.RequestRefused.class)
  public List<Posting> postings() {
    requireAdministrator("checkpoint.officers", "");
    Map<String, String> posts = jdbc.query("select username, checkpoint_code from checkpoint_officer", (rs, n) -> Map.entry(rs.getString(1), rs.getString(2)))
        .stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    Map<String, Officer> byName = officers.holding(Role.CHECKPOINT_OFFICER).stream().collect(Collectors.toMap(Officer::username, Function.identity(), (a, b) -> a, TreeMap::new));
    return byName.values().stream().map(o -> new Posting(o.username(), o.displayName(), posts.get(o.username()))).toList();
  }

  /** The checkpoint officers posted at one checkpoint. */
  @Transactional(noRollbackFor = cn.deltalink.platform.RequestRefused.class)
  public List<Posting> at(String code) {
    requireAdministrator("checkpoint.officers", code);
    Checkpoint checkpoint = checkpoint(code);
    return postings().stream().filter(p -> checkpoint.code().equals(p.checkpointCode())).toList();
  }

  @Transactional(noRollbackFor = cn.deltalink.platform.RequestRefused.class)
  public Posting assign(String code, String username) {
    requireAdministrator("checkpoint.assign", code);
    Checkpoint checkpoint = checkpoint(code);
    Officer officer = officers.find(username.strip())
        .filter(o -> o.has(Role.CHECKPOINT_OFFICER))
        .orElseThrow(() -> CHECKPOINT.invalid("checkpoint.refused.notACheckpointOfficer", clip(username)));
    jdbc.update(
        "insert into checkpoint_officer (username, checkpoint_code) values (?, ?) on conflict (username) do update set checkpoint_code = excluded.checkpoint_code",
        officer.username(), checkpoint.code());
    audit.record("checkpoint.assign", officer.username() + " -> " + checkpoint.code(), "", AuditOutcome.ok());
    return new Posting(officer.username(), officer.displayName(), checkpoint.code());
  }

  @Transactional(noRollbackFor = cn.deltalink.platform.RequestRefused.class)
  public void unassign(String code, String username) {
    requireAdministrator("checkpoint.unassign", code);
    Checkpoint checkpoint = checkpoint(code);
    if (jdbc.update("delete from checkpoint_officer where username = ? and checkpoint_code = ?", username, checkpoint.code()) == 0) {
      throw CHECKPOINT.notFound("checkpoint.refused.notPostedHere", clip(username), checkpoint.code());
    }
    audit.record("checkpoint.unassign", clip(username) + " -/- " + checkpoint.code(), "", AuditOutcome.ok());
  }

  private Checkpoint checkpoint(String code) {
    return checkpoints.find(code).orElseThrow(() -> CHECKPOINT.notFound("checkpoint.refused.unknown", clip(code)));
  }

  private void requireAdministrator(String action, String subject) {
    boolean admin = current.get().map(o -> o.has(Role.ADMINISTRATOR)).orElse(false);
    if (!admin) {
      audit.record(action, clip(subject), "", AuditOutcome.denied("role"));
      throw CHECKPOINT.forbidden("checkpoint.refused.administratorsOnly");
    }
  }

  private static String clip(String text) {
    return text.length() > 20 ? text.substring(0, 20) + "…" : text;
  }
}
