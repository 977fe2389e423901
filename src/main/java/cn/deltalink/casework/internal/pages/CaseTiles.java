package cn.deltalink.casework.internal.pages;

import cn.deltalink.access.CurrentOfficer.Officer;
import cn.deltalink.access.Role;
import cn.deltalink.casework.internal.assistance.AssistanceRequests;
import cn.deltalink.casework.internal.linkage.CaseLinks;
import cn.deltalink.web.HomeTiles;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Home page: for investigators, the requests their agencies owe an answer to and the requests for
 * details of their cases; for supervisors, the escalated requests (the deadline passed, either side).
 */
@Component
class CaseTiles implements HomeTiles {

  private final AssistanceRequests requests;
  private final CaseLinks links;

  CaseTiles(AssistanceRequests requests, CaseLinks links) {
    this.requests = requests;
    this.links = links;
  }

  @Override
  @Transactional(readOnly = true)
  public List<Tile> tilesFor(Officer officer) {
    List<Tile> tiles = new ArrayList<>();
    String prefix = officer.jurisdiction().replaceAll("(00)+$", "");
    if (officer.has(Role.INVESTIGATOR) || officer.has(Role.SUPERVISOR)) {
      tiles.add(new Tile("/assistance", "casework.tile.awaiting", requests.awaiting(prefix), true));
      tiles.add(new Tile("/cases", "casework.tile.details", links.awaitingDecision(prefix), true));
    }
    if (officer.has(Role.SUPERVISOR)) {
      tiles.add(new Tile("/assistance?overdue=true", "casework.tile.escalated", requests.escalatedOpen(prefix), true));
    }
    return tiles;
  }
}
