package cn.deltalink.access.internal;

import cn.deltalink.access.AuditTrailBroken;
import cn.deltalink.access.CurrentOfficer.Officer;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** User name and password, from the login form or HTTP Basic, checked by {@link SigningIn}. */
@Component
class OfficerAuthentication implements AuthenticationProvider {

  private final SigningIn signingIn;

  OfficerAuthentication(SigningIn signingIn) {
    this.signingIn = signingIn;
  }

  @Override
  public Authentication authenticate(Authentication authentication) {
    Object credentials = authentication.getCredentials();
    if (!(credentials instanceof String password) || authentication.getName() == null) {
      throw new BadCredentialsException("Wrong user name or password");
    }
    Officer officer;
    try {
      officer = signingIn.signIn(authentication.getName(), password, channel());
    } catch (AuditTrailBroken broken) {
      // an attempt that cannot be recorded is not let through; the form and the API say why
      throw new AuthenticationServiceException(broken.getMessage(), broken);
    }
    return OfficerProfiles.authenticated(officer, authentication.getDetails());
  }

  @Override
  public boolean supports(Class<?> authentication) {
    return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
  }

  private static String channel() {
    if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
      HttpServletRequest request = attributes.getRequest();
      String header = request.getHeader("Authorization");
      return header != null && header.regionMatches(true, 0, "Basic ", 0, 6) ? SigningIn.HTTP_BASIC : "login form";
    }
    return "login form";
  }
}
