package cn.deltalink.checkpoint.internal.hits;

import cn.deltalink.checkpoint.internal.CheckpointClock;
import cn.deltalink.checkpoint.internal.CheckpointSettings;

import cn.deltalink.region.AgencyCode;
import cn.deltalink.alert.AlertsOnRecord;
import cn.deltalink.alert.WantedAlert;
import cn.deltalink.exchange.Exchange;
import cn.deltalink.exchange.HandlingCode;
import cn.deltalink.exchange.MessageHandler;
import cn.deltalink.exchange.OutgoingMessage;
import cn.deltalink.exchange.ReceivedMessage;
import cn.deltalink.exchange.Recipients;
import cn.deltalink.platform.NodeSettings;
import cn.deltalink.region.Agencies;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * At the issuer's node: a hit on one of its alerts arrives from a checkpoint's node. The clock starts
 * now, here (if the hit waited in an outbox while this node was down, it starts when it arrives), and
 * the deadline goes back so that both sides show the same clock.
 */
@Component
public class ReceivingHits implements MessageHandler {

  private final Hits hits;
  private final AlertsOnRecord alerts;
  private final Exchange exchange;
  private final HitMessages messages;
  private final CheckpointSettings settings;
  private final CheckpointClock clock;
  private final ApplicationEventPublisher events;
  private final Agencies agencies;
  private final NodeSettings node;

  ReceivingHits(Hits hits, AlertsOnRecord alerts, Exchange exchange, HitMessages messages, CheckpointSettings settings, CheckpointClock clock, ApplicationEventPublisher events,
      Agencies agencies, NodeSettings node) {
    this.hits = hits;
    this.alerts = alerts;
    this.exchange = exchange;
    this.messages = messages;
    this.settings = settings;
    this.clock = clock;
    this.events = events;
    this.agencies = agencies;
    this.node = node;
  }

  @Override
  public String type() {
    return HitMessages.HIT;
  }

  @Override
  public void handle(ReceivedMessage message) {
    Hit sent = messages.read(message.payloadJson(), Hit.class);
    if (!sent.checkpointNode().equals(message.senderNode().value()) || !sent.issuingNode().equals(exchange.localNode().value())) {
      throw new IllegalArgumentException("Hit " + sent.id() + " names another checkpoint node or issuer than its envelope");
    }
    WantedAlert alert = alerts.find(sent.alertId()).filter(a -> a.issuingNode().equals(exchange.localNode().value()))
        .orElseThrow(() -> new IllegalArgumentException("Hit " + sent.id() + " is on alert " + sent.alertId() + ", which this node did not issue"));
    Hit arrived =
        new Hit(sent.id(), alert.id(), sent.alertVersion(), sent.issuingNode(), sent.checkpointNode(), sent.checkpointCode(), sent.checkpointName(), sent.eventId(), sent.eventKind(),
                sent.eventAt(), sent.lane(), sent.readResidentId(), sent.readName(), sent.readPlate(), sent.match(), sent.score(), sent.matchedOn(), sent.reason(), sent.category(),
                sent.actionOnHit(), sent.warningMarkers(), sent.handlingCode(), sent.notActedOnHere(), sent.detectedAt(), null, null, null, null, null, HitState.AWAITING_CONFIRMATION,
                null, null, null, null, null)
            .received(clock.now(), settings.confirmWithin(alert.category().slug()));
    if (!hits.add(arrived)) {
      return;
    }
    exchange.send(
        new OutgoingMessage(HitMessages.RECEIVED, Recipients.of(message.senderNode()), HandlingCode.valueOf(arrived.handlingCode()), HitMessages.PURPOSE,
            AgencyCode.of(agencies.provincialDepartment(node.province()).code()),
            messages.write(new HitMessages.Received(arrived.id(), arrived.receivedAt(), arrived.confirmBy(), arrived.remindAt())), message.id()));
    events.publishEvent(new HitUpdated(arrived.id()));
  }
}
