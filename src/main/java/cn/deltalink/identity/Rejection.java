package cn.deltalink.identity;

import java.util.List;

/**
 * Why a value is not a valid identifier: the rule that failed (a stable key such as {@code
 * resident-id.check-character}), an English sentence saying it, and the values the sentence names so
 * that a page can say the same in another language.
 */
public record Rejection(String rule, String message, List<String> arguments) {

  public Rejection {
    arguments = List.copyOf(arguments);
  }

  static Rejection of(String rule, String message, Object... arguments) {
    return new Rejection(rule, message, java.util.Arrays.stream(arguments).map(String::valueOf).toList());
  }
}
