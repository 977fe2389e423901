package cn.deltalink.access.internal.audit;

import cn.deltalink.platform.RequestRefused;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The auditor's page (审计日志): search form, results page by page, and the chain verification. */
@Controller
class AuditPage {

  private final ReadingAuditTrail trail;
  private final MessageSource messages;

  AuditPage(ReadingAuditTrail trail, MessageSource messages) {
    this.trail = trail;
    this.messages = messages;
  }

  @GetMapping("/audit")
  String search(
      @RequestParam(required = false) @Nullable String actor,
      @RequestParam(required = false) @Nullable String action,
      @RequestParam(required = false) @Nullable String subject,
      @RequestParam(required = false) @Nullable String purpose,
      @RequestParam(required = false) @Nullable String from,
      @RequestParam(required = false) @Nullable String to,
      @RequestParam(required = false) @Nullable String page,
      Model model,
      Locale locale) {
    model.addAttribute("actor", actor);
    model.addAttribute("action", action);
    model.addAttribute("subject", subject);
    model.addAttribute("purpose", purpose);
    model.addAttribute("from", from);
    model.addAttribute("to", to);
    model.addAttribute("zone", AuditQuery.CHINA);
    try {
      Integer pageNumber = page == null || page.isBlank() ? null : Integer.valueOf(page.strip());
      model.addAttribute("found", trail.search(AuditQuery.of(actor, action, subject, purpose, from, to, pageNumber, 50)));
    } catch (NumberFormatException e) {
      model.addAttribute("error", AuditQuery.pageNotANumber().in(messages, locale));
    } catch (RequestRefused e) {
      model.addAttribute("error", e.in(messages, locale));
    }
    return "access/audit";
  }

  /** The verification result; htmx puts it into the search page, without JavaScript it is its own page. */
  @GetMapping("/audit/verify")
  String verify(Model model) {
    model.addAttribute("report", trail.verify());
    return "access/audit-verify";
  }
}
