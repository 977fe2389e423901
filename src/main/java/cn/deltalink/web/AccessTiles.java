package cn.deltalink.web;

import cn.deltalink.access.AccessWatch;
import cn.deltalink.access.CurrentOfficer.Officer;
import cn.deltalink.access.Role;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/** Home page: locked accounts for administrators, refused requests of the last day for auditors. */
@Component
class AccessTiles implements HomeTiles {

  private final AccessWatch watch;

  AccessTiles(AccessWatch watch) {
    this.watch = watch;
  }

  @Override
  public List<Tile> tilesFor(Officer officer) {
    List<Tile> tiles = new ArrayList<>();
    if (officer.has(Role.ADMINISTRATOR)) {
      tiles.add(new Tile("/admin/officers", "home.tile.locked", watch.lockedAccounts(), true));
    }
    if (officer.has(Role.AUDITOR)) {
      tiles.add(new Tile("/audit", "home.tile.denied", watch.refusalsSince(Instant.now().minus(Duration.ofDays(1))), true));
    }
    return tiles;
  }
}
