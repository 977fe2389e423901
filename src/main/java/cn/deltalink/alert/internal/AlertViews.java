package cn.deltalink.alert.internal;

import cn.deltalink.access.Masking;
import cn.deltalink.access.PersonalField;
import cn.deltalink.alert.WantedAlert;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Alerts as the API answers them, with personal data masked as the officer's role and purpose say. */
@Component
class AlertViews {

  record FlagView(String node, String reason, String flaggedBy, Instant flaggedAt) {}

  /** An alert in the API: its content, whose it is, and the flags. */
  record View(
      UUID id,
      long version,
      String state,
      String kind,
      String category,
      String issuingNode,
      String issuingAgency,
      boolean own,
      AlertJson.@Nullable Person person,
      AlertJson.@Nullable Vehicle vehicle,
      AlertJson.@Nullable Document document,
      String reason,
      @Nullable String caseNumber,
      List<String> warningMarkers,
      String actionOnHit,
      String handlingCode,
      String validUntil,
      @Nullable String reviewDate,
      @Nullable String dutyContact,
      List<String> targets,
      @Nullable String withdrawal,
      @Nullable Instant publishedAt,
      Instant changedAt,
      @Nullable List<FlagView> flags,
      @Nullable String notActedOnHere) {}

  private final Masking masking;

  AlertViews(Masking masking) {
    this.masking = masking;
  }

  /** For lists: identifiers of persons and cards masked, whoever looks. */
  View listed(WantedAlert alert, String self) {
    return view(alert, self, "", null, null);
  }

  View detail(ReadingAlerts.Detail detail, String purpose) {
    List<FlagView> flags = detail.flags().stream().map(f -> new FlagView(f.node(), f.reason(), f.flaggedBy(), f.flaggedAt())).toList();
    return view(detail.alert(), detail.own() ? detail.alert().issuingNode() : "", purpose, flags, detail.notActedOnHere().orElse(null));
  }

  private View view(WantedAlert alert, String self, String purpose, @Nullable List<FlagView> flags, @Nullable String notActedOnHere) {
    AlertJson.Content c = AlertJson.Content.of(alert);
    AlertJson.Person p = c.person();
    AlertJson.Person person =
        p == null
            ? null
            : new AlertJson.Person(
                p.residentId() == null ? null : masking.show(PersonalField.RESIDENT_ID, p.residentId(), purpose),
                p.name() == null ? null : masking.show(PersonalField.NAME, p.name(), purpose),
                p.aliases() == null ? null : p.aliases().stream().map(a -> masking.show(PersonalField.NAME, a, purpose)).toList(),
                p.sex(),
                p.birthDate());
    AlertJson.Document document = c.document() == null ? null : new AlertJson.Document(masking.show(PersonalField.RESIDENT_ID, c.document().number(), purpose));
    return new View(
        c.id(), c.version(), c.state(), c.kind(), c.category(), c.issuingNode(), c.issuingAgency(), alert.issuingNode().equals(self), person, c.vehicle(), document, c.reason(),
        c.caseNumber(), c.warningMarkers(), c.actionOnHit(), c.handlingCode(), c.validUntil(), c.reviewDate(), c.dutyContact(), c.targets().isEmpty() ? List.of("ALL") : c.targets(),
        c.withdrawal(), c.publishedAt(), c.changedAt(), flags, notActedOnHere);
  }
}
