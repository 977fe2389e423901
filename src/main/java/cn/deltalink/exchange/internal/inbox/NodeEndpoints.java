package cn.deltalink.exchange.internal.inbox;

import cn.deltalink.exchange.internal.ExchangeSettings;
import cn.deltalink.exchange.internal.core.Envelope;
import cn.deltalink.exchange.internal.core.EnvelopeCheck;
import cn.deltalink.exchange.internal.core.EnvelopeJson;
import cn.deltalink.exchange.internal.core.EnvelopeRefused;
import cn.deltalink.exchange.internal.core.Receipt;
import cn.deltalink.exchange.internal.core.Refusal;
import cn.deltalink.exchange.internal.core.Timestamps;
import cn.deltalink.exchange.internal.directory.NodeIdentity;
import cn.deltalink.exchange.internal.directory.TrustedDirectory;
import cn.deltalink.exchange.internal.log.MessageLog;
import cn.deltalink.exchange.internal.query.QueryAnswering;
import cn.deltalink.platform.UntrustedText;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The node-to-node endpoints of protocol version 1 (docs/protocol.md): envelopes in, signed
 * receipts out; hit/no-hit queries; ping. Open to the network at the HTTP layer because every
 * envelope is checked against the sender's key in the member directory before anything is stored.
 */
@RestController
@RequestMapping("/exchange/v1")
class NodeEndpoints {

  private static final Logger log = LoggerFactory.getLogger(NodeEndpoints.class);

  private final ExchangeSettings settings;
  private final TrustedDirectory directory;
  private final NodeIdentity identity;
  private final Inbox inbox;
  private final QueryAnswering answering;
  private final MessageLog messageLog;
  private final UnverifiedSenders unverified;

  NodeEndpoints(
      ExchangeSettings settings, TrustedDirectory directory, NodeIdentity identity, Inbox inbox, QueryAnswering answering, MessageLog messageLog, UnverifiedSenders unverified) {
    this.settings = settings;
    this.directory = directory;
    this.identity = identity;
    this.inbox = inbox;
    this.answering = answering;
    this.messageLog = messageLog;
    this.unverified = unverified;
  }

