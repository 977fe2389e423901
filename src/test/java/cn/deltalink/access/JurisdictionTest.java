package cn.deltalink.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.deltalink.NodeTest;
import cn.deltalink.platform.RequestRefused;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

@NodeTest
class JurisdictionTest {

  @LocalServerPort int port;
  @Autowired Jurisdiction jurisdiction;
  @Autowired JdbcClient jdbc;
  @Autowired AuthenticationConfiguration security;

  @BeforeEach
  void signInAsANanjingInvestigator() throws Exception {
    CityBureaus.ensure(jdbc);
    if (jdbc.sql("select count(*) from officer where username = 'nanjing.inv'").query(Integer.class).single() == 0) {
      new NodeClient(port).createOfficer(NodeClient.admin(), "nanjing.inv", CityBureaus.NANJING, "INVESTIGATOR", "Jiangning2026x");
    }
    Authentication signedIn = security.getAuthenticationManager().authenticate(UsernamePasswordAuthenticationToken.unauthenticated("nanjing.inv", "Jiangning2026x"));
    SecurityContextHolder.getContext().setAuthentication(signedIn);
  }

  @AfterEach
  void signOut() {
    SecurityContextHolder.clearContext();
  }

  @Test
  void aCityBureauCoversItsOwnDistrictsOnly() {
    assertThat(jurisdiction.covers("320102")).isTrue();
    assertThat(jurisdiction.covers("320100")).isTrue();
    assertThat(jurisdiction.covers("320505")).isFalse();
    assertThat(jurisdiction.covers("320000")).isFalse();
  }

  @Test
  void requiringAnotherCityIsRefusedWith403AndAuditedAsDenied() {
    assertThatThrownBy(() -> jurisdiction.require("320505", "case.read", "case SZ-2026-0042"))
        .isInstanceOf(RequestRefused.class)
        .satisfies(e -> assertThat(((RequestRefused) e).status()).isEqualTo(HttpStatus.FORBIDDEN));
    assertThat(
            jdbc.sql("select outcome from audit_entry where actor = 'nanjing.inv' and action = 'case.read' and subject = 'case SZ-2026-0042'")
                .query(String.class)
                .list())
        .containsExactly("denied: outside jurisdiction");
  }

  @Test
  void requiringTheOwnCityPasses() {
    assertThatCode(() -> jurisdiction.require("320102", "case.read", "case NJ-2026-0007")).doesNotThrowAnyException();
  }
}
