package cn.deltalink.alert.internal;

import cn.deltalink.alert.ArrestReported;
import cn.deltalink.alert.WantedAlert;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * After an arrest the alert has done its work (SIS: the issuer deletes it once the action is taken).
 * When the region lets the node do so, the issuing node withdraws it at once, in the transaction that
 * takes the checkpoint's report, so that no other checkpoint acts on it again; otherwise the duty
 * desk is asked to, on the hit (ADR 026).
 */
@Component
class WithdrawingAfterArrest {

  private static final Logger log = LoggerFactory.getLogger(WithdrawingAfterArrest.class);

  private final PublishingAlerts publishing;
  private final AlertSettings settings;

  WithdrawingAfterArrest(PublishingAlerts publishing, AlertSettings settings) {
    this.publishing = publishing;
    this.settings = settings;
  }

  @EventListener
  void arrested(ArrestReported arrest) {
    if (!settings.withdrawOnArrest()) {
      return;
    }
    String note = "hit " + arrest.hitId() + " at " + arrest.checkpoint() + ": arrested, reported by " + arrest.reportedBy();
    publishing.withdrawAsNode(arrest.alertId(), WantedAlert.Withdrawal.ARRESTED, "node (automatic after arrest)", note)
        .ifPresent(w -> log.info("Alert {} withdrawn after an arrest at {}", w.id(), arrest.checkpoint()));
  }
}
