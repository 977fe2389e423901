package cn.deltalink.access;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** An officer's browser: its own session cookie, signing in through the login form with its CSRF token. */
final class Browser {

  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

  private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();
  private final String base;

  Browser(int port) {
    this.base = "http://localhost:" + port;
  }

  /** Posts the login form; the answer is the redirect (to the home page, or back to the form with an error). */
  HttpResponse<String> signIn(String username, String password) {
    Matcher csrf = CSRF.matcher(get("/login").body());
    if (!csrf.find()) {
      throw new AssertionError("no CSRF token on the login page");
    }
    String form = "_csrf=" + encode(csrf.group(1)) + "&username=" + encode(username) + "&password=" + encode(password);
    return send(HttpRequest.newBuilder(URI.create(base + "/login")).header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)));
  }

  /** Signs in and fails the test unless the form accepted the password. */
  Browser signedInAs(String username, String password) {
    HttpResponse<String> answer = signIn(username, password);
    String location = answer.headers().firstValue("Location").orElse("");
    if (answer.statusCode() != 302 || location.contains("error")) {
      throw new AssertionError("sign-in of " + username + " refused: " + answer.statusCode() + " " + location);
    }
    return this;
  }

  HttpResponse<String> get(String path) {
    return send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "text/html"));
  }

  /** A JSON API call riding on the session (the API needs no CSRF token). */
  HttpResponse<String> postJson(String path, String json) {
    return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  HttpResponse<String> getJson(String path) {
    return send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "application/json"));
  }

  private HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
