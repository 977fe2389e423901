package cn.deltalink.checkpoint.internal.events;

import cn.deltalink.identity.PersonName;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A person or vehicle passing a checkpoint (过卡记录): an ID card read (resident ID number, name, the
 * plate of the vehicle they are in) or a camera read of a plate with the camera's confidence. The id
 * is the sender's own, so a resent event is recognised.
 */
public record PassingEvent(
    String checkpointCode,
    String id,
    Kind kind,
    Instant at,
    @Nullable String lane,
    @Nullable String direction,
    @Nullable String residentId,
    @Nullable PersonName name,
    java.time.@Nullable LocalDate birthDate,
    cn.deltalink.identity.ResidentIdNumber.@Nullable Gender sex,
    @Nullable String plate,
    double plateConfidence,
    @Nullable String camera) {

  public enum Kind {
    PERSON,
    VEHICLE;

    public String slug() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  public PassingEvent {
    if (kind == Kind.PERSON && residentId == null && name == null) {
      throw new IllegalArgumentException("a person event carries residentId or name");
    }
    if (kind == Kind.VEHICLE && plate == null) {
      throw new IllegalArgumentException("a vehicle event carries plate");
    }
    if (!(plateConfidence >= 0 && plateConfidence <= 1)) {
      throw new IllegalArgumentException("plateConfidence is between 0 and 1");
    }
  }
}
