package cn.deltalink.exchange.internal.query;

import cn.deltalink.access.AuditOutcome;
import cn.deltalink.platform.UntrustedText;
import cn.deltalink.access.AuditTrail;
import cn.deltalink.exchange.QueryResponder;
import cn.deltalink.exchange.internal.core.Envelope;
import cn.deltalink.exchange.internal.core.EnvelopeJson;
import cn.deltalink.exchange.internal.core.QueryAnswer;
import cn.deltalink.exchange.internal.core.Timestamps;
import cn.deltalink.exchange.internal.directory.NodeIdentity;
import cn.deltalink.exchange.internal.log.MessageLog;
import cn.deltalink.exchange.internal.peer.PeerClient;
import cn.deltalink.identity.Masks;
import cn.deltalink.platform.NodeId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Answers a verified hit/no-hit query with the {@link QueryResponder} of its type: hit or no hit and
 * the owning agency, signed by this node. A type without responder, a payload without identifier, or
 * a responder that fails is answered REFUSED with the reason. Query and answer go to the message log
 * and to the audit trail (who asked, why, what was answered; the identifier masked). Two responders
 * for one type stop the node at start-up, as two message handlers for one type do: which of them
 * answers must never depend on bean order.
 */
@Component
public class QueryAnswering implements SmartInitializingSingleton {

  private static final Logger log = LoggerFactory.getLogger(QueryAnswering.class);

  private final ObjectProvider<QueryResponder> responderBeans;
  private final NodeIdentity identity;
  private final MessageLog messageLog;
  private final TransactionTemplate tx;
  private final AuditTrail audit;
  private volatile Map<String, QueryResponder> responders = Map.of();

  QueryAnswering(ObjectProvider<QueryResponder> responderBeans, NodeIdentity identity, MessageLog messageLog, TransactionTemplate tx, AuditTrail audit) {
    this.responderBeans = responderBeans;
    this.identity = identity;
    this.messageLog = messageLog;
    this.tx = tx;
    this.audit = audit;
  }

  @Override
  public void afterSingletonsInstantiated() {
    responders = byType(responderBeans.orderedStream().toList());
  }

  /** The responders by query type; two for one type are refused. */
  static Map<String, QueryResponder> byType(List<QueryResponder> beans) {
    Map<String, QueryResponder> byType = new HashMap<>();
    for (QueryResponder r : beans) {
      QueryResponder other = byType.putIfAbsent(r.type(), r);
      if (other != null) {
        throw new IllegalStateException("Two responders answer the query type " + r.type() + ": " + other.getClass().getName() + " and " + r.getClass().getName());
      }
    }
    return Map.copyOf(byType);
  }

  public QueryAnswer answer(Envelope query) {
    QueryAnswer answer = decide(query);
    tx.executeWithoutResult(
        s ->
            messageLog.appendAll(
                List.of(
                    new MessageLog.Entry(MessageLog.Kind.QUERY_RECEIVED, query.id(), query.senderNode(), query.type(), query.payloadDigest(), query.signature(), null, query.purpose()),
                    new MessageLog.Entry(MessageLog.Kind.ANSWER_SENT, query.id(), query.senderNode(), query.type(), answer.digest(), answer.signature(), null, answer.outcome().name()))));
    audit.record("exchange.query.answer", "from " + query.senderNode() + "/" + query.senderAgency() + " " + query.type() + " " + identifierOf(query), query.purpose(), outcome(answer));
    return answer;
  }

  private QueryAnswer decide(Envelope query) {
    JsonNode payload = EnvelopeJson.mapper().readTree(query.payload());
    JsonNode identifierType = payload.get("identifierType");
    JsonNode identifier = payload.get("identifier");
    if (identifierType == null || !identifierType.isString() || identifier == null || !identifier.isString() || identifier.stringValue().isBlank()) {
      return refused(query, "the query payload must carry identifierType and identifier as strings");
    }
    QueryResponder responder = responders.get(query.type());
    if (responder == null) {
      return refused(query, "this node answers no queries of the type " + query.type());
    }
    try {
      QueryResponder.HitAnswer hit =
          responder.answer(new QueryResponder.HitQuery(query.type(), identifierType.stringValue(), identifier.stringValue(), query.purpose(), NodeId.of(query.senderNode()), query.senderAgency()));
      return QueryAnswer.signed(
          query.id(), identity.id(), Timestamps.now(), hit.hit() ? QueryAnswer.Outcome.HIT : QueryAnswer.Outcome.NO_HIT, hit.hit() && hit.owningAgency() != null ? hit.owningAgency().value() : null, "", identity.privateKey());
    } catch (RuntimeException e) {
      log.warn("The responder for {} failed on query {} from {}: {}", query.type(), query.id(), query.senderNode(), e.toString());
      return refused(query, "the responder failed: " + PeerClient.describe(e));
    }
  }

  private static String identifierOf(Envelope query) {
    try {
      JsonNode payload = EnvelopeJson.mapper().readTree(query.payload());
      JsonNode type = payload.get("identifierType");
      JsonNode identifier = payload.get("identifier");
      return (type == null ? "?" : UntrustedText.clipped(type.asString(), 32)) + " " + (identifier == null ? "?" : Masks.unchecked(identifier.asString()));
    } catch (RuntimeException e) {
      return "(unreadable payload)";
    }
  }

  private static AuditOutcome outcome(QueryAnswer answer) {
    return switch (answer.outcome()) {
      case HIT -> AuditOutcome.ok("hit, " + answer.owningAgency());
      case NO_HIT -> AuditOutcome.ok("no hit");
      case REFUSED -> AuditOutcome.rejected(answer.reason());
    };
  }

  private QueryAnswer refused(Envelope query, String reason) {
    return QueryAnswer.signed(query.id(), identity.id(), Timestamps.now(), QueryAnswer.Outcome.REFUSED, null, reason, identity.privateKey());
  }
}
