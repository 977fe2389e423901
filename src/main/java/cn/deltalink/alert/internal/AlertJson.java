package cn.deltalink.alert.internal;

import cn.deltalink.identity.AddressCodes;

import cn.deltalink.alert.AlertState;
import cn.deltalink.alert.WantedAlert;
import cn.deltalink.alert.WarningMarker;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The JSON shapes of alerts: what an officer sends (every field optional here, checked by {@link
 * AlertForm}), and the full content that is stored and travels between nodes ({@link Content}).
 */
final class AlertJson {

  private AlertJson() {}

  record Person(@Nullable String residentId, @Nullable String name, @Nullable List<String> aliases, @Nullable String sex, @Nullable String birthDate) {}

  record Vehicle(@Nullable String plate, @Nullable String vin) {}

  record Document(@Nullable String number) {}

  /** {@code POST /api/v1/alerts} and {@code PATCH}: {@code draft: true} keeps a new alert unpublished. */
  record Request(
      @Nullable String kind,
      @Nullable String category,
      @Nullable Person person,
      @Nullable Vehicle vehicle,
      @Nullable Document document,
      @Nullable String reason,
      @Nullable String caseNumber,
      @Nullable List<String> warningMarkers,
      @Nullable String actionOnHit,
      @Nullable String handlingCode,
      @Nullable String validUntil,
      @Nullable String reviewDate,
      @Nullable String dutyContact,
      @Nullable List<String> targets,
      @Nullable Boolean draft) {}

  /** {@code POST /api/v1/alerts/bulk}: a whole list published in one go. */
  record Bulk(@Nullable List<Request> alerts) {}

  record Withdrawal(@Nullable String reason) {}

  record Flag(@Nullable String reason) {}

  record Created(UUID id, long version, String state) {}

  record BulkCreated(int published, List<Created> alerts) {}

  /** The whole content of one version, in full: what is stored, replicated and (masked) answered. */
  record Content(
      UUID id,
      long version,
      String issuingNode,
      String issuingAgency,
      String state,
      String kind,
      String category,
      @Nullable Person person,
      @Nullable Vehicle vehicle,
      @Nullable Document document,
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
      Instant changedAt) {

    static Content of(WantedAlert a) {
      Person person =
          a.person() == null
              ? null
              : new Person(
                  a.person().residentId() == null ? null : a.person().residentId().value(),
                  a.person().name() == null ? null : a.person().name().value(),
                  a.person().aliases().stream().map(n -> n.value()).toList(),
                  a.person().sex() == null ? null : a.person().sex().name().toLowerCase(java.util.Locale.ROOT),
                  a.person().birthDate() == null ? null : a.person().birthDate().toString());
      Vehicle vehicle = a.vehicle() == null ? null : new Vehicle(a.vehicle().plate() == null ? null : a.vehicle().plate().value(), a.vehicle().vin());
      Document document = a.document() == null ? null : new Document(a.document().number().value());
      return new Content(
          a.id(),
          a.version(),
          a.issuingNode(),
          a.issuingAgency(),
          a.state().slug(),
          a.kind().slug(),
          a.category().slug(),
          person,
          vehicle,
          document,
          a.reason(),
          a.caseNumber(),
          a.warningMarkers().stream().map(WarningMarker::slug).toList(),
          a.actionOnHit().slug(),
          a.handlingCode().name(),
          a.validUntil().toString(),
          a.reviewDate() == null ? null : a.reviewDate().toString(),
          a.dutyContact(),
          a.targets(),
          a.withdrawal() == null ? null : a.withdrawal().slug(),
          a.publishedAt(),
          a.changedAt());
    }

    /** The same content with other identifiers shown (masked ones, for a view) and addressees spelt out. */
    Content showing(@Nullable Person shownPerson, @Nullable Document shownDocument, List<String> shownTargets) {
      return new Content(id, version, issuingNode, issuingAgency, state, kind, category, shownPerson, vehicle, shownDocument, reason, caseNumber, warningMarkers, actionOnHit,
          handlingCode, validUntil, reviewDate, dutyContact, shownTargets, withdrawal, publishedAt, changedAt);
    }

    /** The alert this content describes; {@link IllegalArgumentException} when it breaks a rule. */
    WantedAlert alert(AddressCodes codes) {
      AlertForm.Fields fields =
          AlertForm.fields(codes, kind, category, person, vehicle, document, reason, caseNumber, warningMarkers, actionOnHit, handlingCode, validUntil, reviewDate, dutyContact);
      return new WantedAlert(
          id,
          version,
          issuingNode,
          issuingAgency,
          AlertState.parse(state),
          fields.category(),
          fields.person(),
          fields.vehicle(),
          fields.document(),
          fields.reason(),
          fields.caseNumber(),
          fields.warningMarkers(),
          fields.actionOnHit(),
          fields.handlingCode(),
          fields.validUntil(),
          fields.reviewDate(),
          fields.dutyContact(),
          targets,
          withdrawal == null ? null : WantedAlert.Withdrawal.parse(withdrawal),
          publishedAt,
          changedAt);
    }
  }
}
