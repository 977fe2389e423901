package cn.deltalink.exchange.internal.core;

import cn.deltalink.exchange.HandlingCode;
import java.security.KeyPair;
import java.time.Instant;
import java.util.List;

/** Envelopes as the tests need them: a Jiangsu bulletin to Shanghai, signed with Jiangsu's key. */
final class Envelopes {

  static final KeyPair JIANGSU = Sm2.generateKeyPair();
  static final KeyPair SHANGHAI = Sm2.generateKeyPair();
  static final Instant NOW = Timestamps.parse("2026-11-29T08:00:00.000Z");

  private Envelopes() {}

  static Envelope bulletinFromJiangsuToShanghai() {
    return Envelope.signed(
        UuidV7.at(NOW),
        "bulletin.published",
        "JS",
        "320000000000",
        List.of("SH"),
        NOW,
        null,
        HandlingCode.H2,
        "协查通报：寻找嫌疑车辆\n第二行",
        "{\"title\":\"协查通报\",\"plate\":\"苏A12345\"}",
        JIANGSU.getPrivate());
  }
}
