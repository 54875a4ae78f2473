package org.koldoo;

import java.util.List;
import java.util.OptionalInt;
import org.koldoo.linkage.LinkageBenchmarks;
import org.koldoo.organisations.ApiBenchmarks;
import org.koldoo.platform.cli.CommandLauncher;
import org.koldoo.platform.cli.OperatorCommand;
import org.koldoo.platform.database.EarlyDatabaseStart;
import org.koldoo.platform.launch.QuickStart;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;

/**
 * Koldoo: the National Referral Mechanism, criminal-justice tracking, prevention registries and the
 * annual report, as one modular application.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@Modulithic(
    systemName = "Koldoo",
    sharedModules = {"platform", "privacy"})
public class KoldooApplication {

  public static void main(String[] args) throws Exception {
    OperatorCommand command = OperatorCommand.selectedBy(List.of(args)).orElse(null);
    if (command == OperatorCommand.BENCH_API) {
      // the API benchmark serves the application in this process and drives it over HTTP
      System.exit(ApiBenchmarks.run(KoldooApplication.class, args));
    }
    if (command == OperatorCommand.BENCH_LINKAGE || command == OperatorCommand.BENCH_DICE) {
      // the linkage benchmarks need neither the application context nor a database
      System.exit(LinkageBenchmarks.run(args));
    }
    if (command == OperatorCommand.BENCH_REPORT) {
      // the report benchmark loads 100x data: into its own database unless one is configured
      if (System.getenv("KOLDOO_DATA_DIR") == null) {
        System.setProperty("koldoo.data-dir", "./data-bench");
      }
      if (System.getenv("KOLDOO_DB_PORT") == null) {
        System.setProperty("koldoo.db-port", "15433");
      }
    }
    if (CommandLauncher.isCommand(args)) {
      System.exit(CommandLauncher.run(KoldooApplication.class, args));
    }
    OptionalInt served = QuickStart.serve(args);
    if (served.isPresent()) {
      System.exit(served.getAsInt()); // the server ran in a quick-start JVM, and has stopped
    }
    SpringApplication application = new SpringApplication(KoldooApplication.class);
    application.addListeners(new EarlyDatabaseStart());
    application.run(args);
  }
}
