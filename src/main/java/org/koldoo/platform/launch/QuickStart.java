package org.koldoo.platform.launch;

import java.io.Closeable;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.jar.JarFile;

/**
 * Runs the server started by {@code java -jar koldoo.jar} in a second JVM that starts in about half
 * the time: from the jar extracted once per build, with the class data archive of the first run,
 * and with the options of {@link ChildCommand}. This is Spring Boot's documented recipe for a quick
 * start (extract, train, run with the archive) done by the jar itself, so that the command an
 * operator types stays {@code java -jar koldoo.jar}.
 *
 * <p>The launching JVM only waits: the server's output is its output, its exit code is the
 * server's, and a stop signal sent to it stops the server (the first run's stop then also writes
 * the archive, a few seconds). The server stops on its own when the launching JVM is killed.
 *
 * <p>The server starts in the launching JVM itself when that JVM is not HotSpot, when it was not
 * started from the built jar, when {@code KOLDOO_QUICK_START=off}, with a debugger, agent or
 * recording attached, or when the cache cannot be written next to the jar (one line says why).
 */
public final class QuickStart {

  /** JVM options that attach something to the JVM that was started. */
  private static final List<String> ATTACHED =
      List.of(
          "-agentlib:",
          "-agentpath:",
          "-javaagent:",
          "-Xrunjdwp",
          "-XX:StartFlightRecording",
          "-XX:+FlightRecorder");

  /**
   * Set once this JVM has found that the server is to start in it, so that the application's main
   * method, which asks again when the jar's entry point {@link JarMain} hands over to Spring Boot's
   * launcher, does not decide (or say why) a second time.
   */
  static final String SERVES_HERE_PROPERTY = "koldoo.launcher.serves-here";

  private QuickStart() {}

  /**
   * Serves in a quick-start JVM and answers its exit code, or answers nothing when the server is to
   * start in this JVM.
   */
  public static OptionalInt serve(String[] args) {
    if (System.getProperty(ChildCommand.CHILD_PROPERTY) != null) {
      stopWithParent();
      return OptionalInt.empty();
    }
    if (System.getProperty(SERVES_HERE_PROPERTY) != null) {
      return OptionalInt.empty(); // decided by the jar's entry point, before the application
    }
    OptionalInt served = launch(args);
    if (served.isEmpty()) {
      System.setProperty(SERVES_HERE_PROPERTY, "true");
    }
    return served;
  }

  private static OptionalInt launch(String[] args) {
    List<String> options = ManagementFactory.getRuntimeMXBean().getInputArguments();
    Optional<Path> jar = builtJar(System.getProperty("java.class.path", ""));
    if (jar.isEmpty()
        || !wanted(System.getenv(), options)
        || !hotSpot(System.getProperty("java.vm.name"))) {
      return OptionalInt.empty();
    }
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Closeable inUse = null;
    try {
      StartCache cache =
          StartCache.of(
              jar.get(), System.getProperty("java.home"), System.getProperty("java.vm.version"));
      inUse = cache.inUse(); // the first write beside the jar: where it fails, nothing is said
      if (!cache.isExtracted()) {
        System.err.println(
            "koldoo: preparing the quick start (once per build) in " + cache.directory());
      }
      cache.extract(java);
      // an IOException comes only before the server starts: after it, never a second start here
      return OptionalInt.of(run(cache, java, options, args));
    } catch (IOException unavailable) {
      String reason =
          unavailable instanceof java.nio.file.AccessDeniedException denied
              ? "no permission to write " + denied.getFile()
              : unavailable.getMessage();
      System.err.println("koldoo: starting without the quick start (" + reason + ")");
      return OptionalInt.empty();
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      return OptionalInt.of(130);
    } finally {
      release(inUse);
    }
  }

  private static void release(Closeable inUse) {
    try {
      if (inUse != null) {
        inUse.close();
      }
    } catch (IOException alreadyGone) {
      // the system drops the lock with the process anyway
    }
  }

  /** The Spring Boot jar this JVM was started from, if it was started with {@code -jar} on one. */
  static Optional<Path> builtJar(String classPath) {
    if (classPath.isEmpty() || classPath.contains(java.io.File.pathSeparator)) {
      return Optional.empty();
    }
    Path jar = Path.of(classPath);
    if (!classPath.endsWith(".jar") || !Files.isRegularFile(jar)) {
      return Optional.empty();
    }
    try (JarFile file = new JarFile(jar.toFile())) {
      var manifest = file.getManifest();
      boolean boot =
          manifest != null && manifest.getMainAttributes().getValue("Start-Class") != null;
      return boot ? Optional.of(jar) : Optional.empty();
    } catch (IOException unreadable) {
      return Optional.empty();
    }
  }