  @GetMapping(value = "/ping", produces = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<byte[]> ping() {
    ObjectNode node = EnvelopeJson.mapper().createObjectNode();
    node.put("node", identity.id());
    node.put("protocol", Envelope.VERSION);
    node.put("directoryVersion", directory.directory().version());
    node.put("time", Timestamps.format(Timestamps.now()));
    return json(200, node);
  }

  @PostMapping("/messages")
  ResponseEntity<byte[]> messages(HttpServletRequest request) {
    Optional<JsonNode> root = body(request, settings.maxBatchBytes());
    if (root.isEmpty()) {
      return refusedRequest(request);
    }
    List<JsonNode> envelopes = envelopesOf(root.get());
    if (envelopes.isEmpty()) {
      return problem(400, "Send {\"envelopes\": [...]} with at least one envelope, or a single envelope object.", null, null);
    }
    if (envelopes.size() > settings.maxBatchEnvelopes()) {
      return problem(413, "A request carries at most " + settings.maxBatchEnvelopes() + " envelopes; this one has " + envelopes.size() + ".", null, null);
    }
    EnvelopeCheck check = check();
    Instant now = Instant.now();
    List<Inbox.Slot> slots = envelopes.parallelStream().map(node -> slot(node, check, now)).toList();
    if (slots.stream().allMatch(NodeEndpoints::senderUnproven)) {
      return refusedFromStranger(request, slots);
    }
    Receipt receipt = inbox.accept(slots);
    Optional<Receipt.Item> taken = receipt.items().stream().filter(i -> i.status() != Receipt.Status.REFUSED).findAny();
    if (taken.isPresent()) {
      return json(200, receipt.toJson());
    }
    Inbox.Slot first = slots.get(0);
    int status = first.refusal() == null ? 400 : first.refusal().reason().httpStatus();
    String detail = receipt.items().get(0).reason() + (slots.size() > 1 ? " (and " + (slots.size() - 1) + " more refused)" : "");
    log.warn("Refused {} envelope(s) from {}: {}", slots.size(), request.getRemoteAddr(), detail);
    return problem(status, detail, receipt.toJson(), first.refusal());
  }

  @PostMapping("/queries")
  ResponseEntity<byte[]> query(HttpServletRequest request) {
    Optional<JsonNode> root = body(request, settings.maxPayloadBytes() + 16_384);
    if (root.isEmpty()) {
      return refusedRequest(request);
    }
    Inbox.Slot slot = slot(root.get(), check(), Instant.now());
    if (slot.refusal() != null || slot.envelope() == null) {
      Refusal refusal = slot.refusal() == null ? new Refusal(Refusal.Reason.MALFORMED, "unreadable query") : slot.refusal();
      if (refusal.reason().senderUnproven()) {
        unverified.note(request.getRemoteAddr(), 1, slot.claimedSender(), refusal.text());
        return problem(refusal.reason().httpStatus(), refusal.text(), null, refusal);
      }
      messageLog.append(new MessageLog.Entry(MessageLog.Kind.REFUSED, slot.claimedId(), slot.claimedSender(), "query", null, null, null, refusal.text()));
      log.warn("Refused a query from {}: {}", request.getRemoteAddr(), refusal.text());
      return problem(refusal.reason().httpStatus(), refusal.text(), null, refusal);
    }
    return json(200, answering.answer(slot.envelope()).toJson());
  }

  private EnvelopeCheck check() {
    return new EnvelopeCheck(identity.id(), directory::key, directory::listsAgency, settings.maxAge(), settings.maxFuture(), settings.maxPayloadBytes());
  }

  /**
   * Envelopes that were all refused before their sender was proven (ADR 015): counted per source in
   * a bounded table; no log row, no receipt, nothing stored that a stranger could multiply.
   */
  private ResponseEntity<byte[]> refusedFromStranger(HttpServletRequest request, List<Inbox.Slot> slots) {
    Inbox.Slot first = slots.get(0);
    Refusal refusal = first.refusal() == null ? new Refusal(Refusal.Reason.MALFORMED, "unreadable") : first.refusal();
    String detail = refusal.text() + (slots.size() > 1 ? " (and " + (slots.size() - 1) + " more refused)" : "");
    unverified.note(request.getRemoteAddr(), slots.size(), first.claimedSender(), detail);
    log.warn("Refused {} envelope(s) from {}, sender not proven: {}", slots.size(), request.getRemoteAddr(), detail);
    return problem(refusal.reason().httpStatus(), detail, null, refusal);
  }

  private static boolean senderUnproven(Inbox.Slot slot) {
    return slot.envelope() == null || slot.refusal() != null && slot.refusal().reason().senderUnproven();
  }

  /** What the envelope claims, clipped to its columns and free of control characters: it may be anything. */
  private static Inbox.Slot slot(JsonNode node, EnvelopeCheck check, Instant now) {
    String sender = node.path("senderNode").isString() ? UntrustedText.clip(node.path("senderNode").stringValue(), 8) : null;
    String digest = node.path("payloadDigest").isString() ? UntrustedText.clipped(node.path("payloadDigest").stringValue(), 64) : "";
    try {
      Envelope envelope = EnvelopeJson.read(node);
      return new Inbox.Slot(envelope.id(), sender, digest, envelope, check.refusalOf(envelope, now).orElse(null));
    } catch (EnvelopeRefused e) {
      return new Inbox.Slot(EnvelopeJson.claimedId(node), sender, digest, null, e.refusal());
    }
  }

  private static List<JsonNode> envelopesOf(JsonNode root) {
    List<JsonNode> list = new ArrayList<>();
    if (root.isObject() && root.get("envelopes") != null && root.get("envelopes").isArray()) {
      root.get("envelopes").values().forEach(list::add);
    } else if (root.isObject() && root.has("id")) {
      list.add(root);
    }
    return list;
  }

  /** The request body as JSON, or empty when it is too large or not JSON (the reason is kept on the request). */
  private static Optional<JsonNode> body(HttpServletRequest request, int limit) {
    try (InputStream in = request.getInputStream()) {
      if (request.getContentLengthLong() > limit) {
        request.setAttribute("refusal", new Refusal(Refusal.Reason.TOO_LARGE, "the request has " + request.getContentLengthLong() + " bytes; at most " + limit + " are taken"));
        return Optional.empty();
      }
      byte[] bytes = in.readNBytes(limit + 1);
      if (bytes.length > limit) {
        request.setAttribute("refusal", new Refusal(Refusal.Reason.TOO_LARGE, "the request has more than " + limit + " bytes"));
        return Optional.empty();
      }
      return Optional.of(EnvelopeJson.mapper().readTree(bytes));
    } catch (IOException | RuntimeException e) {
      String why = e instanceof tools.jackson.core.JacksonException j ? j.getOriginalMessage() : e.getMessage();
      request.setAttribute("refusal", new Refusal(Refusal.Reason.MALFORMED, "the body is not JSON: " + why));
      return Optional.empty();
    }
  }

  private ResponseEntity<byte[]> refusedRequest(HttpServletRequest request) {
    Refusal refusal = (Refusal) request.getAttribute("refusal");
    if (refusal == null) {
      refusal = new Refusal(Refusal.Reason.MALFORMED, "the request could not be read");
    }
    // an unreadable or oversized body proves no sender: counted, not logged (ADR 015)
    unverified.note(request.getRemoteAddr(), 0, null, refusal.text());
    log.warn("Refused a request to {} from {}: {}", request.getRequestURI(), request.getRemoteAddr(), refusal.text());
    return problem(refusal.reason().httpStatus(), refusal.text(), null, refusal);
  }

  /**
   * A problem, with the receipt when one was issued and the refusal's reason (as a member of
   * {@link Refusal.Reason}) so that a sender without a receipt still knows whether to try again.
   */
  private static ResponseEntity<byte[]> problem(int status, String detail, @Nullable ObjectNode receipt, @Nullable Refusal refusal) {
    ObjectNode problem = EnvelopeJson.mapper().createObjectNode();
    problem.put("type", "about:blank");
    problem.put("title", status == 413 ? "Too large" : status == 403 ? "Not trusted" : status == 409 ? "Conflict" : "Refused");
    problem.put("status", status);
    problem.put("detail", detail);
    if (refusal != null) {
      problem.put("reason", refusal.reason().name());
    }
    if (receipt != null) {
      problem.set("receipt", receipt);
    }
    return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(EnvelopeJson.mapper().writeValueAsString(problem).getBytes(StandardCharsets.UTF_8));
  }

  private static ResponseEntity<byte[]> json(int status, ObjectNode node) {
    return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(EnvelopeJson.mapper().writeValueAsString(node).getBytes(StandardCharsets.UTF_8));
  }
}
