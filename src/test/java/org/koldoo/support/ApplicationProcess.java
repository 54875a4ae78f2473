package org.koldoo.support;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.koldoo.KoldooApplication;

/**
 * The application (or one of its commands) as a process of its own, for tests that kill it or
 * restore into it: the server's own classes and libraries, not the tests', on the given database.
 */
public final class ApplicationProcess {

  private ApplicationProcess() {}

  /**
   * {@code java … KoldooApplication arguments…} against the database at {@code jdbcUrl} with {@code
   * dataDir} as its data directory. C1 only and the serial collector: these processes live seconds,
   * mostly starting, beside two test JVMs on two cores.
   */
  public static ProcessBuilder of(String jdbcUrl, String dataDir, String... arguments) {
    String classpath =
        Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
            .filter(entry -> !entry.contains("test-classes"))
            .collect(Collectors.joining(File.pathSeparator));
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC",
                "-cp",
                classpath,
                "-Dspring.datasource.url=" + jdbcUrl,
                "-Dspring.datasource.username=postgres",
                "-Dspring.datasource.password=",
                "-Dkoldoo.data-dir=" + dataDir,
                KoldooApplication.class.getName()));
    command.addAll(List.of(arguments));
    return new ProcessBuilder(command).redirectErrorStream(true);
  }
}
