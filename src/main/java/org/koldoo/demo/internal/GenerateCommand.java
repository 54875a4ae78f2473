package org.koldoo.demo.internal;

import java.io.PrintStream;
import java.util.List;
import org.koldoo.demo.SyntheticDatasets;
import org.koldoo.demo.SyntheticDatasets.Dataset;
import org.koldoo.platform.cli.KoldooCommand;
import org.koldoo.platform.cli.OperatorCommand;
import org.koldoo.platform.synthetic.RunOptions;
import org.koldoo.platform.synthetic.Scale;
import org.springframework.stereotype.Component;

/**
 * {@code generate --scale national|100x --years 2019-2021 --seed N}: fills the configured database
 * with the synthetic dataset and prints what it wrote as one JSON object.
 */
@Component
class GenerateCommand implements KoldooCommand {

  private final SyntheticDatasets datasets;
  private final java.time.Clock clock;

  GenerateCommand(SyntheticDatasets datasets, java.time.Clock clock) {
    this.datasets = datasets;
    this.clock = clock;
  }

  @Override
  public OperatorCommand command() {
    return OperatorCommand.GENERATE;
  }

  @Override
  public int run(List<String> arguments, PrintStream out) {
    var parsed =
        RunOptions.parseOrExplain(
            arguments,
            Scale.NATIONAL,
            java.time.LocalDate.now(clock).getYear(),
            "generate " + description(),
            System.err);
    if (parsed.isEmpty()) {
      return 2;
    }
    RunOptions options = parsed.get();
    try {
      Dataset d =
          datasets.ensure(options.scale(), options.firstYear(), options.lastYear(), options.seed());
      out.println(json(d));
      return 0;
    } catch (IllegalStateException e) {
      System.err.println(e.getMessage());
      return 1;
    }
  }

  static String json(Dataset d) {
    return org.koldoo.platform.cli.Json.write(
        org.koldoo.platform.cli.Json.object(
            "scale", d.scale().label(),
            "years", d.firstYear() + "-" + d.lastYear(),
            "seed", d.seed(),
            "reused", d.reused(),
            "totalRows", d.totalRows(),
            "seconds", org.koldoo.platform.cli.Json.fixed(d.seconds(), 2),
            "rows", new java.util.LinkedHashMap<>(d.rows())));
  }
}
