package cn.deltalink;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** Module boundaries hold: modules use each other's API packages only, and no cycles. */
class ModularityTests {

  private final ApplicationModules modules = ApplicationModules.of(DeltaLinkApplication.class);

  @Test
  void modulesOnlyUseEachOthersApi() {
    modules.verify();
  }

  @Test
  void writesModuleDocumentation() {
    new Documenter(modules, Documenter.Options.defaults().withOutputFolder("target/modulith-docs")).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
  }
}
