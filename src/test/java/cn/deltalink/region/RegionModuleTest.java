package cn.deltalink.region;

import static org.assertj.core.api.Assertions.assertThat;

import cn.deltalink.identity.AddressCodes;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.context.TestPropertySource;

/**
 * The region module started alone (with the platform it stands on and its own embedded PostgreSQL),
 * not a whole node: it loads the national table and hands identity its division codes.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES, extraIncludes = "platform")
@TestPropertySource(
    properties = {
      "deltalink.node.id=JS",
      "deltalink.node.province=32",
      "deltalink.node.demo=true",
      "deltalink.node.home=target/test-nodes/region-module",
      "deltalink.db.embedded-data=ephemeral",
      "deltalink.db.embedded-port=0"
    })
class RegionModuleTest {

  @Autowired Divisions divisions;
  @Autowired AddressCodes addressCodes;

  @Test
  void theModuleAloneLoadsTheNationalTableAndHandsIdentityItsCodes() {
    assertThat(divisions.fullName("320583")).contains("江苏省苏州市昆山市");
    assertThat(addressCodes.fullName("320684")).contains("江苏省南通市海门市");
    assertThat(addressCodes.lastRevision("320684")).contains("2016-07");
  }
}
