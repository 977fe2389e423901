package cn.deltalink.access.internal;

import cn.deltalink.access.AuditOutcome;
import cn.deltalink.access.Role;
import cn.deltalink.access.internal.audit.ChainedAuditTrail;
import cn.deltalink.platform.NodeSettings;
import cn.deltalink.region.Agencies;
import cn.deltalink.region.Agency;
import java.util.EnumSet;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * The first administrator of a node that has no officers yet: named by the environment variables
 * {@code DELTALINK_BOOTSTRAP_ADMIN} and {@code DELTALINK_BOOTSTRAP_PASSWORD}, created at the node's
 * provincial department on start. Once any officer exists the variables are ignored, so they cannot
 * be used later to add an administrator behind the others' backs.
 */
@Component
@Order(90)
class FirstAdministrator implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

  private final NodeSettings node;
  private final Officers officers;
  private final Agencies agencies;
  private final PasswordEncoder passwords;
  private final ChainedAuditTrail audit;
  private final String username;
  private final String password;

  FirstAdministrator(
      NodeSettings node,
      Officers officers,
      Agencies agencies,
      PasswordEncoder passwords,
      ChainedAuditTrail audit,
      @Value("${deltalink.bootstrap.admin:}") String username,
      @Value("${deltalink.bootstrap.password:}") String password) {
    this.node = node;
    this.officers = officers;
    this.agencies = agencies;
    this.passwords = passwords;
    this.audit = audit;
    this.username = username.strip();
    this.password = password;
  }

  @Override
  public void run(ApplicationArguments args) {
    createIfNoOfficers().ifPresent(created -> log.info("Created the first administrator '{}' at {} from DELTALINK_BOOTSTRAP_ADMIN", created, agencies.provincialDepartment(node.province()).nameZh()));
  }

  /** The user name of the administrator created, or empty when none was (with the reason logged). */
  Optional<String> createIfNoOfficers() {
    boolean none = officers.none();
    if (username.isEmpty() && password.isEmpty()) {
      if (none && !node.demo()) {
        log.warn("Node {} has no officers. Set DELTALINK_BOOTSTRAP_ADMIN and DELTALINK_BOOTSTRAP_PASSWORD and restart to create the first administrator.", node.id());
      }
      return Optional.empty();
    }
    if (!none) {
      log.warn("DELTALINK_BOOTSTRAP_ADMIN is ignored because node {} already has officers; remove it and the password from the environment.", node.id());
      return Optional.empty();
    }
    if (username.isEmpty() || password.isEmpty()) {
      throw new IllegalStateException("Set both DELTALINK_BOOTSTRAP_ADMIN and DELTALINK_BOOTSTRAP_PASSWORD to create the first administrator.");
    }
    if (!username.matches("[a-z][a-z0-9._-]{2,63}")) {
      throw new IllegalStateException("DELTALINK_BOOTSTRAP_ADMIN must be 3-64 characters: a lower-case letter, then lower-case letters, digits, '.', '_' or '-'.");
    }
    Optional<String> weakness = PasswordPolicy.problemWith(username, password);
    if (weakness.isPresent()) {
      throw new IllegalStateException(
          "DELTALINK_BOOTSTRAP_PASSWORD does not meet the password policy (" + weakness.get() + "): at least 10 characters, letters and digits, not containing the user name.");
    }
    Agency department = agencies.provincialDepartment(node.province());
    try {
      officers.create(username, username, passwords.encode(password), department.code(), EnumSet.of(Role.ADMINISTRATOR));
    } catch (DuplicateKeyException e) {
      log.info("Another instance of node {} created '{}' at the same time", node.id(), username);
      return Optional.empty();
    }
    audit.recordFor("node", department.code(), "officer.bootstrap", username + " " + department.code() + " [ADMINISTRATOR]", "", AuditOutcome.ok());
    return Optional.of(username);
  }
}
