package cn.deltalink.identifiercheck.internal;

import cn.deltalink.identity.IdentifierCheck;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/identifiers/check}: an invalid identifier is a normal answer (200, {@code
 * valid: false} and the reason); only a request that cannot be checked at all is a 400 problem.
 */
@RestController
@Tag(name = "identifiers", description = "Checks of resident ID numbers, credit codes, plates, mobile and bank card numbers, names")
@RequestMapping("/api/v1/identifiers")
class IdentifierCheckApi {

  private final CheckRecording recording;

  IdentifierCheckApi(CheckRecording recording) {
    this.recording = recording;
  }

  @Operation(
      summary = "Check an identifier",
      description =
          "type is one of resident-id, credit-code, plate, mobile, bank-card, name; value at most 64 characters; purpose optional"
              + " (recorded in the audit trail). Answers valid, type, value and, when invalid, reason and rule; when valid, the"
              + " derived fields of the type (e.g. birthDate, gender, addressCode, region, age for a resident ID).")
  @PostMapping(path = "/check", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
  Map<String, Object> check(@RequestBody CheckRequest request) {
    request.requireCheckable();
    IdentifierCheck.Outcome outcome = recording.run(request);
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("valid", outcome.valid());
    answer.put("type", outcome.type().code());
    // The caller typed the value, so it goes back to them unmasked; only the audit trail masks it.
    answer.put("value", request.value());
    outcome.reason().ifPresent(r -> {
      answer.put("reason", r.message());
      answer.put("rule", r.rule());
    });
    answer.putAll(outcome.derived());
    return answer;
  }

  /**
   * A body that is not a JSON object of the expected shape. Handled here because the framework's
   * generic answer ("Failed to read request") does not say what to send.
   */
  @ExceptionHandler(HttpMessageNotReadableException.class)
  ProblemDetail unreadable(HttpServletRequest request) {
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(
            HttpStatus.BAD_REQUEST, "Send a JSON object with string fields type and value, e.g. {\"type\": \"mobile\", \"value\": \"13812345678\"}.");
    problem.setInstance(URI.create(request.getRequestURI()));
    return problem;
  }
}
