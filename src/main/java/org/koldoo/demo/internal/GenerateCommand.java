package org.koldoo.demo.internal;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.koldoo.demo.SyntheticDatasets;
import org.koldoo.demo.SyntheticDatasets.Dataset;
import org.koldoo.platform.cli.KoldooCommand;
import org.koldoo.platform.synthetic.Scale;
import org.springframework.stereotype.Component;

/**
 * {@code generate --scale national|100x --years 2019-2021 --seed N}: fills the configured database
 * with the synthetic dataset and prints what it wrote as one JSON object.
 */
@Component
class GenerateCommand implements KoldooCommand {

  private final SyntheticDatasets datasets;

  GenerateCommand(SyntheticDatasets datasets) {
    this.datasets = datasets;
  }

  @Override
  public List<String> words() {
    return List.of("generate");
  }

  @Override
  public String description() {
    return "--scale national|100x --years 2019-2021 --seed N: load the synthetic dataset";
  }

  record Options(Scale scale, int firstYear, int lastYear, long seed) {

    static Options parse(List<String> arguments) {
      Scale scale = Scale.NATIONAL;
      int first = 2019;
      int last = 2021;
      long seed = 1;
      for (int i = 0; i < arguments.size(); i++) {
        String option = arguments.get(i);
        if (i + 1 >= arguments.size()) {
          throw new IllegalArgumentException(option + " needs a value");
        }
        String value = arguments.get(++i);
        switch (option) {
          case "--scale" -> scale = Scale.parse(value);
          case "--seed" -> seed = Long.parseLong(value);
          case "--years" -> {
            String[] years = value.split("-");
            first = Integer.parseInt(years[0]);
            last = Integer.parseInt(years.length > 1 ? years[1] : years[0]);
            int thisYear = java.time.LocalDate.now().getYear();
            if (first < 1990 || last >= thisYear || last < first) {
              throw new IllegalArgumentException(
                  "--years must run forward over full past years, from 1990 to " + (thisYear - 1));
            }
          }
          default -> throw new IllegalArgumentException("unknown option " + option);
        }
      }
      return new Options(scale, first, last, seed);
    }
  }

  @Override
  public int run(List<String> arguments, PrintStream out) {
    Options options;
    try {
      options = Options.parse(arguments);
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.err.println("usage: generate " + description());
      return 2;
    }
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
    String rows =
        d.rows().entrySet().stream()
            .map(e -> "\"" + e.getKey() + "\":" + e.getValue())
            .collect(Collectors.joining(",", "{", "}"));
    return String.format(
        java.util.Locale.ROOT,
        "{\"scale\":\"%s\",\"years\":\"%d-%d\",\"seed\":%d,\"reused\":%s,\"totalRows\":%d,"
            + "\"seconds\":%.2f,\"rows\":%s}",
        d.scale().label(),
        d.firstYear(),
        d.lastYear(),
        d.seed(),
        d.reused(),
        d.totalRows(),
        d.seconds(),
        d.rows().isEmpty() ? Map.of().toString() : rows);
  }
}
