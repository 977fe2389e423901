package cn.deltalink.population.internal.demo;

import cn.deltalink.exchange.Exchange;
import cn.deltalink.identity.ResidentIdNumber;
import cn.deltalink.platform.NodeSettings;
import cn.deltalink.population.Resident;
import cn.deltalink.population.ResidentStatus;
import cn.deltalink.population.internal.register.PopulationClock;
import cn.deltalink.population.internal.register.ResidentIds;
import cn.deltalink.population.internal.register.ResidentRows;
import cn.deltalink.region.Agencies;
import cn.deltalink.region.Agency;
import cn.deltalink.region.AgencyKind;
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
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo mode only: a node whose register is empty gets {@value #RESIDENTS} synthetic residents of its
 * own counties (valid resident IDs, names, household numbers; a few moved out or deceased), the same
 * ones on every machine, and the persons the demo registers in two provinces — born in the first,
 * registered in the second without having been deregistered — which both nodes of each pair
 * generate alike. Jiangsu and Shanghai share 19, as the "two provinces, one street" office found.
 */
@Component
class DemoResidents {

  static final int RESIDENTS = 3000;

  /** Persons registered in both provinces, per pair of node ids (the first is where they were born). */
  static final Map<String, Integer> DOUBLES = Map.of("JS-SH", 19, "ZJ-JS", 7, "SH-ZJ", 5, "AH-ZJ", 4, "AH-JS", 3, "SH-AH", 2);

  private static final Logger log = LoggerFactory.getLogger(DemoResidents.class);
  private static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "朱", "马", "胡", "郭", "何", "高", "林", "罗", "郑", "梁", "谢", "宋", "唐", "许", "韩", "冯", "邓", "曹"};
  private static final String[] GIVEN = {"伟", "芳", "娜", "秀英", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明", "超", "秀兰", "霞", "平", "刚", "桂英", "建华", "志强", "晓燕", "海燕", "子涵", "雨桐", "浩然"};

  private final ResidentRows rows;
  private final Exchange exchange;
  private final Agencies agencies;
  private final NodeSettings node;
  private final PopulationClock clock;

  DemoResidents(ResidentRows rows, Exchange exchange, Agencies agencies, NodeSettings node, PopulationClock clock) {
    this.rows = rows;
    this.exchange = exchange;
    this.agencies = agencies;
    this.node = node;
    this.clock = clock;
  }

  @EventListener(ApplicationReadyEvent.class)
  @Order(35)
  @Transactional
  public void seed() {
    if (!node.demo() || rows.count(null) > 0) {
      return;
    }
    List<String> counties = counties(node.province());
    if (counties.isEmpty()) {
      return;
    }
    Random random = new Random(("residents-" + node.id()).hashCode());
    List<Resident> residents = new ArrayList<>(RESIDENTS + 64);
    for (int i = 0; i < RESIDENTS; i++) {
      String county = counties.get(random.nextInt(counties.size()));
      int roll = random.nextInt(100);
      ResidentStatus status = roll < 3 ? ResidentStatus.MOVED_OUT : roll < 5 ? ResidentStatus.DECEASED : ResidentStatus.ACTIVE;
      // order codes 000-799 for the province's own residents; 800-999 are left to the planted doubles
      residents.add(person(random, county, county, random.nextInt(400)));
      if (status != ResidentStatus.ACTIVE) {
        residents.set(i, residents.get(i).withStatus(status));
      }
    }
    int planted = 0;
    for (var pair : DOUBLES.entrySet()) {
      String[] nodes = pair.getKey().split("-");
      if (!nodes[0].equals(node.id()) && !nodes[1].equals(node.id())) {
        continue;
      }
      String bornIn = province(nodes[0]);
      String registeredIn = province(nodes[1]);
      List<String> birthCounties = counties(bornIn);
      List<String> otherCounties = counties(registeredIn);
      if (bornIn == null || registeredIn == null || birthCounties.isEmpty() || otherCounties.isEmpty()) {
        continue;
      }
      Random shared = new Random(("doubles-" + pair.getKey()).hashCode());
      List<String> here = node.id().equals(nodes[0]) ? birthCounties : otherCounties;
      for (int i = 0; i < pair.getValue(); i++) {
        String birthCounty = birthCounties.get(shared.nextInt(birthCounties.size()));
        int order = 400 + shared.nextInt(100);
        Resident born = person(shared, birthCounty, birthCounty, order);
        String household = here.get(Math.floorMod(born.residentId().value().hashCode(), here.size()));
        residents.add(new Resident(born.residentId(), born.name(), born.sex(), born.birthDate(), household, household + String.format("%06d", order), ResidentStatus.ACTIVE));
        planted++;
      }
    }
    rows.upsert(dedupe(residents), "demo", clock.now());
    log.info("Demo: {} residents registered, {} of them also registered in another province", residents.size(), planted);
  }

  private Resident person(Random random, String idCounty, String householdCounty, int order) {
    LocalDate born = LocalDate.of(1940, 1, 1).plusDays(random.nextInt(30_000));
    boolean male = random.nextBoolean();
    String body = idCounty + born.toString().replace("-", "") + String.format("%03d", order * 2 + (male ? 1 : 0));
    ResidentIdNumber id = new ResidentIdNumber(body + ResidentIds.checkCharacter(body));
    String name = SURNAMES[random.nextInt(SURNAMES.length)] + GIVEN[random.nextInt(GIVEN.length)];
    return new Resident(id, name, male ? Resident.MALE : Resident.FEMALE, born, householdCounty, householdCounty + String.format("%06d", random.nextInt(1_000_000)), ResidentStatus.ACTIVE);
  }

  /** One row per resident ID: the generator may draw the same number twice. */
  private static List<Resident> dedupe(List<Resident> residents) {
    Map<String, Resident> byId = new java.util.LinkedHashMap<>();
    residents.forEach(r -> byId.put(r.residentId().value(), r));
    return List.copyOf(byId.values());
  }

  private String province(String nodeId) {
    return exchange.members().stream().filter(m -> m.id().value().equals(nodeId)).map(Exchange.Member::province).findFirst().orElse(null);
  }

  private List<String> counties(String province) {
    if (province == null) {
      return List.of();
    }
    return agencies.within(province, AgencyKind.COUNTY_BUREAU).stream().map(Agency::divisionCode).filter(c -> c.matches("\\d{6}")).distinct().toList();
  }
}
