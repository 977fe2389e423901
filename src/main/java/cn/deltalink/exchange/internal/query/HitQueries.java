package cn.deltalink.exchange.internal.query;

import cn.deltalink.access.AuditOutcome;
import cn.deltalink.platform.UntrustedText;
import cn.deltalink.access.AuditTrail;
import cn.deltalink.exchange.Exchange.PeerAnswer;
import cn.deltalink.exchange.Exchange.QueryOutcome;
import cn.deltalink.exchange.HandlingCode;
import cn.deltalink.exchange.internal.core.Envelope;
import cn.deltalink.exchange.internal.core.EnvelopeJson;
import cn.deltalink.exchange.internal.core.MemberDirectory;
import cn.deltalink.exchange.internal.core.QueryAnswer;
import cn.deltalink.exchange.internal.core.Timestamps;
import cn.deltalink.exchange.internal.core.UuidV7;
import cn.deltalink.exchange.internal.directory.NodeIdentity;
import cn.deltalink.exchange.internal.directory.TrustedDirectory;
import cn.deltalink.exchange.internal.log.MessageLog;
import cn.deltalink.exchange.internal.peer.PeerClient;
import cn.deltalink.exchange.internal.peer.PeerStatus;
import cn.deltalink.identity.Masks;
import cn.deltalink.platform.NodeId;
import cn.deltalink.region.AgencyCode;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.security.PublicKey;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.node.ObjectNode;

/**
 * Asks every peer at once whether it holds anything on an identifier (Prüm-style hit/no-hit): one
 * query envelope, signed once and addressed to ALL, posted to each peer in parallel; waits at most
 * the timeout. A peer that cannot be reached, answers too late or answers with a signature that
 * does not verify gets UNREACHABLE, TIMEOUT or REFUSED instead of holding the caller up. Every
 * query is recorded in the audit trail with the asking officer, the stated purpose, the identifier
 * masked and each peer's outcome (the answering node records its side too).
 */
@Component
public class HitQueries {

  private final TrustedDirectory directory;
  private final NodeIdentity identity;
  private final PeerClient client;
  private final PeerStatus status;
  private final MessageLog messageLog;
  private final TransactionTemplate ownTransaction;
  private final AuditTrail audit;

  HitQueries(TrustedDirectory directory, NodeIdentity identity, PeerClient client, PeerStatus status, MessageLog messageLog, PlatformTransactionManager transactions, AuditTrail audit) {
    this.audit = audit;
    this.directory = directory;
    this.identity = identity;
    this.client = client;
    this.status = status;
    this.messageLog = messageLog;
    this.ownTransaction = new TransactionTemplate(transactions);
    this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  public List<PeerAnswer> ask(String type, String identifierType, String identifier, String purpose, String askingAgency, Duration timeout) {
    if (identifier.isBlank() || identifierType.isBlank()) {
      throw new IllegalArgumentException("A query needs an identifier type and an identifier");
    }
    if (purpose.isBlank()) {
      // Prüm: a look-up into another province's records states why; the answering node audits it.
      throw new IllegalArgumentException("A query needs a stated purpose");
    }
    ObjectNode payload = EnvelopeJson.mapper().createObjectNode().put("identifierType", identifierType).put("identifier", identifier);
    Envelope query =
        Envelope.signed(
            UuidV7.next(), type, identity.id(), askingAgency, List.of(Envelope.ALL), Timestamps.now(), null, HandlingCode.H0, purpose, EnvelopeJson.mapper().writeValueAsString(payload), identity.privateKey());
    byte[] body = EnvelopeJson.mapper().writeValueAsString(EnvelopeJson.write(query)).getBytes(StandardCharsets.UTF_8);
    List<MemberDirectory.Member> peers = directory.peers();
    Map<String, CompletableFuture<HttpResponse<byte[]>>> calls = new LinkedHashMap<>();
    for (MemberDirectory.Member peer : peers) {
      calls.put(peer.id(), client.postAsync(peer.endpoint() + "/exchange/v1/queries", body, timeout));
    }
    try {
      CompletableFuture.allOf(calls.values().toArray(CompletableFuture[]::new)).get(timeout.toMillis() + 250, TimeUnit.MILLISECONDS);
    } catch (TimeoutException | ExecutionException e) {
      // each call's own outcome is read below
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    List<PeerAnswer> answers = new ArrayList<>();
    List<MessageLog.Entry> entries = new ArrayList<>();
    entries.add(new MessageLog.Entry(MessageLog.Kind.QUERY_SENT, query.id(), String.join(",", calls.keySet()), type, query.payloadDigest(), query.signature(), null, purpose));
    calls.forEach((peer, call) -> answers.add(outcome(peer, query, call, entries)));
    ownTransaction.executeWithoutResult(s -> messageLog.appendAll(entries));
    audit.record(
        "exchange.query",
        type + " " + UntrustedText.clipped(identifierType, 32) + " " + Masks.unchecked(identifier),
        purpose,
        AuditOutcome.ok(String.join(", ", answers.stream().map(a -> a.node() + " " + a.outcome() + (a.owningAgency() == null ? "" : " " + a.owningAgency())).toList())));
    return answers;
  }

  private PeerAnswer outcome(String peer, Envelope query, CompletableFuture<HttpResponse<byte[]>> call, List<MessageLog.Entry> entries) {
    NodeId node = NodeId.of(peer);
    if (!call.isDone()) {
      call.cancel(true);
      return new PeerAnswer(node, QueryOutcome.TIMEOUT, null);
    }
    HttpResponse<byte[]> response;
    try {
      response = call.join();
    } catch (RuntimeException e) {
      Throwable cause = e.getCause() == null ? e : e.getCause();
      if (cause instanceof HttpTimeoutException) {
        return new PeerAnswer(node, QueryOutcome.TIMEOUT, null);
      }
      status.unreachable(peer, "unreachable: " + PeerClient.describe(cause));
      return new PeerAnswer(node, QueryOutcome.UNREACHABLE, null);
    }
    status.answered(peer);
    Optional<PublicKey> key = directory.key(peer);
    if (response.statusCode() != 200 || key.isEmpty()) {
      return new PeerAnswer(node, QueryOutcome.REFUSED, null);
    }
    try {
      QueryAnswer answer = QueryAnswer.fromJson(EnvelopeJson.mapper().readTree(response.body()));
      if (!answer.queryId().equals(query.id()) || !answer.responder().equals(peer) || !answer.signatureVerifies(key.get())) {
        return new PeerAnswer(node, QueryOutcome.REFUSED, null);
      }
      entries.add(new MessageLog.Entry(MessageLog.Kind.ANSWER_RECEIVED, query.id(), peer, query.type(), answer.digest(), answer.signature(), null, answer.outcome().name()));
      return switch (answer.outcome()) {
        case HIT -> new PeerAnswer(node, QueryOutcome.HIT, answer.owningAgency() == null ? null : AgencyCode.of(answer.owningAgency()));
        case NO_HIT -> new PeerAnswer(node, QueryOutcome.NO_HIT, null);
        case REFUSED -> new PeerAnswer(node, QueryOutcome.REFUSED, null);
      };
    } catch (RuntimeException e) {
      return new PeerAnswer(node, QueryOutcome.REFUSED, null);
    }
  }
}
