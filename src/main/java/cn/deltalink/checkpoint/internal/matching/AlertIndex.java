package cn.deltalink.checkpoint.internal.matching;

import java.util.List;
import java.util.UUID;

/**
 * Every alert's keys, held in memory, answering checks of reads at a checkpoint.
 *
 * <p><b>Rules.</b>
 * <ul>
 *   <li>Resident ID: the same number is certain, in either generation (15 digits match the 18-character
 *       number with {@code 19} and a check character added, both ways). An 18-character read whose
 *       check character is wrong is possible: one of its digits was mistyped or misread.
 *   <li>Plate: normalised (full-width, case, separators). The same plate is certain when the camera's
 *       confidence is at least {@link #CERTAIN_CONFIDENCE}, else possible. A read that differs only in
 *       characters cameras confuse (0/D/Q, 8/B, 2/Z, 5/S, 1/7, 6/G) in at most {@link
 *       #MAX_CONFUSIONS} places is possible with a lower score. {@code I} and {@code O} never appear on
 *       a plate: a read {@code I} is a 1, a read {@code O} a 0 or D; where the plate's format leaves
 *       one reading (the authority letter is a letter, so D; a new-energy serial's digit positions,
 *       so 0) the read is still the plate and stays certain, otherwise possible. A missing or
 *       unreadable province character, or a different province, is possible on the rest of the plate.
 *       New-energy plates (six characters after the authority letter) are plates like any other.
 *   <li>Document number: the same number (resident ID card numbers in either generation) is certain.
 *       A resident ID number read from a person or a document is checked against both resident ID
 *       and document keys.
 *   <li>Name + birth date + sex (manual entry): the same birth date and sex with a name that sounds
 *       alike in any reading ({@link cn.deltalink.identity.PersonName#pinyinKeys()}) is possible,
 *       never certain.
 * </ul>
 *
 * <p>The index answers from what it holds: withdrawn and expired alerts are {@link #remove removed}
 * by the caller. Candidates come back best first; a read that matches nothing gets an empty list.
 *
 * <p><b>Threads.</b> Any number of threads may check while one or more update: updates take a write
 * lock, checks read optimistically and retry under the read lock when an update overlapped them, so
 * a check sees an alert's keys either before or after a put, never half of it.
 */
public final class AlertIndex {

  /** Below this camera confidence even an exact plate read is only possible. */
  public static final double CERTAIN_CONFIDENCE = 0.5;

  /** Look-alike plate reads with more confused characters than this are not candidates. */
  public static final int MAX_CONFUSIONS = 2;

  public AlertIndex() {
    this(1024);
  }

  /** An index sized for about this many keys up front (it grows as needed). */
  public AlertIndex(int expectedKeys) {}

  /**
   * Puts an alert's keys, replacing those it had. An older version than the one held is ignored, so
   * replicated changes that arrive out of order leave the newest.
   *
   * @return whether the index now holds this version
   */
  public boolean put(AlertKeys alert) {
    throw new UnsupportedOperationException("not yet");
  }

  /** Removes an alert (withdrawn, expired); returns whether it was held. */
  public boolean remove(UUID alertId) {
    throw new UnsupportedOperationException("not yet");
  }

  /** The alerts the read may concern, best first; empty when none. */
  public List<Candidate> check(Read read) {
    return List.of();
  }

  /** How many alerts the index holds. */
  public int alerts() {
    return 0;
  }

  /** How many keys the index holds. */
  public long keys() {
    return 0;
  }

  /** The heap the index's tables take, in bytes (arrays only, a lower bound of what it retains). */
  public long footprintBytes() {
    return 0;
  }
}
