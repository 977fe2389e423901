package cn.deltalink.fraud.internal.risk;

import static cn.deltalink.fraud.internal.Refused.rule;

import java.util.Locale;

/**
 * A bank account number that is not (only) a card: 6 to 34 digits or capital letters (an IBAN for
 * foreign accounts). A number of 16 to 19 digits starting with 62 is a UnionPay card number, so the
 * card's Luhn check applies to it too.
 */
record BankAccount(String value) {

  BankAccount {
    value = canonical(value);
  }

  private static String canonical(String raw) {
    String v = raw.replace(" ", "").replace("-", "").toUpperCase(Locale.ROOT);
    if (!v.matches("[0-9A-Z]{6,34}")) {
      throw v.length() > 34 ? rule("fraud.refused.bankAccount.long") : rule("fraud.refused.bankAccount", v);
    }
    if (v.matches("62[0-9]{14,17}") && !DeviceId.luhn(v)) {
      throw rule("fraud.refused.bankAccount.luhn");
    }
    return v;
  }
}
