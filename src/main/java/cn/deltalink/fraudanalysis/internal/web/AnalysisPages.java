package cn.deltalink.fraudanalysis.internal.web;

import cn.deltalink.fraudanalysis.internal.Analysts;
import cn.deltalink.fraudanalysis.internal.Refused;
import cn.deltalink.platform.RequestRefused;
import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The pages of the analysis; they read and start everything through the JSON API, so what an
 * analyst sees is what the API answers.
 */
@Controller
class AnalysisPages {

  private final Analysts analysts;
  private final MessageSource messages;

  AnalysisPages(Analysts analysts, MessageSource messages) {
    this.analysts = analysts;
    this.messages = messages;
  }

  @GetMapping("/fraud-analysis")
  String overview() {
    analysts.require("fraudanalysis.page", "overview");
    return "fraudanalysis/overview";
  }

  @GetMapping("/fraud-analysis/analyses/{id}")
  String analysis(@PathVariable UUID id, Model model) {
    analysts.require("fraudanalysis.page", id.toString());
    model.addAttribute("analysisId", id);
    return "fraudanalysis/analysis";
  }

  @GetMapping("/fraud-analysis/analyses/{id}/accounts/{account}")
  String account(@PathVariable UUID id, @PathVariable String account, Model model) {
    analysts.require("fraudanalysis.page", id.toString());
    if (!account.matches("[\\p{L}\\p{N}_:.@-]{1,64}")) {
      throw Refused.ANALYSIS.invalid("fraudanalysis.refused.notAnAccount");
    }
    model.addAttribute("analysisId", id);
    model.addAttribute("account", account);
    return "fraudanalysis/graph";
  }

  /** A refusal on a page in the officer's language (the API answers the English text). */
  @ExceptionHandler(RequestRefused.class)
  String refused(RequestRefused refused, Model model, HttpServletResponse response) {
    response.setStatus(refused.status().value());
    model.addAttribute("status", refused.status().value()).addAttribute("refusal", refused.in(messages, LocaleContextHolder.getLocale()));
    return "error";
  }
}
