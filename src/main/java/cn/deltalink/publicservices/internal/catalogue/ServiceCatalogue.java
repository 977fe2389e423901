package cn.deltalink.publicservices.internal.catalogue;

import cn.deltalink.platform.CsvRows;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The region's service catalogue ({@code region/<region>/service-items.csv}), its partner agencies
 * ({@code service-partners.csv}) and the hours of travel a cross-province application saves
 * ({@code travel-hours.csv}). Read once at start; a bad row stops the node with its line number.
 */
@Component
public class ServiceCatalogue {

  /** A partner agency of a node: the medical-insurance joint station. */
  public record Partner(String node, String code, String nameZh, String nameEn) {}

  private final Map<String, ServiceItem> items = new LinkedHashMap<>();
  private final Map<String, Partner> partners = new LinkedHashMap<>();
  private final Map<String, Double> travelHours = new LinkedHashMap<>();

  public ServiceCatalogue(@Value("${deltalink.region:yrd}") String region) {
    CsvRows rows = CsvRows.read("region/" + region + "/service-items.csv");
    for (CsvRows.Row r : rows.rows()) {
      try {
        ServiceItem item =
            new ServiceItem(
                r.field(0), r.field(1).isBlank() ? null : r.field(1), r.field(2), r.field(3), CompetentSide.parse(r.field(4)), r.field(5).equals("partner"),
                Arrays.stream(r.field(6).split(";")).filter(s -> !s.isBlank()).map(RequiredMaterial::parse).toList(), r.field(7), r.field(8), Integer.parseInt(r.field(9)),
                ServiceOutput.parse(r.field(10)));
        if (items.put(item.code(), item) != null) {
          throw new IllegalArgumentException(item.code() + " is listed twice");
        }
      } catch (RuntimeException e) {
        throw new IllegalStateException(rows.resource() + " line " + r.line() + ": " + e.getMessage(), e);
      }
    }
    for (CsvRows.Row r : CsvRows.read("region/" + region + "/service-partners.csv").rows()) {
      partners.put(r.field(0), new Partner(r.field(0), cn.deltalink.region.AgencyCode.of(r.field(1)).value(), r.field(2), r.field(3)));
    }
    for (CsvRows.Row r : CsvRows.read("region/" + region + "/travel-hours.csv").rows()) {
      travelHours.put(pair(r.field(0), r.field(1)), Double.parseDouble(r.field(2)));
    }
  }

  public List<ServiceItem> all() {
    return List.copyOf(items.values());
  }

  /**
   * The item with the subtype; an item without subtypes takes none. An item that has subtypes needs
   * one: an empty answer then, as for an unknown item.
   */
  public Optional<ServiceItem> find(String item, @Nullable String subtype) {
    return Optional.ofNullable(items.get(subtype == null || subtype.isBlank() ? item : item + "/" + subtype.strip()));
  }

  public Optional<ServiceItem> find(String code) {
    return Optional.ofNullable(items.get(code));
  }

  /** The subtypes an item has (empty for an item without), for a refusal that lists them. */
  public List<String> subtypes(String item) {
    List<String> found = new ArrayList<>();
    for (ServiceItem i : items.values()) {
      if (i.item().equals(item) && i.subtype() != null) {
        found.add(i.subtype());
      }
    }
    return found;
  }

  public Optional<Partner> partner(String node) {
    return Optional.ofNullable(partners.get(node));
  }

  /** Hours of travel saved when a resident of one province is served at a window of the other; 0 within a province. */
  public double travelHours(String provinceA, String provinceB) {
    return provinceA.equals(provinceB) ? 0 : travelHours.getOrDefault(pair(provinceA, provinceB), 0.0);
  }

  private static String pair(String a, String b) {
    return a.compareTo(b) < 0 ? a + "-" + b : b + "-" + a;
  }
}
