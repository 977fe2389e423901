package cn.deltalink.fraud.internal.warning;

import cn.deltalink.exchange.Exchange;
import cn.deltalink.exchange.Exchange.DeliveryState;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;

/** Assembles the warnings with their interventions and, for sent ones, the exchange's delivery state. */
@Service
public class ReadingWarnings {

  private final WarningRows rows;
  private final Exchange exchange;

  ReadingWarnings(WarningRows rows, Exchange exchange) {
    this.rows = rows;
    this.exchange = exchange;
  }

  public List<ReceivedWarning> received(int limit) {
    List<WarningRows.Row> list = rows.list(WarningRows.Side.RECEIVED, limit);
    Map<UUID, List<Intervention>> done = rows.interventions(list.stream().map(r -> r.warning().id()).toList());
    return list.stream().map(r -> received(r, done)).toList();
  }

  public List<SentWarning> sent(int limit) {
    List<WarningRows.Row> list = rows.list(WarningRows.Side.SENT, limit);
    Map<UUID, List<Intervention>> done = rows.interventions(list.stream().map(r -> r.warning().id()).toList());
    Map<UUID, List<Exchange.Delivery>> deliveries = exchange.deliveries(list.stream().map(WarningRows.Row::messageId).filter(Objects::nonNull).toList());
    return list.stream().map(r -> new SentWarning(r.warning(), delivery(r, deliveries), done.getOrDefault(r.warning().id(), List.of()))).toList();
  }

  public Optional<ReceivedWarning> findReceived(UUID id) {
    return rows.find(id, WarningRows.Side.RECEIVED).map(r -> received(r, rows.interventions(List.of(id))));
  }

  public Optional<SentWarning> findSent(UUID id) {
    return rows.find(id, WarningRows.Side.SENT).map(r -> {
      Map<UUID, List<Exchange.Delivery>> deliveries = r.messageId() == null ? Map.of() : exchange.deliveries(List.of(r.messageId()));
      return new SentWarning(r.warning(), delivery(r, deliveries), rows.interventions(List.of(id)).getOrDefault(id, List.of()));
    });
  }

  private static ReceivedWarning received(WarningRows.Row r, Map<UUID, List<Intervention>> done) {
    return new ReceivedWarning(r.warning(), Objects.requireNonNull(r.receivedAt()), done.getOrDefault(r.warning().id(), List.of()));
  }

  /** A warning to this node's own province needs no message: it is delivered when it is stored. */
  private static DeliveryState delivery(WarningRows.Row r, Map<UUID, List<Exchange.Delivery>> deliveries) {
    if (r.messageId() == null) {
      return DeliveryState.DELIVERED;
    }
    return deliveries.getOrDefault(r.messageId(), List.of()).stream().findFirst().map(Exchange.Delivery::state).orElse(DeliveryState.QUEUED);
  }
}
