package cn.deltalink.exchange;

import cn.deltalink.DeltaLinkApplication;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A whole node started in this JVM for cross-node tests: demo mode in a shared temporary region
 * folder (so the nodes share one demo directory), a chosen HTTP port, its own persistent embedded
 * PostgreSQL under its home (so that it can be stopped and started again with its data), short
 * retry and poll intervals. Extra beans (test handlers, responders) are registered as singletons.
 */
public final class RunningNode implements AutoCloseable {

  public record Spec(String id, String province, int port) {}

  private final Spec spec;
  private final ConfigurableApplicationContext context;

  private RunningNode(Spec spec, ConfigurableApplicationContext context) {
    this.spec = spec;
    this.context = context;
  }

  public static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Endpoints for all four demo nodes: the given ones on their ports, the others on ports nobody listens on. */
  /**
   * Ends a cross-node test class: closes every node that was started (null for one that never was or
   * is down at the end) and removes the region folder they shared.
   */
  public static void stopAll(java.nio.file.Path region, RunningNode... nodes) {
    for (RunningNode node : nodes) {
      if (node != null) {
        node.close();
      }
    }
    org.springframework.util.FileSystemUtils.deleteRecursively(region.toFile());
  }

  public static Map<String, String> endpoints(List<Spec> running) {
    Map<String, String> endpoints = new HashMap<>();
    for (String id : List.of("SH", "JS", "ZJ", "AH")) {
      endpoints.put(id, "http://localhost:" + running.stream().filter(s -> s.id().equals(id)).findFirst().map(Spec::port).orElseGet(RunningNode::freePort));
    }
    return endpoints;
  }

  public static RunningNode start(Spec spec, Path region, Map<String, String> endpoints, Map<String, String> extraProperties, Object... beans) {
    Map<String, Object> properties = new HashMap<>();
    properties.put("deltalink.region", "yrd");
    properties.put("deltalink.node.id", spec.id());
    properties.put("deltalink.node.province", spec.province());
    properties.put("deltalink.node.demo", "true");
    properties.put("deltalink.node.home", region.resolve(spec.id()).toString());
    properties.put("deltalink.db.embedded-data", "persistent");
    properties.put("deltalink.db.embedded-port", "0");
    properties.put("deltalink.db.pool-size", "12");
    properties.put("server.port", Integer.toString(spec.port()));
    properties.put("spring.main.banner-mode", "off");
    properties.put("deltalink.exchange.retry-first-delay", "200ms");
    properties.put("deltalink.exchange.retry-max-delay", "1s");
    properties.put("deltalink.exchange.poll-interval", "100ms");
    properties.put("deltalink.exchange.ping-interval", "1s");
    properties.put("deltalink.exchange.request-timeout", "5s");
    endpoints.forEach((id, url) -> properties.put("deltalink.exchange.demo-endpoints." + id, url));
    properties.putAll(extraProperties);
    ConfigurableApplicationContext context =
        new SpringApplicationBuilder(DeltaLinkApplication.class)
            .initializers(
                ctx -> {
                  for (Object bean : beans) {
                    ((GenericApplicationContext) ctx).getBeanFactory().registerSingleton(bean.getClass().getName() + "#" + System.identityHashCode(bean), bean);
                  }
                })
            .run(properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new));
    return new RunningNode(spec, context);
  }

  public String id() {
    return spec.id();
  }

  public String url() {
    return "http://localhost:" + spec.port();
  }

  public Exchange exchange() {
    return context.getBean(Exchange.class);
  }

  public JdbcTemplate jdbc() {
    return context.getBean(JdbcTemplate.class);
  }

  /**
   * The node's database as its PostgreSQL superuser: what an administrator of the database server
   * (not the node, which runs as a role that cannot rewrite its trails, ADR 018) can do.
   */
  public JdbcTemplate superuserJdbc() {
    return new JdbcTemplate(context.getBean(EmbeddedPostgres.class).getPostgresDatabase());
  }

  public TransactionTemplate transaction() {
    return context.getBean(TransactionTemplate.class);
  }

  /** Calls {@code listener} with every application event of the given type that the node publishes from now on. */
  public <E> void on(Class<E> type, Consumer<E> listener) {
    context.addApplicationListener(
        event -> {
          if (event instanceof PayloadApplicationEvent<?> published && type.isInstance(published.getPayload())) {
            listener.accept(type.cast(published.getPayload()));
          }
        });
  }

  public <T> T bean(Class<T> type) {
    return context.getBean(type);
  }

  @Override
  public void close() {
    context.close();
  }
}
