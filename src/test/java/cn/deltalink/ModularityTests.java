package cn.deltalink;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModuleDependency;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** Module boundaries hold: modules use each other's API packages only, no cycles, and identity is a leaf. */
class ModularityTests {

  private final ApplicationModules modules = ApplicationModules.of(DeltaLinkApplication.class);

  @Test
  void modulesOnlyUseEachOthersApi() {
    modules.verify();
  }

  @Test
  void identityDependsOnNoOtherModule() {
    ApplicationModule identity = modules.getModuleByName("identity").orElseThrow();

    assertThat(identity.getDirectDependencies(modules).stream().map(ApplicationModuleDependency::getTargetModule).map(ApplicationModule::getName))
        .isEmpty();
  }

  /**
   * Identity's value types are plain Java that any module, a batch job or a matcher can use: besides
   * the JDK they may use pinyin4j (name readings) and JSpecify's annotations, nothing of ours or of Spring.
   */
  @Test
  void identityIsPlainJavaThatUsesNothingOfOurs() {
    JavaClasses main = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("cn.deltalink");

    classes()
        .that()
        .resideInAPackage("cn.deltalink.identity..")
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage("cn.deltalink.identity..", "java..", "net.sourceforge.pinyin4j..", "org.jspecify.annotations..")
        .check(main);
  }

  @Test
  void writesModuleDocumentation() {
    new Documenter(modules, Documenter.Options.defaults().withOutputFolder("target/modulith-docs")).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
  }
}
