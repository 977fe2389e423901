package cn.deltalink.exchange;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A message from another node whose signature, digest and sender have been verified. */
public record ReceivedMessage(
    UUID id,
    String type,
    String senderNode,
    String senderAgency,
    HandlingCode handlingCode,
    String purpose,
    Instant createdAt,
    @Nullable UUID correlationId,
    String payloadJson) {}
