package org.koldoo.platform.launch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.koldoo.platform.cli.CommandLauncher;
import org.koldoo.platform.cli.OperatorCommand;

class JarMainTests {

  @Test
  void theServerIsStartedByNoArgumentsOrSpringBootsOptions() {
    for (String[] server :
        List.of(
            new String[0],
            new String[] {"--server.port=8081"},
            new String[] {"--debug", "backup"},
            new String[] {"--spring.profiles.active=x", "--koldoo.data-dir=/d"})) {
      assertThat(JarMain.startsServer(server, null)).as(String.join(" ", server)).isTrue();
      assertThat(CommandLauncher.isCommand(server)).as(String.join(" ", server)).isFalse();
    }
  }

  @Test
  void everyCommandAndTheJarsToolsGoToSpringBootsLauncher() {
    List<String[]> commands =
        Stream.concat(
                Stream.of(OperatorCommand.values()).map(c -> c.words().toArray(String[]::new)),
                Stream.of(new String[] {"help"}, new String[] {"--help"}, new String[] {"-h"}))
            .toList();
    for (String[] command : commands) {
      assertThat(CommandLauncher.isCommand(command)).as(String.join(" ", command)).isTrue();
      assertThat(JarMain.startsServer(command, null)).as(String.join(" ", command)).isFalse();
    }
    assertThat(JarMain.startsServer(new String[] {"extract"}, "tools")).isFalse();
    assertThat(JarMain.startsServer(new String[0], "tools")).isFalse();
  }

  @Test
  void thePackageNeedsOnlyTheJdkForItRunsAtTheJarsRootBeforeAnyLibraryIsReachable() {
    var launch =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(JarMain.class.getPackageName());
    assertThat(launch).isNotEmpty();
    classes()
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage("java..", JarMain.class.getPackageName())
        .check(launch);
  }
}
