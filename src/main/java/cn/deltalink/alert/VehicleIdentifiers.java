package cn.deltalink.alert;

import cn.deltalink.identity.VehiclePlate;
import org.jspecify.annotations.Nullable;

/**
 * Which vehicle a vehicle alert is about: its plate (GA 36) and/or its VIN (17 characters of ISO 3779,
 * never I, O or Q).
 */
public record VehicleIdentifiers(@Nullable VehiclePlate plate, @Nullable String vin) {

  public VehicleIdentifiers {
    if (plate == null && vin == null) {
      throw new IllegalArgumentException("a vehicle alert names the vehicle: a plate or a VIN");
    }
    if (vin != null && !vin.matches("[A-HJ-NPR-Z0-9]{17}")) {
      throw new IllegalArgumentException("a VIN has 17 capital letters and digits without I, O and Q, not '" + (vin.length() > 20 ? vin.substring(0, 20) + "…" : vin) + "'");
    }
  }
}
