package cn.deltalink.publicservices.internal.application;

import cn.deltalink.exchange.MessageHandler;
import cn.deltalink.exchange.ReceivedMessage;
import cn.deltalink.region.AgencyCode;
import cn.deltalink.region.Agencies;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Keeps the copies at every node involved: the competent node sends each new version of an
 * application to the intake node and the origin; a copy takes a version only when it is newer than
 * the one held, so late or repeated messages change nothing.
 */
@Component
public class Replicas implements MessageHandler {

  /** Published after a copy changed at this node (the origin of a transfer acts on it). */
  public record ApplicationChanged(Application application) {}

  private final Applications applications;
  private final ApplicationMessages messages;
  private final Routing routing;
  private final Agencies agencies;
  private final ApplicationEventPublisher events;

  Replicas(Applications applications, ApplicationMessages messages, Routing routing, Agencies agencies, ApplicationEventPublisher events) {
    this.applications = applications;
    this.messages = messages;
    this.routing = routing;
    this.agencies = agencies;
    this.events = events;
  }

  @Override
  public String type() {
    return ApplicationMessages.UPDATED;
  }

  @Override
  public void handle(ReceivedMessage message) {
    Application copy = messages.read(message.payloadJson(), Application.class);
    if (!copy.competentNode().equals(message.senderNode().value()) || !copy.nodes().contains(routing.self())) {
      throw new IllegalArgumentException("Application " + copy.trackingNumber() + ": only its competent node sends new versions, and only to the nodes involved");
    }
    if (applications.save(copy)) {
      events.publishEvent(new ApplicationChanged(copy));
    }
  }

  /** Sends the new version to the other nodes involved, inside the caller's transaction. */
  public void publish(Application changed) {
    routing.send(ApplicationMessages.UPDATED, changed.nodes(), changed, department());
    events.publishEvent(new ApplicationChanged(changed));
  }

  AgencyCode department() {
    return AgencyCode.of(agencies.provincialDepartment(routing.provinceOf(routing.self())).code());
  }
}
