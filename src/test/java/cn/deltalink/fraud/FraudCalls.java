package cn.deltalink.fraud;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A demo user calling one node's fraud API over real HTTP, with Basic credentials or a bearer token. */
final class FraudCalls {

  static final JsonMapper JSON = JsonMapper.builder().build();

  private final String base;
  private final String authorization;
  private final HttpClient http = HttpClient.newHttpClient();

  private FraudCalls(String base, String authorization) {
    this.base = base;
    this.authorization = authorization;
  }

  static FraudCalls as(String baseUrl, String username) {
    return new FraudCalls(baseUrl, "Basic " + Base64.getEncoder().encodeToString((username + ":Demo@2026").getBytes(StandardCharsets.UTF_8)));
  }

  static FraudCalls withToken(String baseUrl, String token) {
    return new FraudCalls(baseUrl, "Bearer " + token);
  }

  HttpResponse<String> get(String path) {
    return send(request(path).GET().build());
  }

  HttpResponse<String> post(String path, String json) {
    return send(request(path).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build());
  }

  HttpResponse<String> postCsv(String path, String csv) {
    return send(request(path).header("Content-Type", "text/csv").POST(HttpRequest.BodyPublishers.ofString(csv)).build());
  }

  /** POSTs and answers the JSON; fails unless the status is the expected one. */
  JsonNode post(String path, String json, int expected) {
    HttpResponse<String> response = post(path, json);
    if (response.statusCode() != expected) {
      throw new AssertionError("POST " + path + ": " + response.statusCode() + " " + response.body());
    }
    return JSON.readTree(response.body());
  }

  JsonNode read(String path) {
    HttpResponse<String> response = get(path);
    if (response.statusCode() != 200) {
      throw new AssertionError("GET " + path + ": " + response.statusCode() + " " + response.body());
    }
    return JSON.readTree(response.body());
  }

  private HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60)).header("Authorization", authorization).header("Accept", "application/json");
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
