package cn.deltalink.publicservices.internal.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The applicant's own look-up, without login: state, legs and deadline, nothing personal beyond the masked name. */
@RestController
@Tag(name = "public", description = "Open to anyone: application status by tracking number")
class PublicStatusApi {

  private final StatusLookups lookups;
  private final ApplicationViews views;

  PublicStatusApi(StatusLookups lookups, ApplicationViews views) {
    this.lookups = lookups;
    this.views = views;
  }

  @Operation(summary = "An application's status for its applicant", description = "idLast4: the last four characters of the applicant's ID number. Wrong pairs are limited per address (429).")
  @GetMapping("/api/public/v1/applications/{trackingNumber}")
  ApplicationViews.PublicView status(@PathVariable String trackingNumber, @RequestParam(required = false) @Nullable String idLast4, HttpServletRequest request) {
    return views.publicly(lookups.find(request.getRemoteAddr(), trackingNumber, idLast4));
  }
}
