/**
 * The checkpoint's matcher: an in-memory index of every alert's keys (resident ID numbers, plates,
 * document numbers, name + birth date + sex) that answers a check of one read — an ID card, a camera
 * read of a plate, a document number — with the alerts it may concern, each {@code certain} or
 * {@code possible} with a score and a reason an officer can read.
 *
 * <p>Plain Java, no Spring: {@link cn.deltalink.checkpoint.internal.matching.AlertIndex} is built by
 * the checkpoint module from the alert replica and kept current as alerts change. Keys are packed
 * into {@code long}s in open-addressing tables so that ten million keys fit in little heap and one
 * core answers millions of checks a second (docs/benchmarks.md). Look-alike plate reads are found by
 * folding the characters cameras confuse to one class before the lookup and verifying the
 * differences after it, not by enumerating spellings.
 */
@org.jspecify.annotations.NullMarked
package cn.deltalink.checkpoint.internal.matching;
