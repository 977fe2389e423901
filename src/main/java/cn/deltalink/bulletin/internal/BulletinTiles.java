package cn.deltalink.bulletin.internal;

import cn.deltalink.access.CurrentOfficer.Officer;
import cn.deltalink.web.HomeTiles;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Home page: bulletins waiting to be acknowledged here, and (for senders) sent ones not yet acknowledged everywhere. */
@Component
class BulletinTiles implements HomeTiles {

  private final Bulletins bulletins;

  BulletinTiles(Bulletins bulletins) {
    this.bulletins = bulletins;
  }

  @Override
  @Transactional(readOnly = true)
  public List<Tile> tilesFor(Officer officer) {
    List<Tile> tiles = new ArrayList<>();
    tiles.add(new Tile("/bulletins", "bulletin.tile.unacknowledged", bulletins.unacknowledgedCount(), true));
    if (officer.roles().stream().anyMatch(PublishingBulletins.SENDERS::contains)) {
      tiles.add(new Tile("/bulletins/sent", "bulletin.tile.awaiting", bulletins.awaitingAcknowledgementCount(), false));
    }
    return tiles;
  }
}
