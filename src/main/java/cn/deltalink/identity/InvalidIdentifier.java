package cn.deltalink.identity;

/** Thrown by a value type's constructor when the value breaks one of its rules. */
public class InvalidIdentifier extends IllegalArgumentException {

  private final transient Rejection rejection;

  public InvalidIdentifier(Rejection rejection) {
    super(rejection.message());
    this.rejection = rejection;
  }

  public Rejection rejection() {
    return rejection;
  }
}
