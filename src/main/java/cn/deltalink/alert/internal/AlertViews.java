package cn.deltalink.alert.internal;

import cn.deltalink.access.Masking;
import cn.deltalink.access.PersonalField;
import cn.deltalink.alert.WantedAlert;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Alerts as the API answers them: the alert's content as it is stored and travels ({@link
 * AlertJson.Content}), with personal data masked as the officer's role and purpose say, and what this
 * node knows around it.
 */
@Component
class AlertViews {

  record FlagView(String node, String reason, String flaggedBy, Instant flaggedAt) {}

  /**
   * An alert in the API: its content's fields, then whose it is, its photo's address when it has one,
   * the flags and, at the issuer, its history.
   */
  record View(
      @JsonUnwrapped AlertJson.Content content,
      boolean own,
      @Nullable String photo,
      @Nullable List<FlagView> flags,
      @Nullable String notActedOnHere,
      @Nullable List<AlertHistory.Step> history) {}

  private final Masking masking;
  private final AlertPhotos photos;
  private final AlertHistory history;

  AlertViews(Masking masking, AlertPhotos photos, AlertHistory history) {
    this.masking = masking;
    this.photos = photos;
    this.history = history;
  }

  /** For lists: identifiers of persons and cards masked, whoever looks. */
  View listed(WantedAlert alert, String self) {
    return new View(shown(alert, ""), alert.issuingNode().equals(self), null, null, null, null);
  }

  View detail(ReadingAlerts.Detail detail, String purpose) {
    WantedAlert alert = detail.alert();
    List<FlagView> flags = detail.flags().stream().map(f -> new FlagView(f.node(), f.reason(), f.flaggedBy(), f.flaggedAt())).toList();
    String photo = photos.has(alert.id()) ? "/api/v1/alerts/" + alert.id() + "/photo" : null;
    return new View(shown(alert, purpose), detail.own(), photo, flags, detail.notActedOnHere().orElse(null), detail.own() ? history.of(alert.id()) : null);
  }

  /** The content with the person's and the card's identifiers as the officer may see them, and "ALL" for every member. */
  private AlertJson.Content shown(WantedAlert alert, String purpose) {
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
    return c.showing(person, document, c.targets().isEmpty() ? List.of("ALL") : c.targets());
  }
}
