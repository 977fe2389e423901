package cn.deltalink.publicservices.internal.web;

import cn.deltalink.publicservices.internal.catalogue.ServiceCatalogue;
import cn.deltalink.publicservices.internal.catalogue.ServiceItem;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The catalogue as the API lists it. */
record ServiceItemView(
    String code,
    String item,
    @Nullable String subtype,
    String nameZh,
    String nameEn,
    String competentSide,
    String handledBy,
    List<Material> materials,
    String consentZh,
    String consentEn,
    int timeLimitWorkingDays,
    String output) {

  record Material(String key, String nameZh, String nameEn) {}

  static ServiceItemView of(ServiceItem i) {
    return new ServiceItemView(
        i.code(), i.item(), i.subtype(), i.nameZh(), i.nameEn(), i.side().slug(), i.partner() ? "partner" : "police",
        i.materials().stream().map(m -> new Material(m.key(), m.nameZh(), m.nameEn())).toList(), i.consentZh(), i.consentEn(), i.timeLimitWorkingDays(), i.output().slug());
  }

  static List<ServiceItemView> all(ServiceCatalogue catalogue) {
    return catalogue.all().stream().map(ServiceItemView::of).toList();
  }
}
