package cn.deltalink.alert.internal;

import cn.deltalink.identity.AddressCodes;

import cn.deltalink.alert.AlertChanged;
import cn.deltalink.alert.WantedAlert;
import cn.deltalink.register.RegisterEntry;
import cn.deltalink.register.RegisterReplica;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.Map;
import java.util.HashMap;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Keeps this node's replica of other nodes' alerts: each newer version the shared register hands
 * over is checked against the alert rules (a version that breaks them refuses the message) and
 * stored; listeners learn of it after the commit.
 */
@Component
class ReplicatingAlerts implements RegisterReplica {

  private final Alerts alerts;
  private final JsonMapper json;
  private final ApplicationEventPublisher events;
  private final AddressCodes codes;

  ReplicatingAlerts(Alerts alerts, JsonMapper json, ApplicationEventPublisher events, AddressCodes codes) {
    this.codes = codes;
    this.alerts = alerts;
    this.json = json;
    this.events = events;
  }

  @Override
  public String register() {
    return PublishingAlerts.REGISTER;
  }

  @Override
  public void apply(List<RegisterEntry> newer) {
    List<WantedAlert> versions = new ArrayList<>(newer.size());
    for (RegisterEntry entry : newer) {
      WantedAlert alert;
      try {
        alert = json.readValue(entry.payloadJson(), AlertJson.Content.class).alert(codes);
      } catch (JacksonException e) {
        throw new IllegalArgumentException("Alert " + entry.id() + " is not an alert's content: " + e.getOriginalMessage(), e);
      }
      if (!alert.id().equals(entry.id()) || alert.version() != entry.version() || !alert.issuingNode().equals(entry.ownerNode())) {
        throw new IllegalArgumentException("Alert " + entry.id() + ": its content names another id, version or issuer than its register entry");
      }
      versions.add(alert);
    }
    Map<UUID, String> contents = new HashMap<>();
    newer.forEach(e -> contents.put(e.id(), e.payloadJson()));
    alerts.store(versions, null, a -> contents.get(a.id()));
    versions.forEach(a -> events.publishEvent(new AlertChanged(a)));
  }
}
