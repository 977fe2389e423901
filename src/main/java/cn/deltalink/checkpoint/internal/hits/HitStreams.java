package cn.deltalink.checkpoint.internal.hits;

import cn.deltalink.access.Masking;
import cn.deltalink.access.PersonalField;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Server-sent events of hits: each checkpoint's screen gets the hits at that checkpoint, the duty desk
 * the hits on this node's alerts, as soon as a hit is raised or changes (after its commit). What a
 * subscriber may see in full is settled when it subscribes.
 */
@Component
public class HitStreams {

  /** The duty desk's stream: hits on this node's own alerts. */
  public static final String DESK = "desk";

  private record Subscriber(SseEmitter emitter, boolean fullId, boolean fullName) {}

  private final Map<String, List<Subscriber>> subscribers = new ConcurrentHashMap<>();
  private final Hits hits;
  private final HitViews views;
  private final Masking masking;
  private final cn.deltalink.exchange.Exchange exchange;

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

  @TransactionalEventListener(fallbackExecution = true)
  public void updated(HitUpdated updated) {
    hits.find(updated.hitId()).ifPresent(
        hit -> {
          if (hit.checkpointNode().equals(exchange.localNode().value())) {
            send(hit.checkpointCode(), hit);
          }
          if (hit.issuingNode().equals(exchange.localNode().value())) {
            send(DESK, hit);
          }
        });
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
