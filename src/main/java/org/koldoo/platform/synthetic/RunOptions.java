package org.koldoo.platform.synthetic;

import java.io.PrintStream;
import java.util.List;
import java.util.Optional;

/** The options of a synthetic-data run, shared by {@code generate} and {@code bench report}. */
public record RunOptions(Scale scale, int firstYear, int lastYear, long seed) {

  /**
   * Parses {@code --scale national|100x --years 2019-2021 --seed N}; missing options take the
   * defaults (years 2019-2021, seed 1); the years must be over before {@code thisYear} (Bishkek's,
   * as the caller's clock says). Throws with a message naming the bad option.
   */
  public static RunOptions parse(List<String> arguments, Scale defaultScale, int thisYear) {
    Scale scale = defaultScale;
    int first = 2019;
    int last = 2021;
    long seed = 1;
    for (int i = 0; i < arguments.size(); i++) {
      String option = arguments.get(i);
      if (i + 1 >= arguments.size()) {
        throw new IllegalArgumentException(option + " needs a value");
      }
      String value = arguments.get(++i);
      try {
        switch (option) {
          case "--scale" -> scale = Scale.parse(value);
          case "--seed" -> seed = Long.parseLong(value);
          case "--years" -> {
            String[] years = value.split("-");
            first = Integer.parseInt(years[0]);
            last = Integer.parseInt(years.length > 1 ? years[1] : years[0]);
            if (first < 1990 || last >= thisYear || last < first) {
              throw new IllegalArgumentException(
                  "--years must run forward over full past years, from 1990 to " + (thisYear - 1));
            }
          }
          default -> throw new IllegalArgumentException("unknown option " + option);
        }
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(option + " needs a number, not " + value);
      }
    }
    return new RunOptions(scale, first, last, seed);
  }

  /**
   * Parses as {@link #parse}; on a bad option, prints what is wrong and the command's usage line to
   * {@code err} and gives nothing (the command then exits with status 2).
   */
  public static Optional<RunOptions> parseOrExplain(
      List<String> arguments, Scale defaultScale, int thisYear, String usage, PrintStream err) {
    try {
      return Optional.of(parse(arguments, defaultScale, thisYear));
    } catch (IllegalArgumentException e) {
      err.println(e.getMessage());
      err.println("usage: " + usage);
      return Optional.empty();
    }
  }
}
