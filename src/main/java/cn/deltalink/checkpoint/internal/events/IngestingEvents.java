package cn.deltalink.checkpoint.internal.events;

import cn.deltalink.checkpoint.internal.CheckpointClock;
import cn.deltalink.checkpoint.internal.CheckpointSettings;
import cn.deltalink.checkpoint.internal.hits.Hit;
import cn.deltalink.checkpoint.internal.hits.RaisingHits;
import cn.deltalink.checkpoint.internal.stations.Checkpoint;
import cn.deltalink.checkpoint.internal.stations.Checkpoints;

import static cn.deltalink.checkpoint.internal.CheckpointRefusals.CHECKPOINT;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;

/**
 * Takes a batch of passing events for one checkpoint: each item is read on its own (a bad one is
 * refused with its reason, the good ones are stored), resent items are answered as duplicates, and
 * every new event is checked against the watchlist, in one transaction per batch.
 */
@Service
public class IngestingEvents {

  /** What became of one item of a batch. */
  public record ItemResult(@Nullable String id, String result, @Nullable String reason, List<Hit> hits) {}

  /** The batch's answer: per item, in order, and the hits raised. */
  public record BatchResult(List<ItemResult> items, int accepted, int duplicates, int refused, List<Hit> hits) {}

  private final Checkpoints checkpoints;
  private final Events events;
  private final RaisingHits raising;
  private final CheckpointSettings settings;
  private final CheckpointClock clock;

  IngestingEvents(Checkpoints checkpoints, Events events, RaisingHits raising, CheckpointSettings settings, CheckpointClock clock) {
    this.checkpoints = checkpoints;
    this.events = events;
    this.raising = raising;
    this.settings = settings;
    this.clock = clock;
  }

  public Checkpoint checkpoint(String code) {
    return checkpoints.find(code).orElseThrow(() -> CHECKPOINT.notFound("checkpoint.refused.unknown", code.length() > 20 ? code.substring(0, 20) + "…" : code));
  }

  /** Stores and checks a batch of a checkpoint the caller has found with {@link #checkpoint(String)}. */
  @Transactional
  public BatchResult ingest(Checkpoint checkpoint, List<JsonNode> items, String source) {
    if (items.size() > settings.maxBatch()) {
      throw new BatchTooLarge(items.size(), settings.maxBatch());
    }
    var now = clock.now();
    List<PassingEvent> read = new ArrayList<>();
    List<Object> perItem = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (JsonNode item : items) {
      try {
        PassingEvent event = EventReading.read(checkpoint.code(), item, now);
        if (!seen.add(event.id())) {
          perItem.add(new ItemResult(event.id(), "duplicate", "the id appears earlier in this batch", List.of()));
        } else {
          read.add(event);
          perItem.add(event);
        }
      } catch (IllegalArgumentException e) {
        perItem.add(new ItemResult(idOf(item), "refused", e.getMessage(), List.of()));
      }
    }
    Set<String> stored = events.store(checkpoint.code(), read, source, now);
    Map<String, List<Hit>> raised = raising.check(checkpoint, read.stream().filter(e -> stored.contains(e.id())).toList());
    List<ItemResult> results = new ArrayList<>(perItem.size());
    List<Hit> allHits = new ArrayList<>();
    int accepted = 0;
    int duplicates = 0;
    int refused = 0;
    for (Object o : perItem) {
      if (o instanceof PassingEvent event) {
        if (stored.contains(event.id())) {
          List<Hit> hits = raised.getOrDefault(event.id(), List.of());
          allHits.addAll(hits);
          results.add(new ItemResult(event.id(), "accepted", null, hits));
          accepted++;
        } else {
          results.add(new ItemResult(event.id(), "duplicate", null, List.of()));
          duplicates++;
        }
      } else {
        ItemResult r = (ItemResult) o;
        results.add(r);
        if (r.result().equals("duplicate")) {
          duplicates++;
        } else {
          refused++;
        }
      }
    }
    return new BatchResult(results, accepted, duplicates, refused, allHits);
  }

  private static @Nullable String idOf(@Nullable JsonNode item) {
    if (item == null || !item.isObject() || item.get("id") == null || !item.get("id").isString()) {
      return null;
    }
    String id = item.get("id").asString();
    return id.length() > 64 ? id.substring(0, 64) : id;
  }
}
