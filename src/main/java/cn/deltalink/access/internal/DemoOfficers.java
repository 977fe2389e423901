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

  private static final Map<String, Role> DEMO = new LinkedHashMap<>();

  static {
    DEMO.put("admin", Role.ADMINISTRATOR);
    DEMO.put("clerk", Role.WINDOW_CLERK);
    DEMO.put("reviewer", Role.REVIEWING_OFFICER);
    DEMO.put("investigator", Role.INVESTIGATOR);
    DEMO.put("analyst", Role.FRAUD_ANALYST);
    DEMO.put("checkpoint", Role.CHECKPOINT_OFFICER);
    DEMO.put("duty", Role.DUTY_OFFICER);
    DEMO.put("liaison", Role.ENTERPRISE_LIAISON);
    DEMO.put("community", Role.COMMUNITY_OFFICER);
    DEMO.put("supervisor", Role.SUPERVISOR);
    DEMO.put("auditor", Role.AUDITOR);
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
        (username, role) -> {
          if (!officers.exists(username)) {
            officers.create(username, "演示" + username + " (" + node.id() + ")", hash, agency, EnumSet.of(role));
          }
        });
    log.info("Demo mode: officers {} of node {} have the password documented in the README", DEMO.keySet(), node.id());
  }
}
