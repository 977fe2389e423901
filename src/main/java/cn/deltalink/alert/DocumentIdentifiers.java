package cn.deltalink.alert;

import cn.deltalink.identity.ResidentIdNumber;

/** Which document a document alert is about: a resident ID card, known by the number printed on it. */
public record DocumentIdentifiers(ResidentIdNumber number) {

  public DocumentIdentifiers {
    if (number == null) {
      throw new IllegalArgumentException("a document alert names the card's number");
    }
  }
}
