package cn.deltalink.exchange;

import cn.deltalink.platform.NodeId;
import cn.deltalink.region.AgencyCode;

/**
 * Answers synchronous hit/no-hit queries of one type from other nodes (Prüm style): only whether
 * this node holds something, and which agency owns it. Details travel only by a follow-up request
 * that states its purpose.
 */
public interface QueryResponder {

  String type();

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
