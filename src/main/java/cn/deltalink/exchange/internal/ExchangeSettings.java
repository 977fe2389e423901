package cn.deltalink.exchange.internal;

import cn.deltalink.platform.NodeSettings;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The exchange's settings ({@code deltalink.exchange.*}); every default is the one docs/protocol.md
 * states.
 *
 * @param directory folder with directory.json and directory.sig; default {@code <node.home>/../directory}
 * @param trustAnchor the coordinator's public key (PEM); default {@code <node.home>/keys/coordinator.pub.pem}
 * @param maxAge how old an envelope may get: the sender gives up and the receiver refuses after it
 * @param maxFuture how far ahead of the receiver's clock a creation time may be
 * @param maxPayloadBytes the largest payload, in UTF-8 bytes
 * @param maxBatchEnvelopes the most envelopes one request may carry
 * @param maxBatchBytes the largest request body taken
 * @param sendBatchSize the most envelopes the dispatcher puts in one request
 * @param sendBatchBytes the largest request body the dispatcher sends
 * @param retryFirstDelay the wait after the first failed attempt (doubles, with jitter)
 * @param retryMaxDelay the longest wait between attempts
 * @param connectTimeout connection timeout to a peer
 * @param requestTimeout time a peer has to answer a request
 * @param workersPerPeer how many batches to one peer may be on their way at the same time
 * @param pollInterval how often idle workers look for due work without being woken
 * @param pingInterval how often each peer's reachability is checked
 * @param directoryCheckInterval how often the directory file is checked for a newer version
 * @param demoEndpoints demo only: endpoint per node id instead of http://localhost:<port of nodes.csv>
 * @param allowPlainHttp outside demo mode, whether member endpoints without TLS ({@code http://}) are
 *     taken; off by default, since envelopes are signed but not encrypted (docs/protocol.md)
 */
@ConfigurationProperties("deltalink.exchange")
public record ExchangeSettings(
    @Nullable Path directory,
    @Nullable Path trustAnchor,
    @DefaultValue("72h") Duration maxAge,
    @DefaultValue("5m") Duration maxFuture,
    @DefaultValue("1048576") int maxPayloadBytes,
    @DefaultValue("256") int maxBatchEnvelopes,
    @DefaultValue("8388608") int maxBatchBytes,
    @DefaultValue("200") int sendBatchSize,
    @DefaultValue("4194304") int sendBatchBytes,
    @DefaultValue("1s") Duration retryFirstDelay,
    @DefaultValue("60s") Duration retryMaxDelay,
    @DefaultValue("2s") Duration connectTimeout,
    @DefaultValue("15s") Duration requestTimeout,
    @DefaultValue("2") int workersPerPeer,
    @DefaultValue("500ms") Duration pollInterval,
    @DefaultValue("10s") Duration pingInterval,
    @DefaultValue("30s") Duration directoryCheckInterval,
    @DefaultValue Map<String, String> demoEndpoints,
    @DefaultValue("false") boolean allowPlainHttp) {

  public ExchangeSettings {
    demoEndpoints = demoEndpoints == null ? Map.of() : Map.copyOf(demoEndpoints);
    if (workersPerPeer < 1 || workersPerPeer > 16) {
      throw new IllegalArgumentException("deltalink.exchange.workers-per-peer must be between 1 and 16");
    }
    if (sendBatchSize < 1 || sendBatchSize > maxBatchEnvelopes) {
      throw new IllegalArgumentException("deltalink.exchange.send-batch-size must be between 1 and max-batch-envelopes");
    }
  }

  public Path directoryFolder(NodeSettings node) {
    return directory != null ? directory : node.home().toAbsolutePath().getParent().resolve("directory");
  }

  public Path trustAnchorFile(NodeSettings node) {
    return trustAnchor != null ? trustAnchor : node.home().toAbsolutePath().resolve("keys").resolve("coordinator.pub.pem");
  }
}
