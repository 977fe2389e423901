package cn.deltalink.exchange;

/**
 * An application event: the message log's sealer finished a round (every quarter second or so while
 * the node runs), having chained {@code entriesSealed} new log entries. Lets a test or a monitor wait
 * for the sealer instead of guessing how long it takes.
 */
public record SealingRoundEnded(int entriesSealed) {}