  /**
   * Whether the operator wants (or did not refuse) the quick start, and no debugger, agent or
   * recording is attached: those belong to the JVM they were given to, and an agent or a recording
   * started with the JVM can crash it on classes mapped from an archive (seen on Java 17).
   */
  static boolean wanted(Map<String, String> environment, List<String> options) {
    String setting = environment.getOrDefault("KOLDOO_QUICK_START", "on");
    boolean attached =
        options.stream()
            .anyMatch(
                option ->
                    ATTACHED.stream().anyMatch(option::startsWith) || option.equals("-Xdebug"));
    return !setting.equalsIgnoreCase("off") && !setting.equalsIgnoreCase("false") && !attached;
  }

  private static int run(StartCache cache, Path java, List<String> options, String[] args)
      throws IOException, InterruptedException {
    Path written = cache.archiveInProgress(ProcessHandle.current().pid());
    ChildCommand.Archive archive = archive(cache, written);
    boolean making = archive instanceof ChildCommand.Archive.Make;
    ChildCommand command =
        new ChildCommand(java, options, cache.extractedJar(), archive, Arrays.asList(args));
    Process server = new ProcessBuilder(command.line()).inheritIO().start();
    AtomicBoolean settled = new AtomicBoolean();
    Runnable settle =
        () -> {
          // the waiting thread and the stop hook both come here. They take turns: a hook that
          // found the work taken and returned at once let the JVM end while the other thread
          // was still moving the archive into place, which left it unused (seen once in CI)
          synchronized (settled) {
            if (making && settled.compareAndSet(false, true)) {
              cache.settle(written, endedNormally(server.exitValue()));
            }
          }
        };
    Runtime.getRuntime()
        .addShutdownHook(new Thread(() -> stop(server, making, settle), "koldoo-quick-start-stop"));
    int exit = server.waitFor();
    settle.run();
    return exit;
  }

  /**
   * The archive the server maps, or writes when this is the first run of the build; none from a JVM
   * built without class data sharing, which would refuse the options.
   */
  private static ChildCommand.Archive archive(StartCache cache, Path written) {
    if (!sharesClasses(System.getProperty("java.vm.info"))) {
      return new ChildCommand.Archive.None();
    }
    if (Files.isRegularFile(cache.archive())) {
      return new ChildCommand.Archive.Use(cache.archive());
    }
    cache.removeAbandonedArchives();
    return new ChildCommand.Archive.Make(written);
  }

  /**
   * Whether this JVM is HotSpot (its name says so; OpenJDK's builds name themselves "OpenJDK …
   * VM"), whose options the server's JVM is given ({@code -XX:TieredStopAtLevel}, the class data
   * archive): another JVM would refuse them at start. Told from the name rather than by asking the
   * JVM's diagnostic bean, whose first lookup took a quarter of a second of every start.
   */
  static boolean hotSpot(String vmName) {
    return vmName != null && (vmName.contains("HotSpot") || vmName.startsWith("OpenJDK"));
  }

  /**
   * Whether this JVM maps class data ({@code java.vm.info} says "sharing"): only then can the
   * server write an archive of its own over the JDK's and map it; not with {@code -Xshare:off}, nor
   * on a JDK without its default archive.
   */
  static boolean sharesClasses(String vmInfo) {
    return vmInfo != null && vmInfo.contains("sharing");
  }

  /** A stop signal sent to the launching JVM: the server stops too, then its archive is kept. */
  private static void stop(Process server, boolean making, Runnable settle) {
    if (server.isAlive()) {
      server.destroy();
      if (making) {
        System.err.println("koldoo: keeping the loaded classes for a quicker next start (once)");
      }
      try {
        if (!server.waitFor(2, TimeUnit.MINUTES)) {
          server.destroyForcibly();
          return;
        }
      } catch (InterruptedException interrupted) {
        Thread.currentThread().interrupt();
        return;
      }
    }
    settle.run();
  }

  /** Stopped by the operator (0, or the JVM's code for SIGINT and SIGTERM), not failed. */
  static boolean endedNormally(int exit) {
    return exit == 0 || exit == 130 || exit == 143;
  }

  /** The server stops when the JVM that launched it is gone (killed, so it could not stop it). */
  private static void stopWithParent() {
    ProcessHandle.current()
        .parent()
        .ifPresent(
            launcher ->
                launcher
                    .onExit()
                    .thenRun(
                        () -> {
                          System.err.println("koldoo: the launching process ended; stopping");
                          System.exit(1);
                        }));
  }
}
