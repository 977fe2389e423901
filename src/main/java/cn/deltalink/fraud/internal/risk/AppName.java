package cn.deltalink.fraud.internal.risk;

/** An app: its package name (com.example.loan) or, failing that, its name as shown (1 to 64 characters). */
record AppName(String value) {

  AppName {
    value = value.strip();
    if (value.isEmpty() || value.length() > 64 || value.codePoints().anyMatch(Character::isISOControl)) {
      throw new IllegalArgumentException("an app is named by its package (com.example.app) or its name, 1 to 64 characters");
    }
    if (value.matches("[A-Za-z0-9_]+(\\.[A-Za-z0-9_]+)+") && !value.matches("[A-Za-z][A-Za-z0-9_]*(\\.[A-Za-z][A-Za-z0-9_]*)+")) {
      throw new IllegalArgumentException("each part of a package name starts with a letter");
    }
  }
}
