package cn.deltalink.web;

import cn.deltalink.access.CurrentOfficer.Officer;
import java.util.List;

/**
 * What a module puts on an officer's home page: counts of the work waiting for them, each linking to
 * where it is done. Modules implement this; the shell shows the tiles of every module in order.
 */
public interface HomeTiles {

  /** The tiles for this officer (none when their roles have nothing to do in the module). */
  List<Tile> tilesFor(Officer officer);

  /**
   * One tile.
   *
   * @param path where the work is done
   * @param label message key of the tile's label, in the module's own message file
   * @param count how many items wait
   * @param attention whether the count asks for action now (shown highlighted when above zero)
   */
  record Tile(String path, String label, long count, boolean attention) {}
}
