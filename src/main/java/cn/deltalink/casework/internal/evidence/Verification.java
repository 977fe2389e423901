package cn.deltalink.casework.internal.evidence;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Whether an evidence item is intact and its chain of custody holds: the file's SM3 digest is the one
 * recorded at collection, each entry is signed by the node it names, names the digest of the entry
 * before it, and follows the rules of {@link CustodyAction}. Plain Java: the signature check is handed in.
 *
 * @param fileIntact whether the file's digest matches; null while the file is still arriving here
 */
public record Verification(UUID evidenceId, String recordedSm3, @Nullable String computedSm3, @Nullable Boolean fileIntact, boolean custodyValid, List<Link> chain, List<String> problems) {

  /** One custody entry as checked. */
  public record Link(int position, String action, String officer, String agency, String node, String place, Instant at, boolean signatureValid, boolean chained) {}

  /** Checks the signature of an entry against the key of the node it names. */
  public interface Signatures {
    boolean valid(CustodyEntry entry);
  }

  public boolean verified() {
    return Boolean.TRUE.equals(fileIntact) && custodyValid;
  }

  public static Verification of(EvidenceItem item, Optional<byte[]> content, List<CustodyEntry> entries, Signatures signatures) {
    List<String> problems = new ArrayList<>();
    String computed = content.map(Sm3::of).orElse(null);
    Boolean intact = computed == null ? null : computed.equals(item.sm3());
    if (intact == null) {
      problems.add("The file is still arriving; its digest cannot be checked here yet");
    } else if (!intact) {
      problems.add("The file's SM3 digest is not the one recorded at collection");
    }
    List<Link> chain = new ArrayList<>();
    List<CustodyAction> before = new ArrayList<>();
    String previous = item.sm3();
    boolean valid = !entries.isEmpty();
    if (entries.isEmpty()) {
      problems.add("The item has no chain of custody");
    }
    for (int i = 0; i < entries.size(); i++) {
      CustodyEntry e = entries.get(i);
      boolean signed = signatures.valid(e);
      boolean chained = e.position() == i && e.previousSm3().equals(previous);
      if (!signed) {
        problems.add("Entry " + i + " (" + e.action().slug() + ") is not signed by node " + e.node());
      }
      if (!chained) {
        problems.add("Entry " + i + " (" + e.action().slug() + ") does not follow the entry before it");
      }
      Optional<String> rule = e.action().whyNotAfter(before);
      rule.ifPresent(why -> problems.add("Entry " + e.position() + ": " + why));
      valid &= signed && chained && rule.isEmpty();
      chain.add(new Link(e.position(), e.action().slug(), e.officer(), e.agency(), e.node(), e.place(), e.at(), signed, chained));
      before.add(e.action());
      previous = e.digest();
    }
    return new Verification(item.id(), item.sm3(), computed, intact, valid, chain, problems);
  }
}
