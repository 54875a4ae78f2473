package org.koldoo.platform.launch;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The command that runs the server from the extracted jar: the options the operator gave the
 * launching JVM, then the quick-start options the operator did not choose otherwise, then the
 * arguments unchanged.
 *
 * <p>The quick-start options are the ones Spring Boot documents for a fast start, chosen for the
 * 2-core machines Koldoo runs on:
 *
 * <ul>
 *   <li>the client compiler only ({@code -XX:TieredStopAtLevel=1}): on 2 cores the optimising
 *       compiler's threads take half the start's CPU, and under Koldoo's load (database-bound
 *       requests) the client compiler served more requests in the first minute, not fewer. An
 *       operator who names any tiered-compilation option keeps the JVM's own choice;
 *   <li>the class data archive: classes read, verified and laid out once, at the end of the first
 *       run of a build, and mapped by every later start. Its messages are kept off the console: an
 *       archive that cannot be used only makes the start slower.
 * </ul>
 */
record ChildCommand(
    Path java, List<String> operatorOptions, Path jar, Archive archive, List<String> arguments) {

  /** Set on the child so that it does not launch again and watches its parent. */
  static final String CHILD_PROPERTY = "koldoo.launcher.child";

  /** What the child does with the class data archive. */
  sealed interface Archive {
    /** Map the archive made by an earlier run. */
    record Use(Path file) implements Archive {}

    /** Write the archive when the child exits. */
    record Make(Path file) implements Archive {}

    /** Neither: a JVM built without class data sharing. */
    record None() implements Archive {}
  }

  ChildCommand {
    operatorOptions = List.copyOf(operatorOptions);
    arguments = List.copyOf(arguments);
  }

  List<String> line() {
    List<String> line = new ArrayList<>();
    line.add(java.toString());
    for (String option : operatorOptions) {
      if (!isArchiveOption(option)) {
        line.add(option); // the operator's archive options would name a classpath no longer used
      }
    }
    if (operatorOptions.stream().noneMatch(option -> option.contains("Tiered"))) {
      line.add("-XX:TieredStopAtLevel=1");
    }
    if (archive instanceof Archive.Use use) {
      line.add("-XX:SharedArchiveFile=" + use.file());
      line.add("-Xlog:cds*=off");
    } else if (archive instanceof Archive.Make make) {
      line.add("-XX:ArchiveClassesAtExit=" + make.file());
      line.add("-Xlog:cds*=off");
    }
    line.add("-D" + CHILD_PROPERTY + "=true");
    line.add("-jar");
    line.add(jar.toString());
    line.addAll(arguments);
    return line;
  }

  private static boolean isArchiveOption(String option) {
    return option.startsWith("-XX:SharedArchiveFile")
        || option.startsWith("-XX:ArchiveClassesAtExit")
        || option.startsWith("-Xshare");
  }
}
