package cn.deltalink.exchange.internal.peer;

import cn.deltalink.exchange.internal.ExchangeSettings;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.springframework.stereotype.Component;

/** HTTP to other nodes' {@code /exchange/v1} endpoints (HTTP/1.1, JSON, timeouts from the settings). */
@Component
public class PeerClient {

  /** What came back: an answer with a status, or no answer at all (and why). */
  public sealed interface Outcome {}

  public record Answer(int status, byte[] body) implements Outcome {}

  public record NoAnswer(String error, boolean timedOut) implements Outcome {}

  private final HttpClient http;
  private final ExchangeSettings settings;

  PeerClient(ExchangeSettings settings) {
    this.settings = settings;
    this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(settings.connectTimeout()).followRedirects(HttpClient.Redirect.NEVER).build();
  }

  public Outcome post(String url, byte[] body) {
    try {
      HttpResponse<byte[]> response = http.send(request(url, settings.requestTimeout()).POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofByteArray());
      return new Answer(response.statusCode(), response.body());
    } catch (HttpTimeoutException e) {
      return new NoAnswer("no answer within " + settings.requestTimeout().toSeconds() + " s", true);
    } catch (IOException e) {
      return new NoAnswer("unreachable: " + describe(e), false);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new NoAnswer("interrupted while waiting for the answer", false);
    }
  }

  public CompletableFuture<HttpResponse<byte[]>> postAsync(String url, byte[] body, Duration timeout) {
    return http.sendAsync(request(url, timeout).POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  public CompletableFuture<HttpResponse<byte[]>> getAsync(String url, Duration timeout) {
    return http.sendAsync(request(url, timeout).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  public static String describe(Throwable e) {
    Throwable cause = e;
    while (cause.getCause() != null && (cause.getMessage() == null || cause.getMessage().isBlank())) {
      cause = cause.getCause();
    }
    String message = cause.getMessage();
    return cause.getClass().getSimpleName() + (message == null || message.isBlank() ? "" : " " + message);
  }

  private static HttpRequest.Builder request(String url, Duration timeout) {
    return HttpRequest.newBuilder(URI.create(url)).timeout(timeout).header("Content-Type", "application/json").header("Accept", "application/json");
  }
}
