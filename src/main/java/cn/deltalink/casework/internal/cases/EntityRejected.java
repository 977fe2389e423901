package cn.deltalink.casework.internal.cases;

/** An entity that breaks an identity rule: the field, the rule's key and the sentence that says it. */
public class EntityRejected extends RuntimeException {

  private final String field;
  private final String rule;

  public EntityRejected(String field, String rule, String message) {
    super(field + ": " + message + " (rule " + rule + ")");
    this.field = field;
    this.rule = rule;
  }

  public String field() {
    return field;
  }

  public String rule() {
    return rule;
  }
}
