package cn.deltalink.fraud.internal.warning;

import cn.deltalink.access.CurrentOfficer.Officer;
import cn.deltalink.fraud.internal.FraudRoles;
import cn.deltalink.web.HomeTiles;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Home page: for those who act on warnings, the received warnings nobody has acted on yet. */
@Component
class WarningTiles implements HomeTiles {

  private final WarningRows rows;

  WarningTiles(WarningRows rows) {
    this.rows = rows;
  }

  @Override
  @Transactional(readOnly = true)
  public List<Tile> tilesFor(Officer officer) {
    if (!FraudRoles.holds(officer, FraudRoles.INTERVENERS)) {
      return List.of();
    }
    return List.of(new Tile("/fraud/warnings", "fraud.tile.newWarnings", rows.countNew(), true));
  }
}
