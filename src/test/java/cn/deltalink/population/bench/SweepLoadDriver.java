package cn.deltalink.population.bench;

import static org.assertj.core.api.Assertions.assertThat;

import cn.deltalink.Eventually;
import cn.deltalink.alert.ApiCalls;
import cn.deltalink.exchange.RunningNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.util.FileSystemUtils;
import tools.jackson.databind.JsonNode;

/**
 * Load driver for the double-registration sweep (not part of {@code verify}: the name matches no test
 * pattern). Starts the four demo nodes, fills each register with {@code bench.residents} synthetic
 * residents (valid IDs, one county per province, made by SQL) plus {@code bench.doubles} residents
 * registered at all four, then starts a sweep at Jiangsu and measures the time until every other node
 * has sent its hashes and confirmed the hits. {@code ./mvnw -q test -Dtest=SweepLoadDriver
 * -Dsurefire.failIfNoSpecifiedTests=false -Dbench.residents=1000000}
 */
class SweepLoadDriver {

  private static final String CHECK = "substr('10X98765432', ((%s) %% 11) + 1, 1)";

  @Test
  void sweepsFourRegisters() throws Exception {
    int residents = Integer.getInteger("bench.residents", 1_000_000);
    int doubles = Integer.getInteger("bench.doubles", 100);
    Path region = Files.createTempDirectory("deltalink-sweep");
    List<RunningNode.Spec> specs = List.of(
        new RunningNode.Spec("JS", "32", RunningNode.freePort()),
        new RunningNode.Spec("SH", "31", RunningNode.freePort()),
        new RunningNode.Spec("ZJ", "33", RunningNode.freePort()),
        new RunningNode.Spec("AH", "34", RunningNode.freePort()));
    Map<String, String> endpoints = RunningNode.endpoints(specs);
    Map<String, String> counties = Map.of("JS", "320102", "SH", "310101", "ZJ", "330102", "AH", "340102");
    List<RunningNode> nodes = new ArrayList<>();
    try {
      for (RunningNode.Spec spec : specs) {
        nodes.add(RunningNode.start(spec, region, endpoints, Map.of()));
      }
      for (RunningNode node : nodes) {
        long start = System.nanoTime();
        fill(node, counties.get(node.id()), residents, 0);
        fill(node, "320583", doubles, 1);
        System.out.printf("%s: %,d residents loaded in %.1f s%n", node.id(), residents + doubles, (System.nanoTime() - start) / 1e9);
      }
      ApiCalls admin = ApiCalls.at(nodes.get(0).url(), "admin");
      long started = System.nanoTime();
      String id = admin.json(admin.post("/api/v1/registrations/sweeps", "")).get("id").asString();
      Eventually.until("every node answered the sweep", () -> {
        JsonNode view = admin.read("/api/v1/registrations/sweeps/" + id);
        return view.get("state").asString().equals("complete");
      }, Duration.ofMinutes(30));
      double seconds = (System.nanoTime() - started) / 1e9;
      JsonNode view = admin.read("/api/v1/registrations/sweeps/" + id);
      System.out.printf("Sweep of 4 registers of %,d residents: %.1f s, %d hits%n", residents, seconds, view.get("hits").size());
      view.get("nodes").forEach(n -> System.out.println("  " + n));
      assertThat(view.get("hits").size()).isGreaterThanOrEqualTo(3 * doubles);
    } finally {
      for (RunningNode node : nodes) {
        node.close();
      }
      FileSystemUtils.deleteRecursively(region.toFile());
    }
  }

  /** {@code count} residents of one county, order codes from {@code series * 500} on, valid check characters, made in one statement. */
  private static void fill(RunningNode node, String county, int count, int series) {
    StringBuilder sum = new StringBuilder();
    int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    for (int i = 0; i < 17; i++) {
      sum.append(i == 0 ? "" : " + ").append("substr(body, ").append(i + 1).append(", 1)::int * ").append(weights[i]);
    }
    node.jdbc().update(
        """
        insert into population_resident (resident_id, name, sex, birth_date, household_address_code, household_number, status, last_reference, updated_at)
        select body || %s, '测试' || g, case when ord %% 2 = 1 then 'male' else 'female' end, born, '%s', lpad(g::text, 12, '0'), 'active', 'bench', now()
        from (select g, born, ord, '%s' || to_char(born, 'YYYYMMDD') || lpad(ord::text, 3, '0') as body
              from (select g, date '1940-01-01' + (g %% 30000) as born, %d + (g / 30000) as ord from generate_series(0, %d) g) s) t
        on conflict do nothing
        """.formatted(CHECK.formatted(sum), county, county, series * 500, count - 1));
  }
}
