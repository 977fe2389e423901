package cn.deltalink.population.internal.importing;

import cn.deltalink.platform.RequestRefused;
import cn.deltalink.population.ResidentStatus;
import cn.deltalink.population.internal.register.PopulationRoles;
import cn.deltalink.population.internal.register.ResidentRows;
import cn.deltalink.access.Masking;
import cn.deltalink.access.PersonalField;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** The register's page: counts by status, the latest changes (masked), and CSV import with a progress bar. */
@Controller
class PopulationPages {

  private final ResidentRows residents;
  private final ResidentImports imports;
  private final ImportRows importRows;
  private final PopulationRoles roles;
  private final Masking masking;

  PopulationPages(ResidentRows residents, ResidentImports imports, ImportRows importRows, PopulationRoles roles, Masking masking) {
    this.residents = residents;
    this.imports = imports;
    this.importRows = importRows;
    this.roles = roles;
    this.masking = masking;
  }

  @GetMapping("/population")
  String register(Model model) {
    roles.require(PopulationRoles.READ, "The population register");
    Map<String, Long> counts = new LinkedHashMap<>();
    for (ResidentStatus s : ResidentStatus.values()) {
      counts.put(s.slug(), residents.count(s));
    }
    model.addAttribute("counts", counts);
    model.addAttribute("latest", residents.latest(20).stream()
        .map(r -> Map.of("id", masking.masked(PersonalField.RESIDENT_ID, r.residentId().value()), "name", masking.masked(PersonalField.NAME, r.name()), "address", r.householdAddressCode(), "status", r.status().slug()))
        .toList());
    model.addAttribute("mayImport", roles.holds(PopulationRoles.WRITE));
    model.addAttribute("maySweep", roles.holds(PopulationRoles.SWEEP));
    model.addAttribute("imports", roles.holds(PopulationRoles.WRITE) ? importRows.latest(5) : java.util.List.of());
    return "population/register";
  }

  @PostMapping("/population/imports")
  String upload(@RequestParam("file") MultipartFile file, @RequestParam(required = false, defaultValue = "") String mapping) throws IOException {
    String by = roles.require(PopulationRoles.WRITE, "Importing residents").username();
    String name = file.getOriginalFilename() == null || file.getOriginalFilename().isBlank() ? "residents.csv" : file.getOriginalFilename();
    UUID id = imports.start(file.getBytes(), name.length() > 200 ? name.substring(0, 200) : name, mapping, by);
    return "redirect:/population/imports/" + id;
  }

  @GetMapping("/population/imports/{id}")
  String progress(@PathVariable UUID id, Model model) {
    roles.require(PopulationRoles.WRITE, "Imports");
    model.addAttribute("progress", ImportApi.progressOf(importRows, id));
    return "population/import";
  }

  @GetMapping("/population/imports/{id}/progress")
  String progressFragment(@PathVariable UUID id, Model model) {
    roles.require(PopulationRoles.WRITE, "Imports");
    if (importRows.find(id).isEmpty()) {
      throw RequestRefused.notFound("No import " + id);
    }
    model.addAttribute("progress", ImportApi.progressOf(importRows, id));
    return "population/import :: progress";
  }
}
