package cn.deltalink.fraud;

/** The risk database as other modules write to it. */
public interface RiskEntries {

  /**
   * Records a risk in this node's name and shares it with the region, inside the caller's transaction
   * (or a new one). A value this node already holds an entry on adds the source and evidence to it
   * and keeps the higher level. Fails with {@link IllegalArgumentException} naming the rule broken when
   * the value is not a valid identifier of its type.
   */
  void record(RiskEntryDraft draft);
}
