package org.koldoo.demo;

import java.util.Map;
import java.util.Optional;
import org.koldoo.platform.synthetic.Scale;

/** The synthetic dataset of this database: generated once, then reused. */
public interface SyntheticDatasets {

  record Dataset(
      Scale scale,
      int firstYear,
      int lastYear,
      long seed,
      long totalRows,
      double seconds,
      boolean reused,
      Map<String, Long> rows) {}

  /**
   * The dataset with these parameters: the one already loaded, or a new one. Refuses when the
   * database already holds a synthetic dataset with other parameters.
   */
  Dataset ensure(Scale scale, int firstYear, int lastYear, long seed);

  Optional<Dataset> current();
}
