package cn.deltalink.access;

/**
 * Whether the current officer's jurisdiction (管辖范围) covers a place: the province for a
 * provincial department, the city for a city bureau, the county for a county bureau. Modules call
 * {@link #require} before showing or changing a record that belongs to a division.
 */
public interface Jurisdiction {

  /** Whether the current officer covers the GB/T 2260 division (false when nobody is signed in). */
  boolean covers(String divisionCode);

  /**
   * Refuses the request with {@code RequestRefused.forbidden} (403) unless the current officer covers
   * the division; a refusal is recorded in the audit trail under {@code action} with outcome
   * {@code denied}.
   *
   * @param action the audited action being attempted, such as {@code case.read}
   * @param subject what it concerns (an id), never a full ID number
   */
  void require(String divisionCode, String action, String subject);
}
