package org.koldoo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;
import org.springframework.util.FileSystemUtils;

/** The modules depend on each other only through their public APIs, without cycles. */
class ModularityTests {

  /** Where the README says the module diagrams are. */
  private static final Path DIAGRAMS = Path.of("target", "spring-modulith-docs");

  // read once for both tests: reading the classes is most of their time
  private static final ApplicationModules modules = ApplicationModules.of(KoldooApplication.class);

  @Test
  void modules_respect_their_boundaries() {
    modules.verify();
  }

  @Test
  void module_documentation_is_written() throws IOException {
    FileSystemUtils.deleteRecursively(DIAGRAMS); // what an earlier run wrote proves nothing
    new Documenter(modules, DIAGRAMS.toString())
        .writeModulesAsPlantUml()
        .writeIndividualModulesAsPlantUml();
    // the overview names every module, and each module has its own diagram
    String overview = Files.readString(DIAGRAMS.resolve("components.puml"));
    assertThat(modules.stream()).hasSizeGreaterThanOrEqualTo(14);
    for (ApplicationModule module : modules) {
      assertThat(overview)
          .as("the overview names " + module.getName())
          .contains("\"" + module.getDisplayName() + "\"");
      assertThat(DIAGRAMS.resolve("module-" + module.getName() + ".puml")).isNotEmptyFile();
    }
  }
}
