package cn.deltalink.population.internal.sweep;

import cn.deltalink.population.internal.register.PopulationRoles;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** The sweep's pages: the sweeps started here with a button for a new one, and one sweep's progress and hits. */
@Controller
class SweepPages {

  private final Sweeping sweeping;
  private final SweepViews views;
  private final SweepRows rows;
  private final PopulationRoles roles;

  SweepPages(Sweeping sweeping, SweepViews views, SweepRows rows, PopulationRoles roles) {
    this.sweeping = sweeping;
    this.views = views;
    this.rows = rows;
    this.roles = roles;
  }

  @GetMapping("/population/sweeps")
  String list(Model model) {
    roles.require(PopulationRoles.SWEEP, "Sweeps");
    model.addAttribute("sweeps", rows.latest(20).stream().map(rows::find).flatMap(java.util.Optional::stream).toList());
    return "population/sweeps";
  }

  @PostMapping("/population/sweeps")
  String start() {
    String by = roles.require(PopulationRoles.SWEEP, "Sweeps").username();
    return "redirect:/population/sweeps/" + sweeping.start(by);
  }

  @GetMapping("/population/sweeps/{id}")
  String view(@PathVariable UUID id, Model model) {
    roles.require(PopulationRoles.SWEEP, "Sweeps");
    model.addAttribute("sweep", views.view(id));
    return "population/sweep";
  }

  @GetMapping("/population/sweeps/{id}/progress")
  String fragment(@PathVariable UUID id, Model model) {
    roles.require(PopulationRoles.SWEEP, "Sweeps");
    model.addAttribute("sweep", views.view(id));
    return "population/sweep :: progress";
  }
}
