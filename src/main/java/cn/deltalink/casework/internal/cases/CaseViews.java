package cn.deltalink.casework.internal.cases;

import cn.deltalink.access.Masking;
import cn.deltalink.access.PersonalField;
import cn.deltalink.identity.Masks;
import cn.deltalink.region.Agencies;
import cn.deltalink.region.Agency;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * A case as the API and the pages show it to the current officer: personal data (names, resident
 * IDs, phones, card and account numbers) masked unless the officer's role needs it and a purpose was
 * stated ({@link Masking}).
 */
@Component
public class CaseViews {

  public record View(
      UUID id,
      String number,
      String type,
      String typeName,
      String state,
      List<String> nextStates,
      String title,
      String summary,
      String agency,
      String agencyName,
      String leadNode,
      boolean joint,
      List<ParticipantView> participants,
      List<String> officers,
      String contact,
      @Nullable BigDecimal amount,
      Instant openedAt,
      Instant updatedAt,
      List<EntityView> entities,
      List<EntityLink> entityLinks,
      List<TimelineEntry> timeline) {}

  public record Summary(UUID id, String number, String type, String typeName, String state, String title, String agency, String agencyName, String leadNode, boolean joint, Instant updatedAt) {}

  public record ParticipantView(String agency, String name, String node, Instant joinedAt) {}

  public record EntityView(UUID id, String type, @Nullable String key, String label, Map<String, Object> details, String node, String agency, Instant addedAt) {}

  private final Entities entities;
  private final Agencies agencies;
  private final Masking masking;

  CaseViews(Entities entities, Agencies agencies, Masking masking) {
    this.entities = entities;
    this.agencies = agencies;
    this.masking = masking;
  }

  public View of(Case c, String purpose, Locale locale) {
    return new View(
        c.id(), c.number(), c.type().code(), c.type().name(locale), c.state().slug(), c.state().next().stream().map(CaseState::slug).toList(), c.title(), c.summary(), c.agency(),
        agencyName(c.agency(), locale), c.leadNode(), c.joint(),
        c.participants().stream().map(p -> new ParticipantView(p.agency(), agencyName(p.agency(), locale), p.node(), p.joinedAt())).toList(), c.officers(), c.contact(), c.amount(),
        c.openedAt(), c.updatedAt(), entities.of(c.id()).stream().map(e -> entity(e, purpose)).toList(), entities.linksOf(c.id()), entities.timelineOf(c.id()));
  }

  public Summary summary(Case c, Locale locale) {
    return new Summary(c.id(), c.number(), c.type().code(), c.type().name(locale), c.state().slug(), c.title(), c.agency(), agencyName(c.agency(), locale), c.leadNode(), c.joint(), c.updatedAt());
  }

  public String agencyName(String code, Locale locale) {
    return agencies.find(code).map(a -> a.name(locale)).orElse(code);
  }

  public @Nullable Agency agency(String code) {
    return agencies.find(code).orElse(null);
  }

  public EntityView entity(CaseEntity e, String purpose) {
    Map<String, Object> details = new LinkedHashMap<>();
    e.details().forEach((k, v) -> details.put(k, shown(e.type(), k, v, purpose)));
    String label = (String) shown(e.type(), e.type() == EntityType.PERSON ? "name" : "number", e.label(), purpose);
    String key = e.key() == null ? null : (String) shown(e.type(), keyField(e.type()), e.key(), purpose);
    return new EntityView(e.id(), e.type().code(), key, label, details, e.node(), e.agency(), e.addedAt());
  }

  private static String keyField(EntityType type) {
    return switch (type) {
      case PERSON -> "residentId";
      case PAYMENT_ACCOUNT -> "account";
      default -> "number";
    };
  }

  private Object shown(EntityType type, String field, Object value, String purpose) {
    if (value instanceof List<?> list) {
      return list.stream().map(v -> shown(type, field, v, purpose)).toList();
    }
    String text = String.valueOf(value);
    PersonalField personal =
        switch (field) {
          case "residentId" -> PersonalField.RESIDENT_ID;
          case "name" -> type == EntityType.PERSON ? PersonalField.NAME : null;
          case "phones" -> PersonalField.MOBILE;
          case "number" ->
              switch (type) {
                case PHONE -> PersonalField.MOBILE;
                case BANK_CARD, BANK_ACCOUNT -> PersonalField.BANK_CARD;
                default -> null;
              };
          default -> null;
        };
    if (personal != null) {
      return masking.show(personal, text, purpose);
    }
    if (type == EntityType.PAYMENT_ACCOUNT && (field.equals("account") || field.equals("number"))) {
      return masking.mayUnmask(PersonalField.BANK_CARD) && !purpose.isBlank() ? text : Masks.unchecked(text);
    }
    return value;
  }
}
