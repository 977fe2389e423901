package cn.deltalink.publicservices.internal.demo;

import cn.deltalink.access.CurrentOfficer;
import cn.deltalink.access.Role;
import cn.deltalink.platform.NodeSettings;
import cn.deltalink.platform.RequestRefused;
import cn.deltalink.publicservices.internal.application.Application;
import cn.deltalink.publicservices.internal.application.ApplicationState;
import cn.deltalink.publicservices.internal.application.Applications;
import cn.deltalink.publicservices.internal.application.DecidingApplications;
import cn.deltalink.publicservices.internal.application.MaterialVault;
import cn.deltalink.publicservices.internal.application.Routing;
import cn.deltalink.publicservices.internal.application.ServiceClock;
import cn.deltalink.publicservices.internal.application.TakingApplications;
import cn.deltalink.publicservices.internal.catalogue.RequiredMaterial;
import cn.deltalink.publicservices.internal.catalogue.ServiceCatalogue;
import cn.deltalink.publicservices.internal.catalogue.ServiceItem;
import cn.deltalink.region.Agencies;
import cn.deltalink.region.Agency;
import cn.deltalink.region.AgencyKind;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Demo mode only: a node whose window has taken nothing yet takes a few dozen applications for
 * residents of the other provinces (certificates, ID cards, newborns, medical insurance) and hukou
 * transfers into its own province; as the competent node it then decides most of those it receives
 * (approve, more material, refuse; some stay open), so the four nodes show every state.
 */
@Component
class DemoApplications {

  private static final Logger log = LoggerFactory.getLogger(DemoApplications.class);
  private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  private static final String CHECK = "10X98765432";
  private static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "黄", "周", "吴", "徐", "孙", "朱", "沈", "顾", "陆"};
  private static final String[] GIVEN = {"佳怡", "子涵", "浩然", "雨桐", "建华", "秀兰", "志明", "晓燕", "俊杰", "文静", "宇轩", "梓萱"};
  private static final String[] ITEMS = {"household-certificate/household", "household-certificate/kinship", "id-card/renewal", "medical-remote-care-filing", "newborn-registration"};
  private static final String[] TRANSFERS = {"hukou-transfer/joining-spouse", "hukou-transfer/job-transfer"};

  private final TakingApplications taking;
  private final DecidingApplications deciding;
  private final Applications applications;
  private final ServiceCatalogue catalogue;
  private final Routing routing;
  private final Agencies agencies;
  private final NodeSettings node;
  private final ServiceClock clock;
  private final boolean enabled;

  DemoApplications(
      TakingApplications taking, DecidingApplications deciding, Applications applications, ServiceCatalogue catalogue, Routing routing, Agencies agencies, NodeSettings node,
      ServiceClock clock, @Value("${deltalink.publicservices.demo:true}") boolean enabled) {
    this.taking = taking;
    this.deciding = deciding;
    this.applications = applications;
    this.catalogue = catalogue;
    this.routing = routing;
    this.agencies = agencies;
    this.node = node;
    this.clock = clock;
    this.enabled = enabled;
  }

  @EventListener(ApplicationReadyEvent.class)
  @Order(40)
  public void take() {
    if (!node.demo() || !enabled || !applications.list(new Applications.Filter(null, routing.self(), null, false, 1), clock.now()).isEmpty()) {
      return;
    }
    Random random = new Random(node.id().hashCode() * 31L);
    CurrentOfficer.Officer clerk = officer("clerk", Role.WINDOW_CLERK);
    int taken = 0;
    List<String> others = routing.otherProvinces();
    for (int p = 0; p < others.size(); p++) {
      String province = others.get(p);
      List<String> counties = agencies.within(province, AgencyKind.COUNTY_BUREAU).stream().map(Agency::divisionCode).distinct().toList();
      if (counties.isEmpty()) {
        continue;
      }
      List<String> codes = new ArrayList<>(List.of(ITEMS));
      if (p < TRANSFERS.length) {
        codes.add(TRANSFERS[p]);
      }
      for (String code : codes) {
        String id = residentId(counties.get(random.nextInt(counties.size())), LocalDate.of(1960, 1, 1).plusDays(random.nextInt(18_000)), random.nextInt(400), random.nextBoolean());
        String name = SURNAMES[random.nextInt(SURNAMES.length)] + GIVEN[random.nextInt(GIVEN.length)];
        ServiceItem item = catalogue.find(code).orElseThrow();
        try {
          taking.takeAs(
              new TakingApplications.Intake(item.item(), item.subtype(), id, name, "139" + String.format("%08d", random.nextInt(100_000_000)), item.transfer() ? null : routing.nodeOf(province).orElseThrow(),
                  true, materials(item), Map.of("purpose", "演示办件", "demo", "yes")),
              clerk);
          taken++;
        } catch (RequestRefused | IllegalArgumentException e) {
          log.info("Demo application {} for {} not taken: {}", code, province, e.getMessage());
        }
      }
    }
    log.info("Demo: {} cross-province applications taken at this window", taken);
  }

  /** As the competent node, decide the demo applications received: most approved, some sent back or refused, some left open. */
  @Scheduled(initialDelayString = "${deltalink.publicservices.demo-review-interval:20s}", fixedDelayString = "${deltalink.publicservices.demo-review-interval:20s}")
  public void review() {
    if (!node.demo() || !enabled) {
      return;
    }
    CurrentOfficer.Officer reviewer = officer("reviewer", Role.REVIEWING_OFFICER);
    for (Application a : applications.list(new Applications.Filter(ApplicationState.UNDER_REVIEW, null, routing.self(), false, 50), clock.now())) {
      if (!"yes".equals(a.details().get("demo")) || a.receivedAt() == null || Duration.between(a.receivedAt(), clock.now()).toSeconds() < 10 || a.version() > 2) {
        continue;
      }
      int lot = Math.floorMod(a.trackingNumber().value().hashCode(), 10);
      try {
        if (lot < 5) {
          deciding.decideAs(a.trackingNumber(), "approve", null, reviewer);
        } else if (lot == 5) {
          deciding.decideAs(a.trackingNumber(), "more-material", "请补充户口簿首页及本人页扫描件", reviewer);
        } else if (lot == 6) {
          deciding.decideAs(a.trackingNumber(), "refuse", "经核查，申请人户籍不在本省，不予办理", reviewer);
        }
      } catch (RequestRefused e) {
        log.debug("Demo decision on {} skipped: {}", a.trackingNumber(), e.getMessage());
      }
    }
  }

  private CurrentOfficer.Officer officer(String username, Role role) {
    Agency department = agencies.provincialDepartment(node.province());
    return new CurrentOfficer.Officer(username, username, department.code(), department.divisionCode(), Set.of(role));
  }

  private static List<MaterialVault.Material> materials(ServiceItem item) {
    List<MaterialVault.Material> scans = new ArrayList<>();
    for (RequiredMaterial m : item.materials()) {
      scans.add(new MaterialVault.Material(m.key() + ".jpg", ("演示扫描件 " + m.nameZh()).getBytes(StandardCharsets.UTF_8)));
    }
    return scans;
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
