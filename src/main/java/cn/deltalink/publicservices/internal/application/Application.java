package cn.deltalink.publicservices.internal.application;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A cross-province application (跨省通办申请): taken at the intake window of one node, decided at the
 * competent node, and for a hukou transfer moved out at the origin. Every node involved keeps a copy
 * under the one tracking number; the competent node owns the state and sends each new version to
 * the others. The changes allowed from each state are the methods below; a change that is not
 * allowed is an {@link IllegalStateException} (a conflict for the caller).
 *
 * @param originNode for a transfer, the node of the province the person moves out of (迁出地)
 * @param version raised by each change at the owner; a copy takes only a newer version
 * @param changedAt when the state last changed: how long the application has waited on its current step
 * @param dueAt the deadline in working days from the competent node's receipt; none before it
 * @param pausedAt while more material is awaited, since when (the clock stands still)
 * @param registeredElsewhere the nodes that answered "registered here" at intake (M11)
 */
public record Application(
    TrackingNumber trackingNumber,
    String item,
    @Nullable String subtype,
    Applicant applicant,
    String intakeNode,
    String intakeAgency,
    String intakeOfficer,
    String competentNode,
    @Nullable String originNode,
    ApplicationState state,
    long version,
    Instant submittedAt,
    Instant changedAt,
    int timeLimitWorkingDays,
    @Nullable Instant receivedAt,
    @Nullable Instant dueAt,
    @Nullable Instant remindAt,
    @Nullable Instant pausedAt,
    @Nullable Instant remindedAt,
    @Nullable Instant escalatedAt,
    @Nullable Instant decidedAt,
    @Nullable String decidedBy,
    @Nullable String reason,
    String consentText,
    Map<String, String> details,
    List<Leg> legs,
    List<String> registeredElsewhere,
    @Nullable String certificateCode) {

  public Application {
    details = Map.copyOf(details);
    legs = List.copyOf(legs);
    registeredElsewhere = List.copyOf(registeredElsewhere);
    if (originNode != null && originNode.equals(competentNode)) {
      throw new IllegalArgumentException("a transfer moves between two provinces: the origin is not the destination");
    }
    if ((receivedAt == null) != (dueAt == null)) {
      throw new IllegalArgumentException("the deadline exists exactly when the competent node has received the application");
    }
    if (state != ApplicationState.SENT && receivedAt == null) {
      throw new IllegalArgumentException("an application past " + ApplicationState.SENT.slug() + " has been received");
    }
  }

  /** A new application as the window takes it: sent, no clock yet, its legs pending. */
  public static Application taken(
      TrackingNumber tn, String item, @Nullable String subtype, Applicant applicant, String intakeNode, String intakeAgency, String intakeOfficer, String competentNode,
      @Nullable String originNode, int timeLimit, Instant at, String consentText, Map<String, String> details, List<String> registeredElsewhere) {
    List<Leg> legs = new ArrayList<>();
    legs.add(Leg.pending(Leg.Kind.REVIEW, competentNode));
    if (originNode != null) {
      legs.add(Leg.pending(Leg.Kind.MOVE_OUT, originNode));
      legs.add(Leg.pending(Leg.Kind.REGISTRATION, competentNode));
    }
    return new Application(tn, item, subtype, applicant, intakeNode, intakeAgency, intakeOfficer, competentNode, originNode, ApplicationState.SENT, 0, at, at, timeLimit, null, null,
        null, null, null, null, null, null, null, consentText, details, legs, registeredElsewhere, null);
  }

  public boolean transfer() {
    return originNode != null;
  }

  /** The nodes that keep a copy: intake, competent and (for a transfer) origin. */
  public List<String> nodes() {
    List<String> nodes = new ArrayList<>(List.of(competentNode));
    if (!nodes.contains(intakeNode)) {
      nodes.add(intakeNode);
    }
    if (originNode != null && !nodes.contains(originNode)) {
      nodes.add(originNode);
    }
    return nodes;
  }

  /** The competent node received it: the clock starts now. */
  public Application received(Instant at, Instant due, Instant remind) {
    require(ApplicationState.SENT, "receive");
    return next(ApplicationState.UNDER_REVIEW, at, at, due, remind, null, null, decidedAt, decidedBy, reason, legs);
  }

  public Application approved(Instant at, String officer, String signature) {
    require(ApplicationState.UNDER_REVIEW, "approve");
    List<Leg> done = finish(Leg.Kind.REVIEW, Leg.Status.DONE, at, officer, signature);
    return next(transfer() ? ApplicationState.MOVE_OUT_PENDING : ApplicationState.APPROVED, at, receivedAt, dueAt, remindAt, null, null, at, officer, null, done);
  }

  /** More material asked for: back to the intake window, the clock paused. */
  public Application moreMaterialAsked(String why, Instant at, String officer) {
    require(ApplicationState.UNDER_REVIEW, "ask for more material on");
    return next(ApplicationState.MORE_MATERIAL, at, receivedAt, dueAt, remindAt, at, null, at, officer, why, legs);
  }

  /** The window supplied the material: the clock runs again, the deadline pushed back by the paused working days. */
  public Application materialSupplied(Instant at, Instant due, Instant remind) {
    require(ApplicationState.MORE_MATERIAL, "supply material to");
    return next(ApplicationState.UNDER_REVIEW, at, receivedAt, due, remind, null, null, decidedAt, decidedBy, reason, legs);
  }

  public Application refused(String why, Instant at, String officer, String signature) {
    if (state != ApplicationState.UNDER_REVIEW && state != ApplicationState.MORE_MATERIAL) {
      throw new IllegalStateException("Application " + trackingNumber + " is " + state.slug() + ": only one under review can be refused");
    }
    List<Leg> done = finish(Leg.Kind.REVIEW, Leg.Status.REFUSED, at, officer, signature);
    return next(ApplicationState.REFUSED, at, receivedAt, dueAt, remindAt, null, null, at, officer, why, done);
  }

  /** The origin moved the person out of its register (迁出). */
  public Application movedOut(Instant at, String officer, String signature) {
    require(ApplicationState.MOVE_OUT_PENDING, "record the move-out of");
    return next(state, changedAt, receivedAt, dueAt, remindAt, null, null, decidedAt, decidedBy, reason, finish(Leg.Kind.MOVE_OUT, Leg.Status.DONE, at, officer, signature));
  }

  /** The origin could not move the person out (not registered there now): the transfer ends refused, with the origin's reason. */
  public Application moveOutRefused(String why, Instant at, String officer, String signature) {
    require(ApplicationState.MOVE_OUT_PENDING, "record the failed move-out of");
    return next(ApplicationState.REFUSED, at, receivedAt, dueAt, remindAt, null, null, at, officer, why, finish(Leg.Kind.MOVE_OUT, Leg.Status.REFUSED, at, officer, signature));
  }

  /** The destination registered the person (落户) after the move-out: the transfer is done. */
  public Application registered(Instant at, String officer, String signature) {
    require(ApplicationState.MOVE_OUT_PENDING, "register");
    if (leg(Leg.Kind.MOVE_OUT).pending()) {
      throw new IllegalStateException("Application " + trackingNumber + ": the origin has not moved the person out yet");
    }
    return next(ApplicationState.APPROVED, at, receivedAt, dueAt, remindAt, null, null, decidedAt, decidedBy, reason, finish(Leg.Kind.REGISTRATION, Leg.Status.DONE, at, officer, signature));
  }

  public Application reminded(Instant at) {
    return new Application(trackingNumber, item, subtype, applicant, intakeNode, intakeAgency, intakeOfficer, competentNode, originNode, state, version + 1, submittedAt, changedAt,
        timeLimitWorkingDays, receivedAt, dueAt, remindAt, pausedAt, at, escalatedAt, decidedAt, decidedBy, reason, consentText, details, legs, registeredElsewhere, certificateCode);
  }

  /** The deadline passed with the application still open: the supervisor is told. */
  public Application escalated(Instant at) {
    return new Application(trackingNumber, item, subtype, applicant, intakeNode, intakeAgency, intakeOfficer, competentNode, originNode, state, version + 1, submittedAt, changedAt,
        timeLimitWorkingDays, receivedAt, dueAt, remindAt, pausedAt, remindedAt, at, decidedAt, decidedBy, reason, consentText, details, legs, registeredElsewhere, certificateCode);
  }

  public Application withCertificate(String code) {
    return new Application(trackingNumber, item, subtype, applicant, intakeNode, intakeAgency, intakeOfficer, competentNode, originNode, state, version + 1, submittedAt, changedAt,
        timeLimitWorkingDays, receivedAt, dueAt, remindAt, pausedAt, remindedAt, escalatedAt, decidedAt, decidedBy, reason, consentText, details, legs, registeredElsewhere, code);
  }

  public Leg leg(Leg.Kind kind) {
    return legs.stream().filter(l -> l.kind() == kind).findFirst().orElseThrow(() -> new IllegalStateException("Application " + trackingNumber + " has no " + kind.slug() + " leg"));
  }

  /** Whose step it is: the node the application waits on now, or null when it is closed. */
  public @Nullable String waitingOn() {
    return switch (state) {
      case SENT, UNDER_REVIEW -> competentNode;
      case MORE_MATERIAL -> intakeNode;
      case MOVE_OUT_PENDING -> leg(Leg.Kind.MOVE_OUT).pending() ? originNode : competentNode;
      case APPROVED, REFUSED -> null;
    };
  }

  /** The deadline passed while the application was open and its clock running. */
  public boolean overdue(Instant now) {
    return !state.closed() && pausedAt == null && dueAt != null && !now.isBefore(dueAt);
  }

  private void require(ApplicationState expected, String what) {
    if (state != expected) {
      throw new IllegalStateException("Cannot " + what + " application " + trackingNumber + ": it is " + state.slug() + ", not " + expected.slug());
    }
  }

  private List<Leg> finish(Leg.Kind kind, Leg.Status outcome, Instant at, String officer, String signature) {
    List<Leg> changed = new ArrayList<>();
    for (Leg l : legs) {
      changed.add(l.kind() == kind ? l.finished(outcome, at, officer, signature) : l);
    }
    return changed;
  }

  private Application next(
      ApplicationState to, Instant changed, @Nullable Instant received, @Nullable Instant due, @Nullable Instant remind, @Nullable Instant paused, @Nullable Instant remindedAgain,
      @Nullable Instant decided, @Nullable String by, @Nullable String why, List<Leg> newLegs) {
    boolean newDeadline = due != null && !due.equals(dueAt);
    return new Application(trackingNumber, item, subtype, applicant, intakeNode, intakeAgency, intakeOfficer, competentNode, originNode, to, version + 1, submittedAt, changed,
        timeLimitWorkingDays, received, due, remind, paused, newDeadline ? remindedAgain : remindedAt, newDeadline ? null : escalatedAt, decided, by, why, consentText, details, newLegs,
        registeredElsewhere, certificateCode);
  }
}
