package cn.deltalink.alert;

import cn.deltalink.exchange.HandlingCode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A wanted alert (布控预警), one version of it: who or what is sought, why, what to do on a hit, and
 * until when. The issuing node owns it; every change is a new version that travels to every
 * addressed node. Draft alerts are version 0 and never leave the issuing node.
 *
 * @param targets the node ids the alert is addressed to; empty for every member of the region
 * @param withdrawal why it was withdrawn (arrested, found, expired, cancelled), only when withdrawn
 * @param publishedAt when version 1 went out; null for a draft
 */
public record WantedAlert(
    UUID id,
    long version,
    String issuingNode,
    String issuingAgency,
    AlertState state,
    AlertCategory category,
    @Nullable PersonIdentifiers person,
    @Nullable VehicleIdentifiers vehicle,
    @Nullable DocumentIdentifiers document,
    String reason,
    @Nullable String caseNumber,
    Set<WarningMarker> warningMarkers,
    ActionOnHit actionOnHit,
    HandlingCode handlingCode,
    LocalDate validUntil,
    @Nullable LocalDate reviewDate,
    @Nullable String dutyContact,
    List<String> targets,
    @Nullable Withdrawal withdrawal,
    @Nullable Instant publishedAt,
    Instant changedAt) {

  public static final int MAX_REASON = 1000;

  /** Why an alert ended. */
  public enum Withdrawal {
    ARRESTED,
    FOUND,
    RECOVERED,
    EXPIRED,
    CANCELLED;

    public String slug() {
      return Slugs.of(this);
    }

    public static Withdrawal parse(String text) {
      for (Withdrawal w : values()) {
        if (w.slug().equals(Slugs.fold(text))) {
          return w;
        }
      }
      throw new IllegalArgumentException("reason is arrested, found, recovered, expired or cancelled, not '" + text + "'");
    }
  }

  public WantedAlert {
    EnumSet<WarningMarker> markers = EnumSet.noneOf(WarningMarker.class);
    markers.addAll(warningMarkers);
    warningMarkers = java.util.Collections.unmodifiableSet(markers);
    targets = List.copyOf(targets);
    AlertKind kind = category.kind();
    if ((person != null) != (kind == AlertKind.PERSON) || (vehicle != null) != (kind == AlertKind.VEHICLE) || (document != null) != (kind == AlertKind.DOCUMENT)) {
      throw new IllegalArgumentException("a " + kind.slug() + " alert carries the " + kind.slug() + "'s identifiers and no others");
    }
    if (!actionOnHit.fits(kind)) {
      throw new IllegalArgumentException("actionOnHit " + actionOnHit.slug() + " cannot be taken on a " + kind.slug() + " alert");
    }
    if (reason == null || reason.isBlank() || reason.codePointCount(0, reason.length()) > MAX_REASON) {
      throw new IllegalArgumentException("reason is required, at most " + MAX_REASON + " characters");
    }
    if (reviewDate != null && reviewDate.isAfter(validUntil)) {
      throw new IllegalArgumentException("reviewDate " + reviewDate + " is after validUntil " + validUntil);
    }
    if ((state == AlertState.DRAFT) != (version == 0) || (state == AlertState.DRAFT) != (publishedAt == null)) {
      throw new IllegalArgumentException("a draft is version 0 and unpublished; a published alert is version 1 or later");
    }
    if ((state == AlertState.WITHDRAWN) != (withdrawal != null)) {
      throw new IllegalArgumentException("a withdrawn alert, and only one, says why it was withdrawn");
    }
    if (state == AlertState.PUBLISHED && version != 1 || state == AlertState.AMENDED && version < 2) {
      throw new IllegalArgumentException("version 1 is the published alert; later versions are amendments");
    }
  }

  public AlertKind kind() {
    return category.kind();
  }

  /** Whether a check on this day can hit it: published or amended, and still valid. */
  public boolean activeOn(LocalDate day) {
    return (state == AlertState.PUBLISHED || state == AlertState.AMENDED) && !validUntil.isBefore(day);
  }

  public boolean toEveryone() {
    return targets.isEmpty();
  }

  /** Version 1, sent now. */
  public WantedAlert published(Instant at) {
    if (state != AlertState.DRAFT) {
      throw new IllegalStateException("only a draft is published; this alert is " + state.slug());
    }
    return new WantedAlert(id, 1, issuingNode, issuingAgency, AlertState.PUBLISHED, category, person, vehicle, document, reason, caseNumber, warningMarkers, actionOnHit, handlingCode, validUntil,
        reviewDate, dutyContact, targets, null, at, at);
  }

  /** The next version with the changed content (the same id, issuer, category and targets). */
  public WantedAlert amendedTo(WantedAlert changed, Instant at) {
    if (state == AlertState.WITHDRAWN) {
      throw new IllegalStateException("a withdrawn alert is not amended");
    }
    if (changed.category != category) {
      throw new IllegalArgumentException("an amendment keeps the alert's kind and category; withdraw it and publish a new one instead");
    }
    boolean draft = state == AlertState.DRAFT;
    return new WantedAlert(id, draft ? 0 : version + 1, issuingNode, issuingAgency, draft ? AlertState.DRAFT : AlertState.AMENDED, category, changed.person, changed.vehicle, changed.document,
        changed.reason, changed.caseNumber, changed.warningMarkers, changed.actionOnHit, changed.handlingCode, changed.validUntil, changed.reviewDate, changed.dutyContact, targets, null,
        publishedAt, at);
  }

  /** The next version, withdrawn for the reason. */
  public WantedAlert withdrawn(Withdrawal why, Instant at) {
    if (state == AlertState.WITHDRAWN) {
      throw new IllegalStateException("the alert is withdrawn already");
    }
    if (state == AlertState.DRAFT) {
      throw new IllegalStateException("a draft is deleted, not withdrawn");
    }
    return new WantedAlert(id, version + 1, issuingNode, issuingAgency, AlertState.WITHDRAWN, category, person, vehicle, document, reason, caseNumber, warningMarkers, actionOnHit, handlingCode,
        validUntil, reviewDate, dutyContact, targets, why, publishedAt, at);
  }
}
