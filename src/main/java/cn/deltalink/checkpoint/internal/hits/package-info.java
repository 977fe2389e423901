/**
 * Hits: the watchlist that checks each stored event against the alert replica, raising a hit and
 * sending it to the issuing province, the issuer's receipt with its confirmation clock, decisions and
 * outcomes travelling back, and the streams that push hits to checkpoint screens and duty desks.
 */
@org.jspecify.annotations.NullMarked
package cn.deltalink.checkpoint.internal.hits;
