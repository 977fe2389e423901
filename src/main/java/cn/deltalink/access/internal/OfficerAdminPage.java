package cn.deltalink.access.internal;

import cn.deltalink.access.CurrentOfficer;
import cn.deltalink.access.Role;
import cn.deltalink.platform.RequestRefused;
import cn.deltalink.region.Agencies;
import cn.deltalink.region.Agency;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The administrator's page (用户管理): officers of their jurisdiction, a form to create one, and per-officer changes. */
@Controller
class OfficerAdminPage {

  private final CurrentOfficer current;
  private final OfficerAdministration administration;
  private final Agencies agencies;
  private final Refusals refusals;

  OfficerAdminPage(CurrentOfficer current, OfficerAdministration administration, Agencies agencies, Refusals refusals) {
    this.current = current;
    this.administration = administration;
    this.agencies = agencies;
    this.refusals = refusals;
  }

  @GetMapping("/admin/officers")
  String list(Model model) {
    model.addAttribute("officers", administration.list(current.require()));
    model.addAttribute("roles", Role.values());
    model.addAttribute("agencies", agencyChoices());
    if (!model.containsAttribute("form")) {
      model.addAttribute("form", new OfficerForm("", "", "", List.of(), ""));
    }
    return "access/officers";
  }

  @PostMapping("/admin/officers")
  String create(
      @RequestParam(required = false) @Nullable String username,
      @RequestParam(required = false) @Nullable String displayName,
      @RequestParam(required = false) @Nullable String agencyCode,
      @RequestParam(required = false) @Nullable List<String> roles,
      @RequestParam(required = false) @Nullable String password,
      Locale locale,
      RedirectAttributes redirect) {
    OfficerForm form = new OfficerForm(username, displayName, agencyCode, roles == null ? List.of() : roles, password);
    try {
      administration.create(current.require(), form);
      redirect.addFlashAttribute("done", form.cleanUsername());
    } catch (RequestRefused refused) {
      redirect.addFlashAttribute("createError", refusals.text(refused, locale));
      redirect.addFlashAttribute("form", new OfficerForm(username, displayName, agencyCode, form.roles(), ""));
    }
    return "redirect:/admin/officers";
  }

  @PostMapping("/admin/officers/{username}/enabled")
  String setEnabled(@PathVariable String username, @RequestParam boolean enabled, Locale locale, RedirectAttributes redirect) {
    return apply(username, locale, redirect, () -> administration.setEnabled(current.require(), username, enabled));
  }

  @PostMapping("/admin/officers/{username}/roles")
  String setRoles(@PathVariable String username, @RequestParam(required = false) @Nullable List<String> roles, Locale locale, RedirectAttributes redirect) {
    return apply(username, locale, redirect, () -> administration.setRoles(current.require(), username, roles));
  }

  @PostMapping("/admin/officers/{username}/password")
  String resetPassword(@PathVariable String username, @RequestParam(required = false) @Nullable String password, Locale locale, RedirectAttributes redirect) {
    return apply(username, locale, redirect, () -> administration.resetPassword(current.require(), username, password));
  }

  private String apply(String username, Locale locale, RedirectAttributes redirect, Runnable change) {
    try {
      change.run();
      redirect.addFlashAttribute("done", username);
    } catch (RequestRefused refused) {
      redirect.addFlashAttribute("changeError", refusals.text(refused, locale));
      redirect.addFlashAttribute("changeErrorFor", username);
    }
    return "redirect:/admin/officers";
  }

  /** The agencies an administrator may choose from: their own and those below it, as far as their jurisdiction reaches. */
  private List<Agency> agencyChoices() {
    var admin = current.require();
    List<Agency> result = new ArrayList<>();
    agencies.find(admin.agencyCode()).ifPresent(own -> collect(own, admin, result, 0));
    return result;
  }

  private void collect(Agency agency, CurrentOfficer.Officer admin, List<Agency> result, int depth) {
    if (!admin.covers(agency.divisionCode()) || depth > 4 || result.size() >= 2000) {
      return;
    }
    result.add(agency);
    agencies.under(agency.code()).forEach(child -> collect(child, admin, result, depth + 1));
  }
}
