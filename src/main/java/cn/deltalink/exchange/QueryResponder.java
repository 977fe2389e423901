package cn.deltalink.exchange;

import cn.deltalink.platform.NodeId;
import cn.deltalink.region.AgencyCode;

/**
 * Answers synchronous hit/no-hit queries of one type from other nodes (Prüm style): only whether
 * this node holds something, and which agency owns it. Details travel only by a follow-up request
 * that states its purpose.
 *
 * <p>A module that keeps a register others may look up (wanted persons, the population register, case
 * entities) declares one bean per query type it answers, named {@code <module>.<register>} like
 * message types ({@code alert.wanted-person}). Two responders for one type stop the node at start-up,
 * as two {@link MessageHandler}s for one type do. The exchange verifies the asking node's signature,
 * records query and answer in the message log and the audit trail, and signs the answer; the
 * responder only looks in its own tables, quickly (the asker waits seconds at most), and answers from
 * data alone, never with an exception for "not found".
 */
public interface QueryResponder {

  /** The query type this responder answers, e.g. {@code alert.wanted-person}. */
  String type();

  /** Whether this node holds the identifier; runs on the answering request's thread, outside any transaction. */

  HitAnswer answer(HitQuery query);

  /** A query as received: what is asked for, why, and by whom (the agency as the envelope carries it). */
  record HitQuery(String type, String identifierType, String identifier, String purpose, NodeId askingNode, String askingAgency) {}

  /** The answer: hit or not, and on a hit the code of the agency that owns the record. */
  record HitAnswer(boolean hit, @org.jspecify.annotations.Nullable AgencyCode owningAgency) {
    public static HitAnswer noHit() {
      return new HitAnswer(false, null);
    }
  }
}
