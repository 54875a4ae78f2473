package org.koldoo.platform.launch;

import java.lang.reflect.InvocationTargetException;
import java.util.OptionalInt;

/**
 * The entry point of the built jar ({@code Main-Class}). The build stores this package, which needs
 * only the JDK, at the jar's root as well as with the application's classes, so that {@code java
 * -jar koldoo.jar} starting the server launches the quick-start JVM at once: without opening the
 * jar's nested libraries with Spring Boot's launcher first, which took about 0.4 s of each start (a
 * launching JVM spawned its server after 0.6 s instead of 0.2 s on the 2-core machine).
 *
 * <p>Everything else is handed to Spring Boot's launcher as before: the operator commands, the
 * jar's tools ({@code -Djarmode=tools}, which the quick start itself uses to extract the jar), and
 * a server that is to start in this JVM (see {@link QuickStart}).
 */
public final class JarMain {

  private static final String SPRING_BOOT_LAUNCHER =
      "org.springframework.boot.loader.launch.JarLauncher";

  private JarMain() {}

  public static void main(String[] args) throws Throwable {
    if (startsServer(args, System.getProperty("jarmode"))) {
      OptionalInt served = QuickStart.serve(args);
      if (served.isPresent()) {
        System.exit(served.getAsInt()); // the server ran in a quick-start JVM, and has stopped
      }
    }
    try {
      Class.forName(SPRING_BOOT_LAUNCHER)
          .getMethod("main", String[].class)
          .invoke(null, (Object) args);
    } catch (InvocationTargetException failed) {
      throw failed.getCause();
    }
  }

  /**
   * Whether these arguments start the server rather than a command: none, or Spring Boot's options
   * ({@code --name=value}) first. A command, and {@code help}, begin with a word; a first word that
   * names no command goes to the application too, which answers it as it always has.
   */
  static boolean startsServer(String[] args, String jarMode) {
    if (jarMode != null) {
      return false;
    }
    return args.length == 0 || (args[0].startsWith("--") && !args[0].equals("--help"));
  }
}
