package org.koldoo.support;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A class of the tests run as a process of its own, to hold a lock or die as another would. */
public final class TestProcess {

  private TestProcess() {}

  /** {@code java -cp <the tests' class path> main arguments…}, its errors in its output. */
  public static ProcessBuilder running(Class<?> main, String... arguments) {
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                main.getName()));
    command.addAll(List.of(arguments));
    return new ProcessBuilder(command).redirectErrorStream(true);
  }
}
