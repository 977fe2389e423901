package cn.deltalink.casework.internal.pages;

import cn.deltalink.platform.RequestRefused;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.ui.Model;

/**
 * A refusal on a case work page: the officer sees why (the rule an identifier breaks, the state that
 * forbids the step) with a way back, at the refusal's status, instead of the bare error page.
 */
final class PageRefusals {

  private PageRefusals() {}

  static String show(RequestRefused refused, MessageSource messages, Model model, HttpServletRequest request, HttpServletResponse response) {
    Locale locale = LocaleContextHolder.getLocale();
    response.setStatus(refused.status().value());
    String uri = request.getRequestURI();
    String back = uri.matches("/(cases|assistance)/[0-9a-f-]{36}(/.*)?") ? uri.substring(0, uri.indexOf('/', 1) + 37) : "/" + uri.split("/")[1];
    model.addAttribute("refusal", refused.in(messages, locale)).addAttribute("back", back);
    return "casework/refused";
  }
}
