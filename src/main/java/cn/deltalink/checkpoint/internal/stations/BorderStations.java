package cn.deltalink.checkpoint.internal.stations;

import cn.deltalink.checkpoint.internal.CheckpointSettings;

import cn.deltalink.platform.NodeSettings;
import cn.deltalink.region.Agencies;
import cn.deltalink.region.Agency;
import cn.deltalink.region.AgencyKind;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Makes every border station of this node's province a checkpoint, from the region's agency data:
 * another region's border stations become its checkpoints with no change here. In demo mode the
 * demo checkpoint officer is put at the first of them.
 */
@Component
public class BorderStations {

  private static final Logger log = LoggerFactory.getLogger(BorderStations.class);

  private final Agencies agencies;
  private final Checkpoints checkpoints;
  private final NodeSettings node;
  private final CheckpointSettings settings;

  BorderStations(Agencies agencies, Checkpoints checkpoints, NodeSettings node, CheckpointSettings settings) {
    this.agencies = agencies;
    this.checkpoints = checkpoints;
    this.node = node;
    this.settings = settings;
  }

  @EventListener(ApplicationReadyEvent.class)
  @Order(10)
  @Transactional
  public void open() {
    List<Agency> stations = agencies.within(node.province(), AgencyKind.BORDER_STATION);
    for (Agency station : stations) {
      checkpoints.addIfAbsent(new Checkpoint(station.code(), station.nameZh(), station.nameEn(), station.divisionCode(), settings.lanes()));
    }
    if (node.demo() && !stations.isEmpty() && checkpoints.of("checkpoint").isEmpty()) {
      checkpoints.assign("checkpoint", stations.get(0).code());
    }
    log.info("{} border checkpoints in province {}", stations.size(), node.province());
  }
}
