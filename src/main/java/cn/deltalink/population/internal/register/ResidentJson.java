package cn.deltalink.population.internal.register;

import org.jspecify.annotations.Nullable;

/** The register's JSON shapes. */
public final class ResidentJson {

  private ResidentJson() {}

  /** A resident to register: birth date and sex may be left out (the resident ID encodes them); status defaults to active. */
  public record Request(
      @Nullable String residentId,
      @Nullable String name,
      @Nullable String sex,
      @Nullable String birthDate,
      @Nullable String householdAddressCode,
      @Nullable String householdNumber,
      @Nullable String status,
      @Nullable String reference) {}

  /** A resident as the reader may see them: identifiers masked unless their role and stated purpose allow the full value. */
  public record View(
      String residentId,
      String name,
      String sex,
      @Nullable String birthDate,
      String householdAddressCode,
      @Nullable String householdAddress,
      String householdNumber,
      String status,
      boolean masked) {}

  public record Created(String residentId, String status) {}
}
