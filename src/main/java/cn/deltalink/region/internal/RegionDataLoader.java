package cn.deltalink.region.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the national division table and the configured region's agencies into the node's database
 * at start-up. Loading is an upsert, so a newer data set replaces names without touching what refers
 * to the codes.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RegionDataLoader implements ApplicationRunner {

  private final JdbcClient jdbc;
  private final TransactionTemplate tx;
  private final String region;

  RegionDataLoader(JdbcClient jdbc, TransactionTemplate tx, @Value("${deltalink.region}") String region) {
    this.jdbc = jdbc;
    this.tx = tx;
    this.region = region;
  }

  @Override
  public void run(ApplicationArguments args) {
    load();
  }

  void load() {
    tx.executeWithoutResult(
        s -> {
          for (String[] d : rows("region/gbt2260/divisions.csv")) {
            jdbc.sql(
                    """
                    insert into division (code, name_zh, parent_code, level) values (:code, :name, :parent, :level)
                    on conflict (code) do update set name_zh = excluded.name_zh, parent_code = excluded.parent_code, level = excluded.level
                    """)
                .param("code", d[0])
                .param("name", d[1])
                .param("parent", d[2].isEmpty() ? null : d[2])
                .param("level", Integer.parseInt(d[3]))
                .update();
          }
          for (String[] a : rows("region/" + region + "/agencies.csv")) {
            jdbc.sql(
                    """
                    insert into agency (code, name_zh, name_en, kind, division_code, parent_code)
                    values (:code, :zh, :en, :kind, :division, :parent)
                    on conflict (code) do update set name_zh = excluded.name_zh, name_en = excluded.name_en,
                      kind = excluded.kind, division_code = excluded.division_code, parent_code = excluded.parent_code
                    """)
                .param("code", a[0])
                .param("zh", a[1])
                .param("en", a[2])
                .param("kind", a[3])
                .param("division", a[4])
                .param("parent", a[5].isEmpty() ? null : a[5])
                .update();
          }
        });
  }

  private static List<String[]> rows(String resource) {
    InputStream in = RegionDataLoader.class.getClassLoader().getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("Region data set missing: classpath:" + resource);
    }
    List<String[]> rows = new ArrayList<>();
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = reader.readLine()) != null) {
        if (!line.isBlank() && !line.startsWith("#")) {
          rows.add(line.split(",", -1));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return rows;
  }
}
