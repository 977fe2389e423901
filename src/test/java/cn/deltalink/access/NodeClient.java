package cn.deltalink.access;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Real HTTP calls to the node under test, authenticated the way an API client would be. */
final class NodeClient {

  static final String DEMO_PASSWORD = "Demo@2026";
  static final JsonMapper JSON = JsonMapper.builder().build();

  private final HttpClient http = HttpClient.newHttpClient();
  private final String base;

  NodeClient(int port) {
    this.base = "http://localhost:" + port;
  }

  static String basic(String username, String password) {
    return "Basic " + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  static String bearer(String token) {
    return "Bearer " + token;
  }

  static String admin() {
    return basic("admin", DEMO_PASSWORD);
  }

  HttpResponse<String> get(String path, String authorization) {
    return send(request(path, authorization).GET());
  }

  HttpResponse<String> getAnonymously(String path) {
    return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
  }

  HttpResponse<String> post(String path, String authorization, String json) {
    return send(request(path, authorization).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  HttpResponse<String> patch(String path, String authorization, String json) {
    return send(request(path, authorization).header("Content-Type", "application/json").method("PATCH", HttpRequest.BodyPublishers.ofString(json)));
  }

  HttpResponse<String> delete(String path, String authorization) {
    return send(request(path, authorization).DELETE());
  }

  static JsonNode json(HttpResponse<String> response) {
    return JSON.readTree(response.body());
  }

  /** Creates an officer through the administrator's API; fails the test if that is refused. */
  void createOfficer(String adminAuthorization, String username, String agencyCode, String role, String password) {
    String body =
        JSON.writeValueAsString(
            java.util.Map.of("username", username, "displayName", "测试" + username, "agencyCode", agencyCode, "roles", java.util.List.of(role), "password", password));
    HttpResponse<String> response = post("/api/v1/officers", adminAuthorization, body);
    if (response.statusCode() != 201) {
      throw new AssertionError("Could not create " + username + ": " + response.statusCode() + " " + response.body());
    }
  }

  private HttpRequest.Builder request(String path, String authorization) {
    return HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", authorization);
  }

  private HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
