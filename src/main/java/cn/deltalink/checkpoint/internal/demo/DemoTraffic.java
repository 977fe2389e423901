package cn.deltalink.checkpoint.internal.demo;

import cn.deltalink.checkpoint.internal.CheckpointClock;
import cn.deltalink.checkpoint.internal.events.IngestingEvents;
import cn.deltalink.checkpoint.internal.stations.Checkpoint;

import static cn.deltalink.checkpoint.internal.CheckpointRefusals.CHECKPOINT;

import cn.deltalink.alert.AlertsOnRecord;
import cn.deltalink.alert.WantedAlert;
import cn.deltalink.platform.NodeSettings;
import jakarta.annotation.PreDestroy;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Demo mode only: replays a stream of passing events at one checkpoint at a chosen rate, a chosen
 * share of them reads of listed persons and plates (some plates with a character a camera confuses),
 * so that a newcomer sees the screen light up and the clock run at the issuing province.
 */
@Component
public class DemoTraffic {

  private static final Logger log = LoggerFactory.getLogger(DemoTraffic.class);
  private static final int TICKS_PER_SECOND = 10;

  private final IngestingEvents ingesting;
  private final AlertsOnRecord alerts;
  private final NodeSettings node;
  private final CheckpointClock clock;
  private final JsonMapper json;
  private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread t = new Thread(r, "demo-traffic");
    t.setDaemon(true);
    return t;
  });
  private volatile ScheduledFuture<?> running;

  DemoTraffic(IngestingEvents ingesting, AlertsOnRecord alerts, NodeSettings node, CheckpointClock clock, JsonMapper json) {
    this.ingesting = ingesting;
    this.alerts = alerts;
    this.node = node;
    this.clock = clock;
    this.json = json;
  }

  /** Starts a replay (replacing a running one): {@code events} in all, {@code perSecond}, {@code hitPercent} of them on listed keys. */
  public synchronized void start(String code, int events, int perSecond, int hitPercent) {
    if (!node.demo()) {
      throw CHECKPOINT.forbidden("checkpoint.refused.demoOnly");
    }
    if (events < 1 || events > 1_000_000 || perSecond < 1 || perSecond > 50_000 || hitPercent < 0 || hitPercent > 100) {
      throw CHECKPOINT.invalid("checkpoint.refused.replayRange");
    }
    Checkpoint checkpoint = ingesting.checkpoint(code);
    List<WantedAlert> listed = new ArrayList<>();
    alerts.forEachCurrent(a -> {
      if (a.activeOn(LocalDate.now()) && (a.vehicle() != null && a.vehicle().plate() != null || a.person() != null && a.person().residentId() != null)) {
        listed.add(a);
      }
    });
    if (running != null) {
      running.cancel(false);
    }
    Random random = new Random();
    AtomicInteger sent = new AtomicInteger();
    int perTick = Math.max(1, perSecond / TICKS_PER_SECOND);
    String run = Long.toString(System.currentTimeMillis(), 36);
    running = timer.scheduleAtFixedRate(() -> {
      try {
        List<JsonNode> batch = new ArrayList<>();
        for (int i = 0; i < perTick && sent.get() < events; i++) {
          batch.add(event(run + "-" + sent.getAndIncrement(), checkpoint, listed, random, hitPercent));
        }
        if (batch.isEmpty()) {
          running.cancel(false);
          log.info("Demo traffic at {}: {} events replayed", checkpoint.code(), events);
          return;
        }
        ingesting.ingest(checkpoint, batch, "http");
      } catch (RuntimeException e) {
        log.warn("Demo traffic at {} failed: {}", checkpoint.code(), e.toString());
      }
    }, 0, 1000 / TICKS_PER_SECOND, TimeUnit.MILLISECONDS);
    log.info("Demo traffic at {}: {} events at {}/s, {}% on listed keys", checkpoint.code(), events, perSecond, hitPercent);
  }

  private JsonNode event(String id, Checkpoint checkpoint, List<WantedAlert> listed, Random random, int hitPercent) {
    ObjectNode e = json.createObjectNode();
    e.put("id", "demo-" + id);
    e.put("at", clock.now().toString());
    e.put("lane", Integer.toString(1 + random.nextInt(checkpoint.lanes())));
    boolean hit = !listed.isEmpty() && random.nextInt(100) < hitPercent;
    WantedAlert alert = hit ? listed.get(random.nextInt(listed.size())) : null;
    if (alert != null && alert.person() != null) {
      e.put("kind", "person");
      e.put("residentId", alert.person().residentId().value());
      if (alert.person().name() != null) {
        e.put("name", alert.person().name().value());
      }
    } else if (alert != null) {
      e.put("kind", "vehicle");
      String plate = alert.vehicle().plate().value();
      // every third listed plate is read with a character a camera confuses
      e.put("plate", random.nextInt(3) == 0 ? plate.replace('0', 'D').replace('8', 'B') : plate);
      e.put("plateConfidence", 0.7 + random.nextDouble() * 0.3);
    } else {
      e.put("kind", "vehicle");
      e.put("plate", "苏" + (char) ('A' + random.nextInt(13)) + String.format("%05d", random.nextInt(100_000)));
      e.put("plateConfidence", 0.8 + random.nextDouble() * 0.2);
    }
    return e;
  }

  @PreDestroy
  public void stop() {
    timer.shutdownNow();
  }
}
