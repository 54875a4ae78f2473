package org.koldoo.platform.synthetic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A synthetic run covers full past years, past as the caller's clock (Bishkek's) counts them. */
class RunOptionsTests {

  @Test
  void the_years_end_before_the_year_the_caller_gives() {
    RunOptions options = RunOptions.parse(List.of("--years", "2019-2025"), Scale.NATIONAL, 2026);
    assertThat(options.firstYear()).isEqualTo(2019);
    assertThat(options.lastYear()).isEqualTo(2025);
    assertThatThrownBy(
            () -> RunOptions.parse(List.of("--years", "2019-2025"), Scale.NATIONAL, 2025))
        .hasMessage("--years must run forward over full past years, from 1990 to 2024");
  }

  @Test
  void missing_options_take_the_defaults_and_a_bad_one_is_named() {
    assertThat(RunOptions.parse(List.of(), Scale.HUNDRED_X, 2026))
        .isEqualTo(new RunOptions(Scale.HUNDRED_X, 2019, 2021, 1));
    assertThatThrownBy(() -> RunOptions.parse(List.of("--seed", "x"), Scale.NATIONAL, 2026))
        .hasMessage("--seed needs a number, not x");
    assertThatThrownBy(() -> RunOptions.parse(List.of("--seed"), Scale.NATIONAL, 2026))
        .hasMessage("--seed needs a value");
  }
}
