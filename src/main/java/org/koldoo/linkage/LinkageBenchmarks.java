package org.koldoo.linkage;

import org.koldoo.linkage.bench.BenchmarkCommands;

/**
 * Entry to the linkage benchmarks ({@code java -jar koldoo.jar bench …}); they run without the
 * application context or a database.
 */
public final class LinkageBenchmarks {

  private LinkageBenchmarks() {}

  public static int run(String[] args) throws Exception {
    return BenchmarkCommands.run(args);
  }
}
