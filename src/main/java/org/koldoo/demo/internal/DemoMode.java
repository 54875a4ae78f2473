package org.koldoo.demo.internal;

import java.time.LocalDate;
import org.koldoo.demo.SyntheticDatasets;
import org.koldoo.platform.synthetic.Scale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo mode ({@code KOLDOO_DEMO=true}): loads the national-scale synthetic dataset for the three
 * last full years on first start, so that a newcomer sees full screens. Every page then says that
 * the data is synthetic.
 */
@Component
@Order(20)
@ConditionalOnProperty(name = "koldoo.demo.enabled", havingValue = "true")
class DemoMode implements ApplicationRunner {

  static final long SEED = 2022;
  private static final Logger log = LoggerFactory.getLogger(DemoMode.class);

  private final SyntheticDatasets datasets;
  private final java.time.Clock clock;

  DemoMode(SyntheticDatasets datasets, java.time.Clock clock) {
    this.datasets = datasets;
    this.clock = clock;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (datasets.current().isPresent()) {
      return;
    }
    int last = LocalDate.now(clock).getYear() - 1; // the last full year in Bishkek
    SyntheticDatasets.Dataset d = datasets.ensure(Scale.NATIONAL, last - 2, last, SEED);
    log.info(
        "Demo mode: synthetic dataset {}-{} loaded ({} rows in {} s)",
        d.firstYear(),
        d.lastYear(),
        d.totalRows(),
        Math.round(d.seconds()));
  }
}
