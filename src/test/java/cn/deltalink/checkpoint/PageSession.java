package cn.deltalink.checkpoint;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** An officer signed in on the pages as a browser is: session cookie and the forms' CSRF token. */
public final class PageSession {

  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

  private final String base;
  private final HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();

  private PageSession(String base) {
    this.base = base;
  }

  /** Signs the demo officer in (password Demo@2026). */
  public static PageSession signIn(String base, String username) {
    PageSession session = new PageSession(base);
    HttpResponse<String> answer = session.post("/login", "/login", Map.of("username", username, "password", "Demo@2026"));
    if (answer.statusCode() != 302 || answer.headers().firstValue("Location").orElse("").contains("error")) {
      throw new AssertionError("sign-in of " + username + " failed: " + answer.statusCode());
    }
    return session;
  }

  public HttpResponse<String> get(String path) {
    try {
      return browser.send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "text/html").build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Posts the form as the page {@code formPage} would, with that page's CSRF token. */
  public HttpResponse<String> post(String formPage, String path, Map<String, String> form) {
    Matcher csrf = CSRF.matcher(get(formPage).body());
    if (!csrf.find()) {
      throw new AssertionError("no CSRF token on " + formPage);
    }
    String fields = form.entrySet().stream().map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    String body = "_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8) + (fields.isEmpty() ? "" : "&" + fields);
    try {
      return browser.send(
          HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "text/html").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
          HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
