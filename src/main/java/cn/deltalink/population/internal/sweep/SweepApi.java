package cn.deltalink.population.internal.sweep;

import cn.deltalink.population.internal.register.PopulationRoles;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Double-registration sweeps (重复户口清理): start one, follow it, read its hits. */
@RestController
@Tag(name = "population", description = "This province's population register: residents, CSV imports, double-registration sweeps")
@RequestMapping("/api/v1/registrations/sweeps")
class SweepApi {

  private final Sweeping sweeping;
  private final SweepViews views;
  private final PopulationRoles roles;

  SweepApi(Sweeping sweeping, SweepViews views, PopulationRoles roles) {
    this.sweeping = sweeping;
    this.views = views;
    this.roles = roles;
  }

  @Operation(
      summary = "Start a double-registration sweep against every other node (reviewing officer, supervisor, administrator)",
      description = "Compares keyed SM3 hashes of resident IDs (ADR 029): no node sends its register. 202 with the sweep's id; follow it at GET .../{id}.")
  @PostMapping
  ResponseEntity<Map<String, String>> start() {
    String by = roles.require(PopulationRoles.SWEEP, "Sweeps").username();
    UUID id = sweeping.start(by);
    return ResponseEntity.accepted().location(URI.create("/api/v1/registrations/sweeps/" + id)).body(Map.of("id", id.toString(), "state", "running"));
  }

  @Operation(summary = "A sweep's progress per node and its confirmed hits: residents of this register who are registered at another node too")
  @GetMapping("/{id}")
  SweepViews.View view(@PathVariable UUID id) {
    roles.require(PopulationRoles.SWEEP, "Sweeps");
    return views.view(id);
  }
}
