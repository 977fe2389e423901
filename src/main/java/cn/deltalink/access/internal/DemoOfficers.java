package cn.deltalink.access.internal;

import cn.deltalink.access.Role;
import cn.deltalink.platform.NodeSettings;
import cn.deltalink.region.Agencies;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * In demo mode, one officer per role at the node's provincial department, all with the password
 * documented in the README. Outside demo mode nothing is seeded.
 */
@Component
@Order(100)
class DemoOfficers implements ApplicationRunner {

  /** The password of every demo officer; written in the README. */
  static final String DEMO_PASSWORD = "Demo@2026";

  private static final Logger log = LoggerFactory.getLogger(DemoOfficers.class);

  /** A demo officer: role and the name shown on screen (with the node id, since every node has one). */
  private record Demo(Role role, String name) {}

  private static final Map<String, Demo> DEMO = new LinkedHashMap<>();

  static {
    DEMO.put("admin", new Demo(Role.ADMINISTRATOR, "王立新"));
    DEMO.put("clerk", new Demo(Role.WINDOW_CLERK, "李娟"));
    DEMO.put("reviewer", new Demo(Role.REVIEWING_OFFICER, "张敏"));
    DEMO.put("investigator", new Demo(Role.INVESTIGATOR, "陈刚"));
    DEMO.put("analyst", new Demo(Role.FRAUD_ANALYST, "刘洋"));
    DEMO.put("checkpoint", new Demo(Role.CHECKPOINT_OFFICER, "赵强"));
    DEMO.put("duty", new Demo(Role.DUTY_OFFICER, "周涛"));
    DEMO.put("liaison", new Demo(Role.ENTERPRISE_LIAISON, "吴静"));
    DEMO.put("community", new Demo(Role.COMMUNITY_OFFICER, "孙志华"));
    DEMO.put("supervisor", new Demo(Role.SUPERVISOR, "郑国平"));
    DEMO.put("auditor", new Demo(Role.AUDITOR, "冯丽"));
    DEMO.put("partner", new Demo(Role.PARTNER, "演示银行风控接口"));
  }

  private final NodeSettings node;
  private final Officers officers;
  private final Agencies agencies;
  private final PasswordEncoder passwords;

  DemoOfficers(NodeSettings node, Officers officers, Agencies agencies, PasswordEncoder passwords) {
    this.node = node;
    this.officers = officers;
    this.agencies = agencies;
    this.passwords = passwords;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (!node.demo()) {
      return;
    }
    String agency = agencies.provincialDepartment(node.province()).code();
    String hash = passwords.encode(DEMO_PASSWORD);
    DEMO.forEach(
        (username, demo) -> {
          if (!officers.exists(username)) {
            officers.create(username, demo.name() + "（" + node.id() + "）", hash, agency, EnumSet.of(demo.role()));
          }
        });
    log.info("Demo mode: officers {} of node {} have the password documented in the README", DEMO.keySet(), node.id());
  }
}
