package cn.deltalink.identity.internal;

import cn.deltalink.identity.IdentifierCheck;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/identifiers/check}: an invalid identifier is a normal answer (200, {@code
 * valid: false} and the reason); only a request that cannot be checked at all is a 400 problem.
 */
@RestController
@RequestMapping("/api/v1/identifiers")
class IdentifierCheckApi {

  private final CheckRecording recording;

  IdentifierCheckApi(CheckRecording recording) {
    this.recording = recording;
  }

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
}
