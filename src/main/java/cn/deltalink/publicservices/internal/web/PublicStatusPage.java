package cn.deltalink.publicservices.internal.web;

import cn.deltalink.platform.RequestRefused;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The applicant's status page, without login (办件查询): tracking number and the last four characters of the ID number. */
@Controller
class PublicStatusPage {

  private final StatusLookups lookups;
  private final ApplicationViews views;

  PublicStatusPage(StatusLookups lookups, ApplicationViews views) {
    this.lookups = lookups;
    this.views = views;
  }

  @GetMapping("/public/applications")
  String status(
      @RequestParam(required = false) @Nullable String trackingNumber, @RequestParam(required = false) @Nullable String idLast4, HttpServletRequest request, HttpServletResponse response,
      Model model) {
    model.addAttribute("trackingNumber", trackingNumber == null ? "" : trackingNumber);
    if (trackingNumber != null && !trackingNumber.isBlank()) {
      try {
        model.addAttribute("status", views.publicly(lookups.find(request.getRemoteAddr(), trackingNumber, idLast4)));
      } catch (RequestRefused refused) {
        response.setStatus(refused.status().value());
        model.addAttribute("refusal", refused.status().value());
      }
    }
    return "publicservices/public";
  }
}
