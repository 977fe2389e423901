package cn.deltalink.fraudanalysis.internal.web;

import cn.deltalink.fraudanalysis.internal.Analysts;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The pages of the analysis; they read and start everything through the JSON API, so what an
 * analyst sees is what the API answers.
 */
@Controller
class AnalysisPages {

  private final Analysts analysts;

  AnalysisPages(Analysts analysts) {
    this.analysts = analysts;
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
      throw cn.deltalink.platform.RequestRefused.invalid("Not an account: letters, digits and _:.@- only, at most 64");
    }
    model.addAttribute("analysisId", id);
    model.addAttribute("account", account);
    return "fraudanalysis/graph";
  }
}
