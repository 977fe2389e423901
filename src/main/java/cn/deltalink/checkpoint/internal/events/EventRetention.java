package cn.deltalink.checkpoint.internal.events;


import cn.deltalink.checkpoint.internal.CheckpointClock;
import cn.deltalink.checkpoint.internal.CheckpointSettings;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Deletes passing events older than the retention (default 30 days): most events concern people who
 * are not sought, and personal data is kept no longer than needed. Hits keep what they need of their
 * event, so they stay with their alert.
 */
@Component
public class EventRetention {

  private static final Logger log = LoggerFactory.getLogger(EventRetention.class);

  private final Events events;
  private final CheckpointSettings settings;
  private final CheckpointClock clock;

  EventRetention(Events events, CheckpointSettings settings, CheckpointClock clock) {
    this.events = events;
    this.settings = settings;
    this.clock = clock;
  }

  @Scheduled(initialDelayString = "PT1M", fixedDelayString = "PT1H")
  public void purge() {
    int deleted = events.deleteStoredBefore(clock.now().minus(settings.eventRetention()));
    if (deleted > 0) {
      log.info("Deleted {} passing events older than {}", deleted, settings.eventRetention());
    }
  }
}
