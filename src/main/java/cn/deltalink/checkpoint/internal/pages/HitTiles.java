package cn.deltalink.checkpoint.internal.pages;

import cn.deltalink.checkpoint.internal.hits.Hits;

import cn.deltalink.access.CurrentOfficer.Officer;
import cn.deltalink.access.Role;
import cn.deltalink.exchange.Exchange;
import cn.deltalink.web.HomeTiles;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Home page: for the duty desk, hits on this province's alerts awaiting confirmation; for
 * supervisors, the overdue ones (the escalation at the deadline).
 */
@Component
public class HitTiles implements HomeTiles {

  private final Hits hits;
  private final Exchange exchange;

  HitTiles(Hits hits, Exchange exchange) {
    this.hits = hits;
    this.exchange = exchange;
  }

  @Override
  @Transactional(readOnly = true)
  public List<Tile> tilesFor(Officer officer) {
    List<Tile> tiles = new ArrayList<>();
    String self = exchange.localNode().value();
    if (officer.has(Role.DUTY_OFFICER) || officer.has(Role.SUPERVISOR)) {
      tiles.add(new Tile("/hits", "checkpoint.tile.awaiting", hits.count("issuing_node = ? and state = 'awaiting-confirmation'", self), true));
    }
    if (officer.has(Role.SUPERVISOR) || officer.has(Role.DUTY_OFFICER)) {
      tiles.add(new Tile("/hits", "checkpoint.tile.overdue", hits.count("overdue_at is not null and state = 'awaiting-confirmation'"), true));
    }
    return tiles;
  }
}
