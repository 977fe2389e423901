package cn.deltalink.alert;

import cn.deltalink.Eventually;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.function.BooleanSupplier;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A demo officer calling one node's JSON API over real HTTP with HTTP Basic. */
public final class ApiCalls {

  public static final JsonMapper JSON = JsonMapper.builder().build();

  private final String base;
  private final String authorization;
  private final HttpClient http = HttpClient.newHttpClient();

  private ApiCalls(String base, String authorization) {
    this.base = base;
    this.authorization = authorization;
  }

  /** The demo officer {@code username} at the node whose base URL is given. */
  public static ApiCalls at(String baseUrl, String username) {
    return new ApiCalls(baseUrl, "Basic " + Base64.getEncoder().encodeToString((username + ":Demo@2026").getBytes(StandardCharsets.UTF_8)));
  }

  /**
   * The same officer with a personal API token instead of the password, as a device calls: a password
   * is checked with bcrypt on every request, which in a load driver's polling loop costs the node more
   * than the work measured.
   */
  public ApiCalls withToken() {
    return new ApiCalls(base, token());
  }

  /** A new personal token of this officer, as an {@code Authorization} header value. */
  public String token() {
    HttpResponse<String> issued = post("/api/v1/account/tokens", "{\"name\":\"driver\",\"expiresInDays\":1}");
    if (issued.statusCode() != 201) {
      throw new IllegalStateException("No token: " + issued.statusCode() + " " + issued.body());
    }
    return "Bearer " + json(issued).required("token").asString();
  }

  public HttpResponse<String> get(String path) {
    return send(request(path).GET().build());
  }

  public HttpResponse<String> post(String path, String json) {
    return send(request(path).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build());
  }

  public HttpResponse<String> patch(String path, String json) {
    return send(request(path).header("Content-Type", "application/json").method("PATCH", HttpRequest.BodyPublishers.ofString(json)).build());
  }

  /** PUTs a file as the body, with the type the caller claims. */
  public HttpResponse<String> put(String path, byte[] body, String contentType) {
    return send(request(path).header("Content-Type", contentType).PUT(HttpRequest.BodyPublishers.ofByteArray(body)).build());
  }

  public HttpResponse<String> put(String path) {
    return send(request(path).PUT(HttpRequest.BodyPublishers.noBody()).build());
  }

  public HttpResponse<String> delete(String path) {
    return send(request(path).DELETE().build());
  }

  /** GETs the path and answers the body's bytes (an image). */
  public HttpResponse<byte[]> bytes(String path) {
    try {
      return http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  public JsonNode json(HttpResponse<String> response) {
    return JSON.readTree(response.body());
  }

  /** GETs the path and answers its JSON; fails unless the status is 200. */
  public JsonNode read(String path) {
    HttpResponse<String> response = get(path);
    if (response.statusCode() != 200) {
      throw new AssertionError("GET " + path + ": " + response.statusCode() + " " + response.body());
    }
    return json(response);
  }

  /** Waits until the condition holds, at most {@code limit}: the suite's one waiting helper. */
  public static void await(Duration limit, BooleanSupplier condition) {
    Eventually.until("the awaited state at the nodes", condition, limit);
  }

  private HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60)).header("Authorization", authorization);
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
