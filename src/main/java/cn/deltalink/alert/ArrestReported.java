package cn.deltalink.alert;

import java.time.Instant;
import java.util.UUID;

/**
 * A checkpoint reported that it arrested the person of one of this node's alerts (抓获): published by
 * the checkpoint module at the issuing node, in the transaction that records the outcome there. The
 * alert module withdraws the alert when the region lets it (ADR 026), or leaves it to the duty desk.
 *
 * @param checkpoint the checkpoint's node and name, as the history shows it
 * @param reportedBy the officer at the checkpoint who recorded the arrest
 */
public record ArrestReported(UUID alertId, UUID hitId, String checkpoint, String reportedBy, Instant at) {}
