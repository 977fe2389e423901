package cn.deltalink.fraud.internal.risk;

import static cn.deltalink.fraud.internal.Refused.rule;

/** An app: its package name (com.example.loan) or, failing that, its name as shown (1 to 64 characters). */
record AppName(String value) {

  AppName {
    value = value.strip();
    if (value.isEmpty() || value.length() > 64 || value.codePoints().anyMatch(Character::isISOControl)) {
      throw rule("fraud.refused.app");
    }
    if (value.matches("[A-Za-z0-9_]+(\\.[A-Za-z0-9_]+)+") && !value.matches("[A-Za-z][A-Za-z0-9_]*(\\.[A-Za-z][A-Za-z0-9_]*)+")) {
      throw rule("fraud.refused.app.package");
    }
  }
}
