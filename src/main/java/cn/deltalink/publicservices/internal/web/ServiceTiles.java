package cn.deltalink.publicservices.internal.web;

import cn.deltalink.access.CurrentOfficer.Officer;
import cn.deltalink.access.Role;
import cn.deltalink.publicservices.internal.application.ApplicationState;
import cn.deltalink.publicservices.internal.application.Applications;
import cn.deltalink.publicservices.internal.application.Routing;
import cn.deltalink.publicservices.internal.application.ServiceClock;
import cn.deltalink.web.HomeTiles;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Home page: reviewers see what they have to decide, clerks what waits for material, supervisors what is overdue. */
@Component
class ServiceTiles implements HomeTiles {

  private final Applications applications;
  private final Routing routing;
  private final ServiceClock clock;

  ServiceTiles(Applications applications, Routing routing, ServiceClock clock) {
    this.applications = applications;
    this.routing = routing;
    this.clock = clock;
  }

  @Override
  @Transactional(readOnly = true)
  public List<Tile> tilesFor(Officer officer) {
    List<Tile> tiles = new ArrayList<>();
    String self = routing.self();
    if (officer.has(Role.REVIEWING_OFFICER)) {
      tiles.add(new Tile("/services?side=competent", "ps.tile.toDecide", count(ApplicationState.UNDER_REVIEW, null, self, false), true));
    }
    if (officer.has(Role.WINDOW_CLERK)) {
      tiles.add(new Tile("/services?side=intake", "ps.tile.moreMaterial", count(ApplicationState.MORE_MATERIAL, self, null, false), true));
    }
    if (officer.has(Role.SUPERVISOR)) {
      tiles.add(new Tile("/services?side=overdue", "ps.tile.overdue", count(null, null, self, true), true));
    }
    return tiles;
  }

  private long count(ApplicationState state, String intake, String competent, boolean overdue) {
    return applications.list(new Applications.Filter(state, intake, competent, overdue, 500), clock.now()).size();
  }
}
