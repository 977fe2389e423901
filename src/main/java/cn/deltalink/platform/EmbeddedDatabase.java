package cn.deltalink.platform;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * The node's own PostgreSQL, started by the node itself when no external database is configured
 * (ADR 001). Its data folder survives restarts and is written durably (fsync on);
 * {@code deltalink.db.embedded-data=ephemeral} (tests) starts from an empty temporary folder that is
 * not synced to disk.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedDatabase.NoExternalDatabase.class)
class EmbeddedDatabase {

  private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);

  /** Destroyed after the pool (which depends on the database): PostgreSQL stops last. */
  @Bean(destroyMethod = "stop")
  DatabaseStop databaseStop(
      NodeHome home,
      NodeSettings node,
      @Value("${deltalink.db.embedded-stop-grace:6s}") Duration grace,
      @Value("${deltalink.db.embedded-port:0}") int port,
      @Value("${deltalink.db.embedded-data:persistent}") String data,
      @Value("${deltalink.db.embedded-statement-statistics:false}") boolean statementStatistics)
      throws IOException {
    // the library's shutdown hook would stop PostgreSQL while the node still uses it (DatabaseStop)
    EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder().setPGStartupWait(Duration.ofSeconds(60)).setRegisterShutdownHook(false);
    if (port > 0) {
      builder.setPort(port);
    }
    boolean persistent = !"ephemeral".equals(data);
    if (persistent) {
      Path folder = node.home().resolve("pgdata");
      Files.createDirectories(folder.getParent());
      stopOrphanedServer(folder);
      builder.setDataDirectory(folder).setCleanDataDirectory(false);
      // The library starts PostgreSQL for throw-away test data (fsync off); a node's own data must
      // survive a crash of the machine, so a persistent folder gets PostgreSQL's durable defaults.
      builder.setServerConfig("fsync", "on").setServerConfig("synchronous_commit", "on").setServerConfig("full_page_writes", "on");
    }
    // No standby or archive reads this server's log, so it logs only what crash recovery needs: a
    // bulk load into a table made in the same transaction (a transaction import, ADR 040) then skips
    // the log and is synced to disk once at its commit, instead of flushing the log again and again
    // as the load's buffers are written out.
    builder.setServerConfig("wal_level", "minimal").setServerConfig("max_wal_senders", "0");
    if (statementStatistics) {
      // per-statement times in pg_stat_statements (after "create extension pg_stat_statements"), e.g. for the load driver
      builder.setServerConfig("shared_preload_libraries", "pg_stat_statements");
    }
    DatabaseStop stop = DatabaseStop.guarding(node.id(), grace, builder::start);
    log.info("Embedded PostgreSQL for node {} listens on port {}", node.id(), stop.postgres().getPort());
    return stop;
  }

  /** Stopped by {@link DatabaseStop}, not here. */
  @Bean(destroyMethod = "")
  EmbeddedPostgres embeddedPostgres(DatabaseStop stop) {
    return stop.postgres();
  }

  /** The owner and application roles (ADR 018), created on the server as its superuser. */
  @Bean
  DatabaseRoles databaseRoles(EmbeddedPostgres postgres, NodeSettings node, @Value("${deltalink.db.embedded-data:persistent}") String data) {
    DatabaseRoles roles = DatabaseRoles.keptIn("ephemeral".equals(data) ? null : node.home().resolve("db-roles.properties"));
    roles.prepare(postgres.getPostgresDatabase());
    return roles;
  }

  /** What the node runs with: the application role, which cannot rewrite the audit trail or the message log. */
  @Bean(destroyMethod = "close")
  HikariDataSource dataSource(EmbeddedPostgres postgres, DatabaseRoles roles, @Value("${deltalink.db.pool-size:16}") int poolSize) {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(postgres.getJdbcUrl(DatabaseRoles.APP, "postgres"));
    config.setPassword(roles.appPassword());
    config.setMaximumPoolSize(poolSize);
    config.setPoolName("deltalink");
    return new HikariDataSource(config);
  }

  /**
   * What Flyway migrates with: the owner role. Not a default candidate for injection, so every other
   * user of a {@link DataSource} gets the application role's.
   */
  @Bean(destroyMethod = "close", defaultCandidate = false)
  @FlywayDataSource
  HikariDataSource ownerDataSource(EmbeddedPostgres postgres, DatabaseRoles roles) {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(postgres.getJdbcUrl(DatabaseRoles.OWNER, "postgres"));
    config.setPassword(roles.ownerPassword());
    config.setMaximumPoolSize(2);
    config.setMinimumIdle(0);
    config.setPoolName("deltalink-owner");
    return new HikariDataSource(config);
  }

  /**
   * A node killed without its shutdown hook leaves its PostgreSQL running on the data folder; the
   * next start would then fail. Such a server belongs to no one else, so it is stopped first.
   */
  private static void stopOrphanedServer(Path folder) {
    Path pidFile = folder.resolve("postmaster.pid");
    if (!Files.exists(pidFile)) {
      return;
    }
    try {
      long pid = Long.parseLong(Files.readAllLines(pidFile).get(0).trim());
      Optional<ProcessHandle> server = ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
      if (server.isPresent() && servesFolder(pid, folder)) {
        log.warn("Stopping PostgreSQL {} left running on {} by an earlier node process", pid, folder);
        server.get().destroy();
        server.get().onExit().get(30, TimeUnit.SECONDS);
      }
      Files.deleteIfExists(pidFile);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (Exception e) {
      log.warn("Could not inspect {}: {}", pidFile, e.getMessage());
    }
  }

  /** Whether process {@code pid} is a PostgreSQL server on {@code folder} (pids get reused). */
  private static boolean servesFolder(long pid, Path folder) throws IOException {
    Path cmdline = Path.of("/proc", Long.toString(pid), "cmdline");
    if (!Files.isReadable(cmdline)) {
      return false;
    }
    String command = new String(Files.readAllBytes(cmdline), java.nio.charset.StandardCharsets.UTF_8).replace('\0', ' ');
    return command.contains("postgres") && command.contains(folder.toAbsolutePath().toString());
  }

  static class NoExternalDatabase implements Condition {
    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
      String url = context.getEnvironment().getProperty("spring.datasource.url");
      return url == null || url.isBlank();
    }
  }
}
