package cn.deltalink.bulletin.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A demo officer at one node, calling its API with HTTP Basic and its pages with a session (so that
 * forms can carry their CSRF token), over real HTTP.
 */
final class Officers {

  static final JsonMapper JSON = JsonMapper.builder().build();

  private final String base;
  private final String authorization;
  private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

  private Officers(String base, String username) {
    this.base = base;
    this.authorization = "Basic " + Base64.getEncoder().encodeToString((username + ":Demo@2026").getBytes(StandardCharsets.UTF_8));
  }

  /** The demo officer {@code username} at the node on {@code port}. */
  static Officers at(int port, String username) {
    return new Officers("http://localhost:" + port, username);
  }

  HttpResponse<String> get(String path) {
    return send(request(path).GET().build());
  }

  HttpResponse<byte[]> download(String path) {
    try {
      return http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  HttpResponse<String> postJson(String path, String json) {
    return send(request(path).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build());
  }

  HttpResponse<String> postEmpty(String path) {
    return send(request(path).POST(HttpRequest.BodyPublishers.noBody()).build());
  }

  /** Posts a page form as multipart, with the CSRF token read from the page {@code formPage}. */
  HttpResponse<String> postForm(String formPage, String path, Multipart form) {
    form.field("_csrf", csrfToken(formPage));
    return send(request(path).header("Content-Type", form.contentType()).POST(HttpRequest.BodyPublishers.ofByteArray(form.bytes())).build());
  }

  JsonNode json(HttpResponse<String> response) {
    return JSON.readTree(response.body());
  }

  private String csrfToken(String page) {
    String html = get(page).body();
    Matcher token = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"").matcher(html);
    if (!token.find()) {
      throw new IllegalStateException("No CSRF token on " + page);
    }
    return token.group(1);
  }

  private HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", authorization);
  }

  private HttpResponse<String> send(HttpRequest request) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
