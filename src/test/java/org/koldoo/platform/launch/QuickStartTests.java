package org.koldoo.platform.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QuickStartTests {

  @TempDir Path folder;

  @Test
  void onlyTheSpringBootJarStartedAloneIsLaunchedAgain() throws IOException {
    Path boot = jar("koldoo.jar", "org.koldoo.KoldooApplication");
    Path plain = jar("plain.jar", null);

    assertThat(QuickStart.builtJar(boot.toString())).contains(boot);
    assertThat(QuickStart.builtJar(plain.toString())).isEmpty();
    assertThat(QuickStart.builtJar(boot + java.io.File.pathSeparator + plain)).isEmpty();
    assertThat(QuickStart.builtJar(folder.toString())).isEmpty(); // classes, as in a run from Maven
    assertThat(QuickStart.builtJar(folder.resolve("gone.jar").toString())).isEmpty();
    assertThat(QuickStart.builtJar("")).isEmpty();
  }

  @Test
  void aJvmFoundToServeItselfDoesNotDecideAgainWhenTheApplicationAsks() {
    try {
      // this test JVM runs from classes, not the built jar: the server would start in it
      assertThat(QuickStart.serve(new String[0])).isEmpty();
      assertThat(System.getProperty(QuickStart.SERVES_HERE_PROPERTY)).isEqualTo("true");
      assertThat(QuickStart.serve(new String[0])).isEmpty();
    } finally {
      System.clearProperty(QuickStart.SERVES_HERE_PROPERTY);
    }
  }

  @Test
  void theOperatorMayTurnItOff() {
    assertThat(QuickStart.wanted(Map.of(), List.of("-Xmx1g"))).isTrue();
    assertThat(QuickStart.wanted(Map.of("KOLDOO_QUICK_START", "on"), List.of())).isTrue();
    assertThat(QuickStart.wanted(Map.of("KOLDOO_QUICK_START", "off"), List.of())).isFalse();
    assertThat(QuickStart.wanted(Map.of("KOLDOO_QUICK_START", "FALSE"), List.of())).isFalse();
  }

  @Test
  void aDebuggerAgentOrRecordingStaysWithTheJvmItWasGivenTo() {
    for (String attached :
        List.of(
            "-agentlib:jdwp=transport=dt_socket,server=y,address=5005",
            "-Xrunjdwp:transport=dt_socket",
            "-Xdebug",
            "-javaagent:/opt/apm/agent.jar",
            "-agentpath:/opt/profiler.so",
            "-XX:StartFlightRecording=filename=start.jfr",
            "-XX:+FlightRecorder")) {
      assertThat(QuickStart.wanted(Map.of(), List.of("-Xmx1g", attached))).as(attached).isFalse();
    }
  }

  @Test
  void onlyAHotSpotJvmGivesItsOptionsAndOnlyOneThatSharesClassesAnArchive() {
    assertThat(QuickStart.hotSpot(System.getProperty("java.vm.name")))
        .as("the JDK this project builds with")
        .isTrue();
    assertThat(QuickStart.hotSpot("Java HotSpot(TM) 64-Bit Server VM")).isTrue();
    assertThat(QuickStart.hotSpot("OpenJDK 64-Bit Server VM")).isTrue();
    assertThat(QuickStart.hotSpot("Eclipse OpenJ9 VM")).isFalse();
    assertThat(QuickStart.hotSpot(null)).isFalse();
    assertThat(QuickStart.sharesClasses("mixed mode, sharing")).isTrue();
    assertThat(QuickStart.sharesClasses("mixed mode, emulated-client, sharing")).isTrue();
    assertThat(QuickStart.sharesClasses("mixed mode")).as("-Xshare:off").isFalse();
    assertThat(QuickStart.sharesClasses(null)).isFalse();
  }

  @Test
  void aStopByTheOperatorIsNormalAFailureIsNot() {
    assertThat(List.of(0, 130, 143)).allMatch(QuickStart::endedNormally);
    assertThat(List.of(1, 2, 134, 137)).noneMatch(QuickStart::endedNormally);
  }

  private Path jar(String name, String startClass) throws IOException {
    Manifest manifest = new Manifest();
    manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
    if (startClass != null) {
      manifest.getMainAttributes().putValue("Start-Class", startClass);
    }
    Path jar = folder.resolve(name);
    try (OutputStream file = Files.newOutputStream(jar);
        JarOutputStream out = new JarOutputStream(file, manifest)) {
      out.flush();
    }
    return jar;
  }
}
