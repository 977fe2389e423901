package cn.deltalink.checkpoint.internal.hits;

import cn.deltalink.alert.AlertChanged;
import cn.deltalink.alert.AlertsOnRecord;
import cn.deltalink.alert.WantedAlert;
import cn.deltalink.checkpoint.internal.matching.AlertIndex;
import cn.deltalink.checkpoint.internal.matching.AlertKey;
import cn.deltalink.checkpoint.internal.matching.AlertKeys;
import cn.deltalink.checkpoint.internal.matching.Candidate;
import cn.deltalink.checkpoint.internal.matching.Read;
import cn.deltalink.identity.PersonName;
import cn.deltalink.identity.ResidentIdNumber;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The matcher's index (布控库) fed from the alerts this node holds: filled from the replica when the
 * node starts, kept current by every {@link AlertChanged} after its commit. Checks never leave the
 * node, so a checkpoint keeps working when the links to other provinces are down.
 */
@Component
public class Watchlist {

  private static final Logger log = LoggerFactory.getLogger(Watchlist.class);

  private final AlertsOnRecord alerts;
  private final AlertIndex index = new AlertIndex();
  private volatile boolean loaded;

  Watchlist(AlertsOnRecord alerts) {
    this.alerts = alerts;
  }

  @EventListener(ApplicationReadyEvent.class)
  @Order(5)
  public void load() {
    long[] count = new long[1];
    alerts.forEachCurrent(
        alert -> {
          if (put(alert)) {
            count[0]++;
          }
        });
    loaded = true;
    log.info("Watchlist: {} alerts, {} keys", count[0], index.keys());
  }

  @TransactionalEventListener(fallbackExecution = true)
  public void changed(AlertChanged changed) {
    WantedAlert alert = changed.alert();
    if (alert.activeOn(LocalDate.now(ResidentIdNumber.CHINA))) {
      put(alert);
    } else {
      index.remove(alert.id());
    }
  }

  public List<Candidate> check(Read read) {
    return index.check(read);
  }

  public boolean loaded() {
    return loaded;
  }

  public int size() {
    return index.alerts();
  }

  private boolean put(WantedAlert alert) {
    if (!alert.activeOn(LocalDate.now(ResidentIdNumber.CHINA))) {
      return false;
    }
    List<AlertKey> keys = keys(alert);
    return !keys.isEmpty() && index.put(new AlertKeys(alert.id(), alert.version(), keys));
  }

  /** What an alert is found by: ID number, name (and aliases) with birth date and sex, plate, card number. */
  public static List<AlertKey> keys(WantedAlert alert) {
    List<AlertKey> keys = new ArrayList<>();
    if (alert.person() != null) {
      var p = alert.person();
      if (p.residentId() != null) {
        keys.add(new AlertKey.ResidentId(p.residentId().value()));
      }
      if (p.birthDate() != null && p.sex() != null) {
        List<PersonName> names = new ArrayList<>(p.aliases());
        if (p.name() != null) {
          names.add(0, p.name());
        }
        for (PersonName name : names) {
          keys.add(new AlertKey.PersonDetails(name, p.birthDate(), p.sex()));
        }
      }
    }
    if (alert.vehicle() != null && alert.vehicle().plate() != null) {
      keys.add(new AlertKey.Plate(alert.vehicle().plate()));
    }
    if (alert.document() != null) {
      keys.add(new AlertKey.Document(alert.document().number().value()));
    }
    return keys;
  }
}
