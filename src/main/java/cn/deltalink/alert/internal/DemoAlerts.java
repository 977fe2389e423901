package cn.deltalink.alert.internal;

import cn.deltalink.exchange.Exchange;
import cn.deltalink.identity.VehiclePlate;
import cn.deltalink.platform.NodeSettings;
import cn.deltalink.region.Agencies;
import cn.deltalink.region.Agency;
import cn.deltalink.region.AgencyKind;
import cn.deltalink.region.Divisions;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo mode only: a node that has issued no alerts yet publishes a few dozen to every province —
 * persons wanted, missing or to be checked (valid resident ID numbers of its own counties) and
 * stolen or wanted vehicles (valid plates of its province), the same ones on every start.
 */
@Component
class DemoAlerts {

  private static final Logger log = LoggerFactory.getLogger(DemoAlerts.class);
  private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  private static final String CHECK = "10X98765432";
  private static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "朱", "马", "胡"};
  private static final String[] GIVEN = {"伟", "芳", "军", "敏", "强", "磊", "洋", "勇", "静", "杰", "涛", "明", "超", "秀英", "建国", "志强"};
  private static final String[] PERSON_CATEGORIES = {"wanted-for-arrest", "wanted-for-arrest", "missing", "discreet-check"};
  private static final String[] VEHICLE_CATEGORIES = {"stolen", "wanted", "to-be-checked"};
  private static final String[] MARKERS = {"armed", "violent", "escape-risk", "self-harm"};

  private final PublishingAlerts publishing;
  private final Alerts alerts;
  private final Exchange exchange;
  private final NodeSettings node;
  private final Agencies agencies;
  private final Divisions divisions;

  DemoAlerts(PublishingAlerts publishing, Alerts alerts, Exchange exchange, NodeSettings node, Agencies agencies, Divisions divisions) {
    this.publishing = publishing;
    this.alerts = alerts;
    this.exchange = exchange;
    this.node = node;
    this.agencies = agencies;
    this.divisions = divisions;
  }

  @EventListener(ApplicationReadyEvent.class)
  @Order(30)
  public void publish() {
    if (!node.demo() || !alerts.list(new Alerts.Filter(null, true, false, null, null, null, null, null, false, 1, 0), exchange.localNode().value()).isEmpty()) {
      return;
    }
    String department = agencies.provincialDepartment(node.province()).code();
    List<String> counties = agencies.within(node.province(), AgencyKind.COUNTY_BUREAU).stream().map(Agency::divisionCode).distinct().toList();
    String plateProvince = plateProvince();
    if (counties.isEmpty() || plateProvince == null) {
      return;
    }
    Random random = new Random(node.id().hashCode());
    List<AlertJson.Request> list = new ArrayList<>();
    for (int i = 0; i < 24; i++) {
      String county = counties.get(random.nextInt(counties.size()));
      LocalDate born = LocalDate.of(1965, 1, 1).plusDays(random.nextInt(14_000));
      boolean male = random.nextInt(4) > 0;
      String name = SURNAMES[random.nextInt(SURNAMES.length)] + GIVEN[random.nextInt(GIVEN.length)];
      String category = PERSON_CATEGORIES[i % PERSON_CATEGORIES.length];
      List<String> markers = category.equals("wanted-for-arrest") && random.nextBoolean() ? List.of(MARKERS[random.nextInt(MARKERS.length)]) : List.of();
      list.add(new AlertJson.Request("person", category, new AlertJson.Person(residentId(county, born, random.nextInt(400), male), name, List.of(), null, null), null, null,
          "演示布控：" + (category.equals("missing") ? "家属报失踪" : "涉嫌盗窃、诈骗案件"), null, markers, null, i % 3 == 0 ? "H1" : "H0", LocalDate.now().plusYears(1).toString(), null,
          "指挥中心值班室 " + node.id(), null, false));
    }
    for (int i = 0; i < 16; i++) {
      char authority = (char) ('A' + random.nextInt(8));
      String plate = plateProvince + authority + String.format("%05d", random.nextInt(100_000));
      list.add(new AlertJson.Request("vehicle", VEHICLE_CATEGORIES[i % VEHICLE_CATEGORIES.length], null, new AlertJson.Vehicle(plate, null), null, "演示布控：车辆被盗或涉案", null, List.of(), null, "H0",
          LocalDate.now().plusYears(1).toString(), null, "指挥中心值班室 " + node.id(), null, false));
    }
    publishing.publishAsNode(list, department);
    log.info("Demo: {} alerts published to every province", list.size());
  }

  /** The plate abbreviation of this node's province (沪 苏 浙 皖 …), from the province's name. */
  private String plateProvince() {
    String name = divisions.find(node.province()).map(d -> d.name()).orElse("");
    return VehiclePlate.PROVINCES.entrySet().stream().filter(e -> name.startsWith(e.getValue())).map(Map.Entry::getKey).findFirst().orElse(null);
  }

  private static String residentId(String county, LocalDate born, int order, boolean male) {
    String body = county + born.toString().replace("-", "") + String.format("%03d", male ? order * 2 + 1 : order * 2);
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += (body.charAt(i) - '0') * WEIGHTS[i];
    }
    return body + CHECK.charAt(sum % 11);
  }
}
