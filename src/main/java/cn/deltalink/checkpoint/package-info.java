/**
 * Border checkpoint control (省际智慧治安查控): the region's border stations check every passing
 * person and vehicle against every alert this node holds. Events arrive in HTTP batches or from
 * Kafka; a hit appears on the checkpoint's screen at once and goes to the issuing province's duty
 * desk, which confirms it against the clock (10 minutes for arrests, 60 otherwise). The module
 * offers no Java API; its interface is the JSON API under {@code /api/v1/checkpoints} and
 * {@code /api/v1/hits}, the pages under {@code /checkpoints} and {@code /hits}, and the message types
 * {@code checkpoint.hit*}.
 */
@org.jspecify.annotations.NullMarked
package cn.deltalink.checkpoint;

