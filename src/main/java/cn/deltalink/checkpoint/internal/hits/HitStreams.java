package cn.deltalink.checkpoint.internal.hits;

import cn.deltalink.access.Masking;
import cn.deltalink.access.PersonalField;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Server-sent events of hits: each checkpoint's screen gets the hits at that checkpoint, the duty desk
 * the hits on this node's alerts, as soon as a hit is raised or changes (after its commit). What a
 * subscriber may see in full is settled when it subscribes.
 *
 * <p>The push runs on one thread of its own, not on the thread that committed: a batch of events
 * (or a message from another node) is answered without waiting for screens, and a slow screen holds
 * up only other screens. One thread keeps each stream in the order of the commits. The queue is
 * bounded; when it is full the committing thread pushes itself, slower but nothing is dropped.
 */
@Component
public class HitStreams {

  private static final Logger log = LoggerFactory.getLogger(HitStreams.class);

  /** The duty desk's stream: hits on this node's own alerts. */
  public static final String DESK = "desk";

  private record Subscriber(SseEmitter emitter, boolean fullId, boolean fullName) {}

  private final Map<String, List<Subscriber>> subscribers = new ConcurrentHashMap<>();
  private final Hits hits;
  private final HitViews views;
  private final Masking masking;
  private final cn.deltalink.exchange.Exchange exchange;
  private final ThreadPoolExecutor pushing =
      new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(10_000), r -> {
        Thread t = new Thread(r, "hit-push");
        t.setDaemon(true);
        return t;
      }, new ThreadPoolExecutor.CallerRunsPolicy());

  HitStreams(Hits hits, HitViews views, Masking masking, cn.deltalink.exchange.Exchange exchange) {
    this.hits = hits;
    this.views = views;
    this.masking = masking;
    this.exchange = exchange;
  }

  public SseEmitter subscribe(String channel) {
    SseEmitter emitter = new SseEmitter(0L);
    Subscriber subscriber = new Subscriber(emitter, masking.mayUnmask(PersonalField.RESIDENT_ID), masking.mayUnmask(PersonalField.NAME));
    List<Subscriber> list = subscribers.computeIfAbsent(channel, c -> new CopyOnWriteArrayList<>());
    list.add(subscriber);
    Runnable remove = () -> list.remove(subscriber);
    emitter.onCompletion(remove);
    emitter.onTimeout(remove);
    emitter.onError(e -> remove.run());
    try {
      // a first event, so that the client knows the stream is open
      emitter.send(SseEmitter.event().name("open").data(channel));
    } catch (IOException e) {
      remove.run();
    }
    return emitter;
  }

  /** After the commit (or at once outside a transaction) the hit is queued for the push thread. */
  @TransactionalEventListener(fallbackExecution = true)
  public void updated(HitUpdated updated) {
    pushing.execute(() -> push(updated));
  }

  private void push(HitUpdated updated) {
    try {
      hits.find(updated.hitId()).ifPresent(
          hit -> {
            if (hit.checkpointNode().equals(exchange.localNode().value())) {
              send(hit.checkpointCode(), hit);
            }
            if (hit.issuingNode().equals(exchange.localNode().value())) {
              send(DESK, hit);
            }
          });
    } catch (RuntimeException e) {
      // the hit is stored; a screen that missed it shows it on its next load
      log.warn("Hit {} not pushed to the screens: {}", updated.hitId(), e.toString());
    }
  }

  @PreDestroy
  void stop() throws InterruptedException {
    pushing.shutdown();
    pushing.awaitTermination(5, TimeUnit.SECONDS);
  }

  private void send(String channel, Hit hit) {
    List<Subscriber> list = subscribers.get(channel);
    if (list == null) {
      return;
    }
    for (Subscriber s : list) {
      try {
        s.emitter().send(SseEmitter.event().name("hit").id(hit.id().toString()).data(views.of(hit, s.fullId(), s.fullName()), org.springframework.http.MediaType.APPLICATION_JSON));
      } catch (IOException | IllegalStateException e) {
        list.remove(s);
      }
    }
  }
}
