package cn.deltalink.alert.internal;

import cn.deltalink.alert.AlertsOnRecord;
import cn.deltalink.alert.WantedAlert;
import cn.deltalink.exchange.Exchange;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The alerts this node holds, as other modules read them (no audit: these are machine checks, audited where a person sees a hit). */
@Service
class AlertRecords implements AlertsOnRecord {

  private final Alerts alerts;
  private final AlertFlags flags;
  private final Exchange exchange;
  private final AlertPhotos photos;

  AlertRecords(Alerts alerts, AlertFlags flags, Exchange exchange, AlertPhotos photos) {
    this.photos = photos;
    this.alerts = alerts;
    this.flags = flags;
    this.exchange = exchange;
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<WantedAlert> find(UUID id) {
    return alerts.find(id);
  }

  @Override
  @Transactional(readOnly = true)
  public void forEachCurrent(Consumer<WantedAlert> action) {
    alerts.forEachCurrent(action);
  }

  @Override
  @Transactional(readOnly = true)
  public boolean hasPhoto(UUID id) {
    return photos.has(id);
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<String> notActedOnHere(UUID id) {
    return flags.reason(id, exchange.localNode().value());
  }
}
