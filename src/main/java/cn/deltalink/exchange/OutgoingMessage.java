package cn.deltalink.exchange;

import cn.deltalink.region.AgencyCode;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A message a module wants sent.
 *
 * @param type dotted message type owned by the sending module, e.g. {@code bulletin.published}
 * @param recipients the nodes that receive it
 * @param handlingCode what the receivers may do with it
 * @param purpose the purpose stated by the officer who caused the message
 * @param senderAgency the code of the agency that sends it
 * @param payloadJson the module's payload as a JSON document
 * @param correlationId the id of the message this one answers, if any
 */
public record OutgoingMessage(
    String type,
    Recipients recipients,
    HandlingCode handlingCode,
    String purpose,
    AgencyCode senderAgency,
    String payloadJson,
    @Nullable UUID correlationId) {}
