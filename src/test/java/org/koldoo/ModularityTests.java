package org.koldoo;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** The modules depend on each other only through their public APIs, without cycles. */
class ModularityTests {

  // read once for both tests: reading the classes is most of their time
  private static final ApplicationModules modules = ApplicationModules.of(KoldooApplication.class);

  @Test
  void modules_respect_their_boundaries() {
    modules.verify();
  }

  @Test
  void module_documentation_is_written() {
    new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
  }
}
