package cn.deltalink.alert.internal;

import static cn.deltalink.alert.internal.Refused.ALERT;

import cn.deltalink.access.AuditOutcome;

import cn.deltalink.access.AuditTrail;
import cn.deltalink.alert.WantedAlert;
import cn.deltalink.exchange.Exchange;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What officers see of alerts: lists (identifiers masked) and one alert with its flags. Opening an
 * alert shows its personal data as the officer's role allows and is audited with the stated purpose.
 */
@Service
class ReadingAlerts {

  /** The purpose recorded when an officer opens an alert without stating one. */
  static final String DEFAULT_PURPOSE = "布控核查";

  /** One alert with every node's "not acted on here" flag held here and this node's own. */
  record Detail(WantedAlert alert, List<AlertFlags.Flag> flags, Optional<String> notActedOnHere, boolean own) {}

  private final Alerts alerts;
  private final AlertFlags flags;
  private final Exchange exchange;
  private final AuditTrail audit;

  ReadingAlerts(Alerts alerts, AlertFlags flags, Exchange exchange, AuditTrail audit) {
    this.alerts = alerts;
    this.flags = flags;
    this.exchange = exchange;
    this.audit = audit;
  }

  @Transactional
  List<WantedAlert> list(Alerts.Filter filter, String purpose) {
    List<WantedAlert> found = alerts.list(filter, exchange.localNode().value());
    audit.record("alert.list", found.size() + " alerts", purpose, AuditOutcome.ok());
    return found;
  }

  @Transactional
  Detail open(UUID id, String purpose) {
    WantedAlert alert = alerts.find(id).filter(a -> a.state() != cn.deltalink.alert.AlertState.DRAFT || a.issuingNode().equals(exchange.localNode().value()))
        .orElseThrow(() -> ALERT.notFound("alert.refused.notHere", id));
    audit.record("alert.read", id + " v" + alert.version(), purpose, AuditOutcome.ok());
    return new Detail(alert, flags.of(id), flags.reason(id, exchange.localNode().value()), alert.issuingNode().equals(exchange.localNode().value()));
  }

  String localNode() {
    return exchange.localNode().value();
  }
}
