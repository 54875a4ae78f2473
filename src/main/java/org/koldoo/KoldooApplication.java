package org.koldoo;

import org.koldoo.linkage.LinkageBenchmarks;
import org.koldoo.platform.cli.CommandLauncher;
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
    if (args.length > 0 && args[0].equals("bench")) {
      // benchmarks need neither the application context nor a database
      System.exit(LinkageBenchmarks.run(args));
    }
    if (CommandLauncher.isCommand(args)) {
      System.exit(CommandLauncher.run(KoldooApplication.class, args));
    }
    SpringApplication.run(KoldooApplication.class, args);
  }
}
