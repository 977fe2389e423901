package cn.deltalink.exchange;

import cn.deltalink.platform.NodeId;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A message from another node whose signature, digest and sender have been verified. The sender's
 * agency is the text the envelope carries (the protocol takes 1-32 letters or digits).
 */
public record ReceivedMessage(
    UUID id,
    String type,
    NodeId senderNode,
    String senderAgency,
    HandlingCode handlingCode,
    String purpose,
    Instant createdAt,
    @Nullable UUID correlationId,
    String payloadJson) {}
