package cn.deltalink.access.internal;

import cn.deltalink.access.CurrentOfficer;
import cn.deltalink.platform.RequestRefused;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.ZoneId;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The officer's own account page (我的账户): change password, create and revoke API tokens. */
@Controller
class AccountPage {

  private final CurrentOfficer current;
  private final OwnPassword ownPassword;
  private final PersonalTokens tokens;
  private final Refusals refusals;

  AccountPage(CurrentOfficer current, OwnPassword ownPassword, PersonalTokens tokens, Refusals refusals) {
    this.current = current;
    this.ownPassword = ownPassword;
    this.tokens = tokens;
    this.refusals = refusals;
  }

  @GetMapping("/account")
  String show(Model model) {
    model.addAttribute("tokens", tokens.of(current.require()));
    model.addAttribute("maxDays", tokens.maxDays());
    model.addAttribute("defaultDays", tokens.defaultDays());
    model.addAttribute("zone", ZoneId.of("Asia/Shanghai"));
    return "access/account";
  }

  @PostMapping("/account/password")
  String changePassword(
      @RequestParam(required = false) @Nullable String currentPassword,
      @RequestParam(required = false) @Nullable String newPassword,
      @RequestParam(required = false) @Nullable String repeatPassword,
      Locale locale,
      HttpServletRequest request,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    if (newPassword != null && !newPassword.equals(repeatPassword)) {
      redirect.addFlashAttribute("passwordError", refusals.text(refusals.invalid("access.password.repeatDiffers"), locale));
      return "redirect:/account";
    }
    try {
      ownPassword.change(current.require(), currentPassword, newPassword);
      PasswordChangeSession.keepCurrent(request, response);
      redirect.addFlashAttribute("passwordChanged", true);
    } catch (RequestRefused refused) {
      redirect.addFlashAttribute("passwordError", refusals.text(refused, locale));
    }
    return "redirect:/account";
  }

  @PostMapping("/account/tokens")
  String createToken(
      @RequestParam(required = false) @Nullable String name,
      @RequestParam(required = false) @Nullable String expiresInDays,
      Locale locale,
      RedirectAttributes redirect) {
    try {
      Integer days = expiresInDays == null || expiresInDays.isBlank() ? null : parseDays(expiresInDays);
      redirect.addFlashAttribute("issued", tokens.issue(current.require(), name, days));
    } catch (RequestRefused refused) {
      redirect.addFlashAttribute("tokenError", refusals.text(refused, locale));
    }
    return "redirect:/account";
  }

  @PostMapping("/account/tokens/{id}/revoke")
  String revoke(@PathVariable long id, Locale locale, RedirectAttributes redirect) {
    try {
      tokens.revoke(current.require(), id);
      redirect.addFlashAttribute("revoked", id);
    } catch (RequestRefused refused) {
      redirect.addFlashAttribute("tokenError", refusals.text(refused, locale));
    }
    return "redirect:/account";
  }

  private int parseDays(String text) {
    try {
      return Integer.parseInt(text.strip());
    } catch (NumberFormatException e) {
      throw refusals.invalid("access.token.expiry", tokens.maxDays());
    }
  }
}
