package cn.deltalink.web;

import cn.deltalink.access.CurrentOfficer;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Home and login pages. The home page shows each module's tiles for the signed-in officer's roles. */
@Controller
class ShellController {

  private final CurrentOfficer current;
  private final List<HomeTiles> tiles;

  ShellController(CurrentOfficer current, List<HomeTiles> tiles) {
    this.current = current;
    this.tiles = tiles;
  }

  @GetMapping("/")
  String home(Model model) {
    current.get().ifPresent(officer -> model.addAttribute("tiles", tiles.stream().flatMap(t -> t.tilesFor(officer).stream()).toList()));
    return "home";
  }

  @GetMapping("/login")
  String login() {
    return "login";
  }
}
