package org.koldoo.platform.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChildCommandTests {

  private static final Path JAVA = Path.of("/jdk/bin/java");
  private static final Path JAR = Path.of("/srv/koldoo-start/ab/app/koldoo.jar");

  @Test
  void keepsTheOperatorsOptionsAndArgumentsAroundTheQuickStartOnes() {
    ChildCommand command =
        new ChildCommand(
            JAVA,
            List.of("-Xmx2g", "-Dkoldoo.demo=true"),
            JAR,
            new ChildCommand.Archive.Use(Path.of("/srv/classes.jsa")),
            List.of("--server.port=9090", "--spring.profiles.active=x"));

    assertThat(command.line())
        .containsExactly(
            "/jdk/bin/java",
            "-Xmx2g",
            "-Dkoldoo.demo=true",
            "-XX:TieredStopAtLevel=1",
            "-XX:SharedArchiveFile=/srv/classes.jsa",
            "-Xlog:cds*=off",
            "-Dkoldoo.launcher.child=true",
            "-jar",
            "/srv/koldoo-start/ab/app/koldoo.jar",
            "--server.port=9090",
            "--spring.profiles.active=x");
  }

  @Test
  void theFirstRunWritesTheArchiveWhenItEnds() {
    ChildCommand command =
        new ChildCommand(
            JAVA, List.of(), JAR, new ChildCommand.Archive.Make(Path.of("/srv/a.part")), List.of());

    assertThat(command.line())
        .contains("-XX:ArchiveClassesAtExit=/srv/a.part", "-Xlog:cds*=off")
        .noneMatch(option -> option.startsWith("-XX:SharedArchiveFile"));
  }

  @Test
  void anOperatorsCompilerChoiceIsKept() {
    for (String choice :
        List.of("-XX:TieredStopAtLevel=4", "-XX:-TieredCompilation", "-XX:+TieredCompilation")) {
      ChildCommand command =
          new ChildCommand(JAVA, List.of(choice), JAR, new ChildCommand.Archive.None(), List.of());

      assertThat(command.line())
          .as(choice)
          .contains(choice)
          .doesNotContain("-XX:TieredStopAtLevel=1");
    }
  }

  @Test
  void anOperatorsArchiveOptionsAreDroppedForTheExtractedJarsOwn() {
    ChildCommand command =
        new ChildCommand(
            JAVA,
            List.of("-XX:SharedArchiveFile=/old.jsa", "-Xshare:off", "-XX:ArchiveClassesAtExit=/x"),
            JAR,
            new ChildCommand.Archive.None(),
            List.of());

    assertThat(command.line())
        .noneMatch(option -> option.contains("/old.jsa") || option.contains("Xshare"))
        .noneMatch(option -> option.contains("Archive") || option.startsWith("-Xlog"));
  }
}
