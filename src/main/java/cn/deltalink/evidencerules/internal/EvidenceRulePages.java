package cn.deltalink.evidencerules.internal;

import cn.deltalink.evidencerules.internal.core.RuleSetVersion;
import cn.deltalink.platform.NodeSettings;
import cn.deltalink.platform.RequestRefused;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The pages: two rule sets of a case type side by side (added, removed and changed requirements
 * highlighted), the versions of each, a supervisor's form for the next version of their province's
 * rules; and the discretion benchmarks compared the same way.
 */
@Controller
class EvidenceRulePages {

  private final RuleViews views;
  private final ChangingRuleSets changing;
  private final NodeSettings node;
  private final MessageSource messages;

  EvidenceRulePages(RuleViews views, ChangingRuleSets changing, NodeSettings node, MessageSource messages) {
    this.views = views;
    this.changing = changing;
    this.node = node;
    this.messages = messages;
  }

  @GetMapping("/evidence-rules")
  String rules(
      @RequestParam(defaultValue = "theft") String caseType,
      @RequestParam(defaultValue = RuleSetVersion.BASELINE) String a,
      @RequestParam(required = false) @Nullable String b,
      Model model) {
    String second = b == null || b.isBlank() ? node.id() : b;
    model.addAttribute("overview", views.overview());
    model.addAttribute("scopes", views.scopes());
    model.addAttribute("caseType", caseType);
    model.addAttribute("a", a);
    model.addAttribute("b", second);
    model.addAttribute("diff", views.diff(caseType, a, second));
    model.addAttribute("left", views.ruleSet(caseType, a));
    model.addAttribute("right", views.ruleSet(caseType, second));
    model.addAttribute("province", node.id());
    model.addAttribute("mayChange", changing.mayChange() && views.ruleSet(caseType, node.id()).version() > 0);
    model.addAttribute("own", views.ruleSet(caseType, node.id()));
    return "evidencerules/rules";
  }

  /**
   * The form's new version: one requirement a line, {@code kind} or {@code kind: condition}.
   */
  @PostMapping("/evidence-rules/versions")
  String change(@RequestParam String caseType, @RequestParam String requirements, @RequestParam(defaultValue = "") String reason, Model model, Locale locale) {
    List<ChangingRuleSets.Line> lines = new ArrayList<>();
    for (String line : requirements.split("\\R")) {
      if (!line.isBlank()) {
        String[] parts = line.split(":", 2);
        lines.add(new ChangingRuleSets.Line(parts[0].strip(), parts.length == 2 ? parts[1].strip() : ""));
      }
    }
    try {
      RuleSetVersion v = changing.change(caseType, lines, reason);
      return "redirect:/evidence-rules?caseType=" + v.caseType() + "&a=" + v.scope() + "@" + (v.version() - 1) + "&b=" + v.scope() + "@" + v.version();
    } catch (RequestRefused refused) {
      model.addAttribute("problem", refused.in(messages, locale));
      return rules(caseType, RuleSetVersion.BASELINE, node.id(), model);
    }
  }

  @GetMapping("/discretion-benchmarks")
  String benchmarks(@RequestParam(defaultValue = "theft") String violation, @RequestParam(defaultValue = RuleSetVersion.BASELINE) String a, @RequestParam(required = false) @Nullable String b, Model model) {
    String second = b == null || b.isBlank() ? node.id() : b;
    model.addAttribute("violations", views.violations());
    model.addAttribute("scopes", views.scopes());
    model.addAttribute("violation", violation);
    model.addAttribute("a", a);
    model.addAttribute("b", second);
    model.addAttribute("diff", views.benchmarkDiff(violation, a, second));
    return "evidencerules/benchmarks";
  }
}
