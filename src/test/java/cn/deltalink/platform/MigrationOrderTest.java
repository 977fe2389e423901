package cn.deltalink.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Migrations are numbered per module (ADR 003), so a module's next migration reaches nodes whose
 * database already holds a higher-numbered migration of another module. This takes a database
 * migrated without the newest migration of every module but the last, then starts Flyway with the
 * node's own settings (application.yml) and checks that those migrations are applied.
 */
class MigrationOrderTest {

  @Test
  void aDatabaseMigratedBeforeAModulesNewMigrationTakesItWithTheNodesSettings(@TempDir Path earlier) throws Exception {
    Path all = Path.of(new ClassPathResource("db/migration").getURI());
    Map<Integer, Path> byVersion = new TreeMap<>();
    try (Stream<Path> files = Files.list(all)) {
      files.filter(f -> f.getFileName().toString().matches("V\\d+__.*\\.sql")).forEach(f -> byVersion.put(version(f), f));
    }
    int last = byVersion.keySet().stream().max(Comparator.naturalOrder()).orElseThrow();
    List<Integer> heldBack = byVersion.keySet().stream().filter(v -> v / 10 != last / 10).filter(v -> !byVersion.containsKey(v + 1)).toList();
    for (Map.Entry<Integer, Path> migration : byVersion.entrySet()) {
      if (!heldBack.contains(migration.getKey())) {
        Files.copy(migration.getValue(), earlier.resolve(migration.getValue().getFileName()));
      }
    }
    Properties settings = settings();

    try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
      Flyway.configure().dataSource(postgres.getPostgresDatabase()).locations("filesystem:" + earlier).load().migrate();
      Flyway.configure()
          .dataSource(postgres.getPostgresDatabase())
          .locations(settings.getProperty("spring.flyway.locations"))
          .outOfOrder(Boolean.parseBoolean(settings.getProperty("spring.flyway.out-of-order", "false")))
          .load()
          .migrate();

      JdbcTemplate jdbc = new JdbcTemplate(postgres.getPostgresDatabase());
      List<Integer> applied = jdbc.queryForList("select cast(version as int) from flyway_schema_history where success and version is not null order by installed_rank", Integer.class);
      assertThat(heldBack).isNotEmpty();
      assertThat(applied).containsExactlyInAnyOrderElementsOf(byVersion.keySet());
      assertThat(applied.subList(applied.size() - heldBack.size(), applied.size())).containsExactlyElementsOf(heldBack);
    }
  }

  private static int version(Path file) {
    String name = file.getFileName().toString();
    return Integer.parseInt(name.substring(1, name.indexOf("__")));
  }

  private static Properties settings() throws IOException, URISyntaxException {
    YamlPropertiesFactoryBean yaml = new YamlPropertiesFactoryBean();
    yaml.setResources(new ClassPathResource("application.yml"));
    Properties properties = yaml.getObject();
    assertThat(properties).isNotNull();
    return properties;
  }
}
