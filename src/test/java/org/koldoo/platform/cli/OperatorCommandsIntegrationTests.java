package org.koldoo.platform.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.koldoo.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every command help lists runs: one bean each, but for the benchmarks that need no application.
 */
class OperatorCommandsIntegrationTests extends IntegrationTest {

  @Autowired List<KoldooCommand> commands;

  @Test
  void every_listed_command_has_exactly_one_bean_that_runs_it() {
    assertThat(commands.stream().map(KoldooCommand::command))
        .containsExactlyInAnyOrderElementsOf(
            Arrays.stream(OperatorCommand.values()).filter(c -> !c.standalone()).toList());
  }
}
