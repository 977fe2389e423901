package cn.deltalink.access.internal;

import cn.deltalink.access.CurrentOfficer;
import cn.deltalink.access.CurrentOfficer.Officer;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The caller's own account: who they are, their password, their personal API tokens. */
@RestController
@RequestMapping("/api/v1/account")
class AccountApi {

  record PasswordChange(@Nullable String currentPassword, @Nullable String newPassword) {}

  record TokenRequest(@Nullable String name, @Nullable Integer expiresInDays) {}

  private final CurrentOfficer current;
  private final OwnPassword ownPassword;
  private final PersonalTokens tokens;

  AccountApi(CurrentOfficer current, OwnPassword ownPassword, PersonalTokens tokens) {
    this.current = current;
    this.ownPassword = ownPassword;
    this.tokens = tokens;
  }

  /** Who the credentials belong to: user name, agency, jurisdiction and roles. */
  @GetMapping
  Officer whoAmI() {
    return current.require();
  }

  @PostMapping("/password")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void changePassword(@RequestBody PasswordChange change, HttpServletRequest request, HttpServletResponse response) {
    ownPassword.change(current.require(), change.currentPassword(), change.newPassword());
    PasswordChangeSession.keepCurrent(request, response);
  }

  /** Creates a token; the answer is the only place its secret ever appears. */
  @PostMapping("/tokens")
  @ResponseStatus(HttpStatus.CREATED)
  PersonalTokens.Issued createToken(@RequestBody TokenRequest request) {
    return tokens.issue(current.require(), request.name(), request.expiresInDays());
  }

  @GetMapping("/tokens")
  List<ApiTokens.Token> tokens() {
    return tokens.of(current.require());
  }

  @DeleteMapping("/tokens/{id}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void revoke(@PathVariable long id) {
    tokens.revoke(current.require(), id);
  }
}
