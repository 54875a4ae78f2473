package org.koldoo.organisations;

import org.koldoo.organisations.internal.ApiBenchmark;

/** Entry point of {@code bench api} (see {@link ApiBenchmark}). */
public final class ApiBenchmarks {

  private ApiBenchmarks() {}

  public static int run(Class<?> application, String[] args) throws Exception {
    return ApiBenchmark.run(application, args);
  }
}
