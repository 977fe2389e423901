package cn.deltalink.checkpoint.internal.matching;

import cn.deltalink.identity.PersonName;
import cn.deltalink.identity.ResidentIdNumber.Gender;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.locks.StampedLock;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

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

  /** Score of an 18-character number whose 17 digits are listed but whose check character is wrong. */
  static final double WRONG_CHECK_CHARACTER = 0.8;
  /** Score of a name written as listed, with the same birth date and sex. */
  static final double SAME_NAME = 0.9;
  /** Score of a name that only sounds like the listed one, with the same birth date and sex. */
  static final double NAME_SOUNDS_ALIKE = 0.7;

  private static final Comparator<Candidate> BEST_FIRST =
      Comparator.comparing(Candidate::match).thenComparing(Comparator.comparingDouble(Candidate::score).reversed());

  private final StampedLock lock = new StampedLock();
  private final AlertSlots slots;
  private final KeyTable alertIds;
  private final KeyTable residentIds = new KeyTable(1024, false);
  private final KeyTable plates = new KeyTable(1024, true);
  private final KeyTable documents = new KeyTable(1024, false);
  private final KeyTable people = new KeyTable(1024, false);
  private long keyCount;

  public AlertIndex() {
    this(1024);
  }

  /** An index sized for about this many alerts up front (it grows as needed). */
  public AlertIndex(int expectedAlerts) {
    slots = new AlertSlots(expectedAlerts);
    alertIds = new KeyTable(expectedAlerts, false);
  }

  /** One entry an alert's key makes in a key table. */
  private record Entry(KeyTable table, long key, long extra) {}

  /**
   * Puts an alert's keys, replacing those it had. An older version than the one held is ignored, so
   * replicated changes that arrive out of order leave the newest.
   *
   * @return whether the index now holds this version
   */
  public boolean put(AlertKeys alert) {
    List<Entry> entries = new ArrayList<>();
    for (AlertKey key : alert.keys()) {
      entries(key, entries);
    }
    AlertKey only = alert.keys().size() == 1 ? alert.keys().get(0) : null;
    byte primaryKind = only == null ? AlertSlots.NONE : primaryKind(only);
    long stamp = lock.writeLock();
    try {
      int slot = slotOf(alert.alertId());
      AlertSlots.Columns c;
      if (slot >= 0) {
        c = slots.columns();
        if (c.version[slot] > alert.version()) {
          return false;
        }
        removeEntries(slot);
      } else {
        slot = slots.allocate();
        c = slots.columns();
        c.msb[slot] = alert.alertId().getMostSignificantBits();
        c.lsb[slot] = alert.alertId().getLeastSignificantBits();
        alertIds.add(idKey(alert.alertId()), 0, slot);
      }
      c.version[slot] = alert.version();
      c.primaryKind[slot] = primaryKind;
      c.primaryKey[slot] = primaryKind == AlertSlots.NONE ? 0 : entries.get(0).extra();
      c.others[slot] = primaryKind == AlertSlots.NONE ? alert.keys().toArray(AlertKey[]::new) : null;
      for (Entry e : entries) {
        e.table().add(e.key(), e.extra(), slot);
      }
      keyCount += alert.keys().size();
      return true;
    } finally {
      lock.unlockWrite(stamp);
    }
  }

  /** Removes an alert (withdrawn, expired); returns whether it was held. */
  public boolean remove(UUID alertId) {
    long stamp = lock.writeLock();
    try {
      int slot = slotOf(alertId);
      if (slot < 0) {
        return false;
      }
      removeEntries(slot);
      alertIds.remove(idKey(alertId), slot);
      slots.release(slot);
      return true;
    } finally {
      lock.unlockWrite(stamp);
    }
  }

  /** How many alerts the index holds. */
  public int alerts() {
    long stamp = lock.readLock();
    try {
      return slots.held();
    } finally {
      lock.unlockRead(stamp);
    }
  }

  /** How many keys the index holds. */
  public long keys() {
    long stamp = lock.readLock();
    try {
      return keyCount;
    } finally {
      lock.unlockRead(stamp);
    }
  }

  /** The heap the index's tables take, in bytes (arrays only, a lower bound of what it retains). */
  public long footprintBytes() {
    long stamp = lock.readLock();
    try {
      return slots.bytes() + alertIds.bytes() + residentIds.bytes() + plates.bytes() + documents.bytes() + people.bytes();
    } finally {
      lock.unlockRead(stamp);
    }
  }

  /** The alerts the read may concern, best first; empty when none. */
  public List<Candidate> check(Read read) {
    if (read instanceof Read.Vehicle vehicle) {
      return checkPlate(vehicle);
    }
    if (read instanceof Read.Person person) {
      return checkPerson(person);
    }
    Read.Document document = (Read.Document) read;
    String number = Documents.normalised(document.number());
    if (number.isEmpty()) {
      return List.of();
    }
    long key = Documents.key(number);
    return best(guarded(() -> documentCandidates(number, key, key >= 0 ? residentIdCandidates(number, key, null) : null)));
  }

  private List<Candidate> checkPlate(Read.Vehicle vehicle) {
    long read = Plates.packRead(vehicle.plateText());
    if (read < 0) {
      return List.of();
    }
    double confidence = vehicle.confidence();
    return best(guarded(() -> plateCandidates(read, confidence)));
  }

  private List<Candidate> checkPerson(Read.Person person) {
    String number = person.residentId() == null ? "" : ResidentIds.normalised(person.residentId());
    long key = number.isEmpty() ? -1 : ResidentIds.key(number);
    long[] detailKeys = person.hasDetails() ? personKeys(person.name(), person.birthDate(), person.sex()) : null;
    if (key < 0 && detailKeys == null) {
      return List.of();
    }
    return best(
        guarded(
            () -> {
              List<Candidate> found = null;
              if (key >= 0) {
                found = documentCandidates(number, key, residentIdCandidates(number, key, null));
              }
              if (detailKeys != null) {
                found = personCandidates(person, detailKeys, found);
              }
              return found;
            }));
  }

  /**
   * Runs a lookup without locking and returns its answer if no update overlapped it; otherwise (or
   * when the torn state made it fail) runs it again under the read lock.
   */
  private @Nullable List<Candidate> guarded(Supplier<@Nullable List<Candidate>> lookup) {
    long stamp = lock.tryOptimisticRead();
    if (stamp != 0) {
      try {
        List<Candidate> found = lookup.get();
        if (lock.validate(stamp)) {
          return found;
        }
      } catch (RuntimeException torn) {
        // an update moved the arrays under the lookup; the locked run below gives the true answer
      }
    }
    stamp = lock.readLock();
    try {
      return lookup.get();
    } finally {
      lock.unlockRead(stamp);
    }
  }

  private @Nullable List<Candidate> residentIdCandidates(String number, long key, @Nullable List<Candidate> found) {
    KeyTable.Cells cells = residentIds.cells();
    int i = cells.home(key);
    for (int probes = 0; cells.slots[i] != 0 && probes <= cells.mask; probes++, i = (i + 1) & cells.mask) {
      if (cells.keys[i] == key) {
        found = add(found, candidate(cells.slots[i] - 1, AlertKey.Kind.RESIDENT_ID, number, key));
      }
    }
    return found;
  }

  private @Nullable List<Candidate> documentCandidates(String number, long key, @Nullable List<Candidate> found) {
    KeyTable.Cells cells = documents.cells();
    int i = cells.home(key);
    for (int probes = 0; cells.slots[i] != 0 && probes <= cells.mask; probes++, i = (i + 1) & cells.mask) {
      if (cells.keys[i] == key) {
        found = add(found, candidate(cells.slots[i] - 1, AlertKey.Kind.DOCUMENT, number, key));
      }
    }
    return found;
  }

  private Candidate candidate(int slot, AlertKey.Kind on, String number, long key) {
    AlertSlots.Columns c = slots.columns();
    String what = on == AlertKey.Kind.DOCUMENT ? "document number " : "resident ID ";
    String code = on == AlertKey.Kind.DOCUMENT ? "match.document" : "match.resident-id";
    if (key >= 0 && !ResidentIds.checkCharacterHolds(number)) {
      String text = what + number + " has a wrong check character (" + ResidentIds.checkCharacter(key) + " expected); its first 17 digits are listed";
      return new Candidate(c.alertId(slot), c.version[slot], Match.POSSIBLE, WRONG_CHECK_CHARACTER, on, new Candidate.Reason(code + ".check-character", List.of(number), text));
    }
    if (key >= 0 && ResidentIds.isFirstGeneration(number)) {
      String eighteen = ResidentIds.eighteen(key);
      String text = what + number + " (15 digits) is " + eighteen + ", which is listed";
      return new Candidate(c.alertId(slot), c.version[slot], Match.CERTAIN, 1.0, on, new Candidate.Reason(code + ".first-generation", List.of(number, eighteen), text));
    }
    return new Candidate(c.alertId(slot), c.version[slot], Match.CERTAIN, 1.0, on, new Candidate.Reason(code + ".same", List.of(number), what + number + " is listed"));
  }

  private @Nullable List<Candidate> plateCandidates(long read, double confidence) {
    List<Candidate> found = plateCandidates(read, Plates.lookAlikeKey(read), confidence, null);
    if (Plates.province(read) == Plates.MISSING && Plates.length(read) == 7) {
      long shorter = Plates.withoutFirst(read);
      found = plateCandidates(shorter, Plates.lookAlikeKey(shorter), confidence, found);
    }
    return found;
  }

  private @Nullable List<Candidate> plateCandidates(long read, long key, double confidence, @Nullable List<Candidate> found) {
    KeyTable.Cells cells = plates.cells();
    long[] extras = cells.extras;
    int i = cells.home(key);
    for (int probes = 0; cells.slots[i] != 0 && probes <= cells.mask; probes++, i = (i + 1) & cells.mask) {
      if (cells.keys[i] == key) {
        long listed = extras[i];
        found = listed == read && confidence >= CERTAIN_CONFIDENCE
            ? add(found, exactPlate(cells.slots[i] - 1, listed))
            : lookAlikePlate(cells.slots[i] - 1, listed, read, confidence, found);
      }
    }
    return found;
  }

  private Candidate exactPlate(int slot, long listed) {
    AlertSlots.Columns c = slots.columns();
    String text = Plates.text(listed);
    return new Candidate(c.alertId(slot), c.version[slot], Match.CERTAIN, 1.0, AlertKey.Kind.PLATE, new Candidate.Reason("match.plate.same", List.of(text, text, ""), "plate " + text + " read exactly"));
  }

  private @Nullable List<Candidate> lookAlikePlate(int slot, long listed, long read, double confidence, @Nullable List<Candidate> found) {
    PlateComparison comparison = PlateComparison.of(listed, read);
    if (!comparison.withinReach()) {
      return found;
    }
    AlertSlots.Columns c = slots.columns();
    Match match = comparison.isThePlate() && confidence >= CERTAIN_CONFIDENCE ? Match.CERTAIN : Match.POSSIBLE;
    return add(found, new Candidate(c.alertId(slot), c.version[slot], match, comparison.score(), AlertKey.Kind.PLATE, comparison.reason(Plates.text(read), confidence)));
  }

  private @Nullable List<Candidate> personCandidates(Read.Person person, long[] keys, @Nullable List<Candidate> found) {
    KeyTable.Cells cells = people.cells();
    List<Integer> seen = new ArrayList<>(2);
    for (long key : keys) {
      int i = cells.home(key);
      for (int probes = 0; cells.slots[i] != 0 && probes <= cells.mask; probes++, i = (i + 1) & cells.mask) {
        int slot = cells.slots[i] - 1;
        if (cells.keys[i] == key && !seen.contains(slot)) {
          seen.add(slot);
          Candidate candidate = personCandidate(slot, person);
          if (candidate != null) {
            found = add(found, candidate);
          }
        }
      }
    }
    return found;
  }

  /** The candidate for an alert whose details key matched, after checking which listed name it was. */
  private @Nullable Candidate personCandidate(int slot, Read.Person person) {
    AlertSlots.Columns c = slots.columns();
    AlertKey[] keys = c.others[slot];
    PersonName name = java.util.Objects.requireNonNull(person.name());
    for (AlertKey key : keys) {
      if (key instanceof AlertKey.PersonDetails listed
          && listed.birthDate().equals(person.birthDate())
          && listed.sex() == person.sex()
          && listed.name().soundsLike(name)) {
        boolean same = listed.name().value().equals(name.value());
        String text =
            "name "
                + name.value()
                + (same ? " is listed" : " sounds like listed " + listed.name().value() + " (" + listed.name().homophoneKey() + ")")
                + ", same birth date "
                + listed.birthDate()
                + " and sex";
        Candidate.Reason reason = new Candidate.Reason(same ? "match.person.same-name" : "match.person.sounds-alike", List.of(name.value(), listed.name().value(), listed.birthDate().toString()), text);
        return new Candidate(c.alertId(slot), c.version[slot], Match.POSSIBLE, same ? SAME_NAME : NAME_SOUNDS_ALIKE, AlertKey.Kind.PERSON_DETAILS, reason);
      }
    }
    return null;
  }

  private static List<Candidate> add(@Nullable List<Candidate> found, Candidate candidate) {
    List<Candidate> list = found == null ? new ArrayList<>(2) : found;
    list.add(candidate);
    return list;
  }

  /** One candidate per alert (the best of its keys), best first. */
  private static List<Candidate> best(@Nullable List<Candidate> found) {
    if (found == null) {
      return List.of();
    }
    if (found.size() == 1) {
      return List.of(found.get(0));
    }
    found.sort(BEST_FIRST);
    List<Candidate> out = new ArrayList<>(found.size());
    for (Candidate candidate : found) {
      if (out.stream().noneMatch(c -> c.alertId().equals(candidate.alertId()))) {
        out.add(candidate);
      }
    }
    return List.copyOf(out);
  }

  private int slotOf(UUID alertId) {
    long key = idKey(alertId);
    long msb = alertId.getMostSignificantBits();
    long lsb = alertId.getLeastSignificantBits();
    AlertSlots.Columns c = slots.columns();
    KeyTable.Cells cells = alertIds.cells();
    for (int i = cells.home(key); cells.slots[i] != 0; i = (i + 1) & cells.mask) {
      int slot = cells.slots[i] - 1;
      if (cells.keys[i] == key && c.msb[slot] == msb && c.lsb[slot] == lsb) {
        return slot;
      }
    }
    return -1;
  }

  /** UUIDv7 ids share their leading bits within a millisecond, so both halves make the key. */
  private static long idKey(UUID id) {
    return id.getMostSignificantBits() ^ Mix.mix(id.getLeastSignificantBits());
  }

  private void removeEntries(int slot) {
    AlertSlots.Columns c = slots.columns();
    List<Entry> entries = new ArrayList<>();
    switch (c.primaryKind[slot]) {
      case AlertSlots.RESIDENT_ID -> entries.add(new Entry(residentIds, c.primaryKey[slot], c.primaryKey[slot]));
      case AlertSlots.PLATE -> entries.add(new Entry(plates, Plates.lookAlikeKey(c.primaryKey[slot]), c.primaryKey[slot]));
      case AlertSlots.DOCUMENT -> entries.add(new Entry(documents, c.primaryKey[slot], c.primaryKey[slot]));
      default -> {
        for (AlertKey key : c.others[slot]) {
          entries(key, entries);
        }
      }
    }
    for (Entry e : entries) {
      e.table().remove(e.key(), slot);
    }
    keyCount -= c.primaryKind[slot] == AlertSlots.NONE ? c.others[slot].length : 1;
  }

  private static byte primaryKind(AlertKey key) {
    return switch (key.kind()) {
      case RESIDENT_ID -> AlertSlots.RESIDENT_ID;
      case PLATE -> AlertSlots.PLATE;
      case DOCUMENT -> AlertSlots.DOCUMENT;
      case PERSON_DETAILS -> AlertSlots.NONE;
    };
  }

  /**
   * The table entries of a key. The extra of a resident ID or document entry is its key again, so
   * that a single-key alert's packed key can be read back from {@code entries.get(0).extra()}.
   */
  private void entries(AlertKey key, List<Entry> out) {
    if (key instanceof AlertKey.ResidentId id) {
      long k = ResidentIds.key(id.number());
      out.add(new Entry(residentIds, k, k));
    } else if (key instanceof AlertKey.Plate plate) {
      long packed = Plates.pack(plate.plate());
      out.add(new Entry(plates, Plates.lookAlikeKey(packed), packed));
    } else if (key instanceof AlertKey.Document document) {
      long k = Documents.key(document.number());
      out.add(new Entry(documents, k, k));
    } else {
      AlertKey.PersonDetails details = (AlertKey.PersonDetails) key;
      for (long k : personKeys(details.name(), details.birthDate(), details.sex())) {
        out.add(new Entry(people, k, 0));
      }
    }
  }

  /** One key per reading of the name (homophones share one), each with the birth date and sex. */
  private static long[] personKeys(PersonName name, LocalDate birthDate, Gender sex) {
    List<String> readings = name.pinyinKeys();
    long[] keys = new long[readings.size()];
    long details = Mix.mix(birthDate.toEpochDay() * 2 + sex.ordinal());
    for (int i = 0; i < keys.length; i++) {
      long h = 0xcbf29ce484222325L;
      String reading = readings.get(i);
      for (int j = 0; j < reading.length(); j++) {
        h ^= reading.charAt(j);
        h *= 0x100000001b3L;
      }
      keys[i] = Mix.mix(h ^ details);
    }
    return keys;
  }
}
