package cn.deltalink.identifiercheck.internal;

import cn.deltalink.identity.IdentifierCheck;
import cn.deltalink.identity.IdentifierType;
import cn.deltalink.identity.Rejection;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The page {@code /identifiers}: a form and the result beneath it. With htmx the form and result are
 * swapped in place; without it the whole page comes back.
 */
@Controller
@RequestMapping("/identifiers")
class IdentifierPage {

  /** Derived fields whose values are codes with a translation under {@code identity.code.<field>.<value>}. */
  private static final List<String> CODED = List.of("gender", "kind", "network", "script", "registrationAuthority");

  record Field(String name, String display) {}

  record Result(boolean valid, @Nullable String reason, List<Field> fields) {}

  private final CheckRecording recording;
  private final MessageSource messages;

  IdentifierPage(CheckRecording recording, MessageSource messages) {
    this.recording = recording;
    this.messages = messages;
  }

  @GetMapping
  String form(Model model) {
    model.addAttribute("form", new CheckRequest(IdentifierType.RESIDENT_ID.code(), "", ""));
    model.addAttribute("problems", new CheckRequest.Problems(null, null, null));
    model.addAttribute("types", Arrays.stream(IdentifierType.values()).map(IdentifierType::code).toList());
    return "identifiers";
  }

  @PostMapping
  String check(
      @RequestParam(required = false) @Nullable String type,
      @RequestParam(required = false) @Nullable String value,
      @RequestParam(required = false) @Nullable String purpose,
      @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx,
      Model model,
      Locale locale) {
    CheckRequest request = new CheckRequest(type, value, purpose);
    CheckRequest.Problems problems = request.problems();
    model.addAttribute("form", request);
    model.addAttribute("problems", problems);
    model.addAttribute("types", Arrays.stream(IdentifierType.values()).map(IdentifierType::code).toList());
    if (!problems.any()) {
      model.addAttribute("result", result(recording.run(request), locale));
    }
    return htmx != null ? "identifiers :: check" : "identifiers";
  }

  private Result result(IdentifierCheck.Outcome outcome, Locale locale) {
    String reason = outcome.reason().map(r -> reason(r, locale)).orElse(null);
    List<Field> fields = outcome.derived().entrySet().stream().map(e -> field(e, locale)).toList();
    return new Result(outcome.valid(), reason, fields);
  }

  private String reason(Rejection rejection, Locale locale) {
    return messages.getMessage("identity.rule." + rejection.rule(), rejection.arguments().toArray(), rejection.message(), locale);
  }

  private Field field(Map.Entry<String, Object> entry, Locale locale) {
    String name = entry.getKey();
    String display =
        entry.getValue() instanceof Collection<?> list
            ? String.join(", ", list.stream().map(String::valueOf).toList())
            : String.valueOf(entry.getValue());
    if (CODED.contains(name)) {
      display = messages.getMessage("identity.code." + name + "." + display, null, display, locale);
    }
    String label = messages.getMessage("identity.field." + name, null, name, locale);
    return new Field(label, display);
  }
}
