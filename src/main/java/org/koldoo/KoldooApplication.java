package org.koldoo;

import java.util.OptionalInt;
import org.koldoo.linkage.LinkageBenchmarks;
import org.koldoo.organisations.ApiBenchmarks;
import org.koldoo.platform.cli.CommandLauncher;
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
    boolean reportBench = args.length > 1 && args[0].equals("bench") && args[1].equals("report");
    // the import benchmark runs in the application, on a throwaway database (CommandLauncher)
    boolean importBench = args.length > 1 && args[0].equals("bench") && args[1].equals("import");
    if (args.length > 1 && args[0].equals("bench") && args[1].equals("api")) {
      // the API benchmark serves the application in this process and drives it over HTTP
      System.exit(ApiBenchmarks.run(KoldooApplication.class, args));
    }
    if (args.length > 1
        && args[0].equals("bench")
        && (args[1].equals("linkage") || args[1].equals("dice"))) {
      // the linkage benchmarks need neither the application context nor a database
      System.exit(LinkageBenchmarks.run(args));
    }
    if (reportBench) {
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
