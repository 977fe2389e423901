package cn.deltalink.access.internal;

import cn.deltalink.access.AuditOutcome;
import cn.deltalink.access.AuditTrail;
import cn.deltalink.access.Role;
import cn.deltalink.access.internal.audit.ChainedAuditTrail;
import cn.deltalink.platform.NodeSettings;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.core.Authentication;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authorization.AuthorizationEventPublisher;
import org.springframework.security.authorization.SpringAuthorizationEventPublisher;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * Who may call what (ADR 008). Pages use form login with a session; the JSON API takes personal API
 * tokens ({@code Bearer dlk_...}) and HTTP Basic (over TLS, or from loopback in demo mode); both
 * kinds of password login share one lock-out. URL rules grant areas to roles; jurisdiction is checked
 * in the code that knows the record. {@code /exchange/v1/**} is open at this layer because every
 * envelope carries its sender's SM2 signature, checked by the exchange module.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

  @Bean
  SecurityFilterChain filterChain(
      HttpSecurity http,
      ProblemResponses problems,
      PersonalTokens tokens,
      ChainedAuditTrail chain,
      AuditTrail audit,
      NodeSettings node,
      Officers officers,
      OfficerProfiles profiles,
      CredentialAttempts attempts)
      throws Exception {
    String administrator = Role.ADMINISTRATOR.name();
    String auditor = Role.AUDITOR.name();
    http.authorizeHttpRequests(
            requests ->
                requests
                    .requestMatchers("/login", "/error", "/webjars/**", "/css/**", "/js/**", "/img/**", "/favicon.ico")
                    .permitAll()
                    .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info")
                    .permitAll()
                    .requestMatchers("/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**")
                    .permitAll()
                    .requestMatchers("/exchange/v1/**")
                    .permitAll()
                    .requestMatchers("/admin/**", "/api/v1/officers", "/api/v1/officers/**")
                    .hasRole(administrator)
                    .requestMatchers("/audit/**", "/api/v1/audit/**")
                    .hasAnyRole(auditor, administrator)
                    .requestMatchers("/api/v1/risk-entries/screening", "/api/v1/account", "/api/v1/account/**", "/account", "/account/**", "/logout")
                    .authenticated()
                    // a partner bank or telecom may screen and manage its own token, nothing else
                    .anyRequest()
                    .access((authentication, context) -> new AuthorizationDecision(signedInOfficer(authentication.get()))))
        .formLogin(
            form ->
                form.loginPage("/login")
                    .defaultSuccessUrl("/", false)
                    .failureHandler(
                        (request, response, failure) ->
                            response.sendRedirect(request.getContextPath() + "/login?error" + formError(failure)))
                    .permitAll())
        .httpBasic(basic -> basic.authenticationEntryPoint(problems))
        .addFilterBefore(new RefuseWhileTrailBroken(problems), SecurityContextHolderFilter.class)
        .addFilterBefore(new BasicOnlyWhereSafe(node, chain, problems, attempts), BasicAuthenticationFilter.class)
        .addFilterBefore(new BearerTokenFilter(tokens, problems), BasicAuthenticationFilter.class)
        .addFilterAfter(new SessionRefresh(officers, profiles), BasicAuthenticationFilter.class)
        .logout(
            logout ->
                logout
                    .logoutUrl("/logout")
                    .logoutSuccessUrl("/login?logout")
                    .addLogoutHandler(
                        (request, response, authentication) -> {
                          if (authentication != null && authentication.getPrincipal() instanceof OfficerDetails) {
                            audit.record("logout", "", "", AuditOutcome.ok());
                          }
                        }))
        // The API is called with a token or Basic credentials, which a foreign site cannot add; the
        // session cookie is SameSite=strict, so a session cannot be ridden from another site either.
        .csrf(csrf -> csrf.ignoringRequestMatchers("/api/**", "/exchange/v1/**"))
        .exceptionHandling(
            errors ->
                errors
                    .defaultAuthenticationEntryPointFor(problems, PathPatternRequestMatcher.pathPattern("/api/**"))
                    .defaultAccessDeniedHandlerFor(problems, PathPatternRequestMatcher.pathPattern("/api/**")));
    return http.build();
  }

  /** Signed in, and not a partner only: partners reach only the screening API and their own account. */
  private static boolean signedInOfficer(@Nullable Authentication authentication) {
    if (authentication == null || !authentication.isAuthenticated() || authentication instanceof AnonymousAuthenticationToken) {
      return false;
    }
    String partner = Role.PARTNER.authority();
    boolean isPartner = authentication.getAuthorities().stream().anyMatch(a -> partner.equals(a.getAuthority()));
    boolean hasOtherRole = authentication.getAuthorities().stream().anyMatch(a -> a.getAuthority() != null && a.getAuthority().startsWith("ROLE_") && !a.getAuthority().equals(partner));
    return !isPartner || hasOtherRole;
  }

  /** Which message the login page shows: locked, too many attempts from this address, or wrong credentials. */
  private static String formError(AuthenticationException failure) {
    if (failure instanceof LockedException) {
      return "=locked";
    }
    if (RefuseWhileTrailBroken.cause(failure) != null) {
      return "=trail";
    }
    return failure instanceof AttemptsThrottled ? "=throttled" : "";
  }

  /** bcrypt for new hashes; the {@code {id}} prefix lets older or stronger schemes coexist and be upgraded on login. */
  @Bean
  PasswordEncoder passwordEncoder() {
    return PasswordEncoderFactories.createDelegatingPasswordEncoder();
  }

  /** Publishes denials of URL rules and of {@code @PreAuthorize}, so that {@link DenialAudit} records them. */
  @Bean
  AuthorizationEventPublisher authorizationEventPublisher(ApplicationEventPublisher events) {
    return new SpringAuthorizationEventPublisher(events);
  }
}
