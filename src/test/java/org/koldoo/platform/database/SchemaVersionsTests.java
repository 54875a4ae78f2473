package org.koldoo.platform.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.Test;

/** The versions this build knows are its migrations', and only a newer backup is refused. */
class SchemaVersionsTests {

  @Test
  void the_latest_known_version_is_the_highest_migration_in_the_sources() throws IOException {
    MigrationVersion highest;
    try (Stream<Path> files = Files.list(Path.of("src/main/resources/db/migration"))) {
      highest =
          files
              .map(file -> file.getFileName().toString())
              .filter(name -> name.matches("V[0-9._]+__.*\\.sql"))
              .map(name -> MigrationVersion.fromVersion(name.substring(1, name.indexOf("__"))))
              .max(Comparator.naturalOrder())
              .orElseThrow();
    }
    assertThat(SchemaVersions.latestKnown()).isEqualTo(highest);
    assertThat(highest.getVersion()).as("read as a number, not as text").isNotEqualTo("9");
  }

  @Test
  void backups_of_this_version_or_an_earlier_one_are_restored_and_a_newer_ones_refused() {
    String latest = SchemaVersions.latestKnown().getVersion();
    assertThat(SchemaVersions.refusalToRestore(latest)).isEmpty();
    assertThat(SchemaVersions.refusalToRestore("1")).isEmpty();
    assertThat(SchemaVersions.refusalToRestore(latest + ".1"))
        .hasValue(
            "this backup was taken by a newer Koldoo (schema version "
                + latest
                + ".1; this Koldoo knows versions up to "
                + latest
                + "): restore it with that version of Koldoo or a newer one");
    assertThat(SchemaVersions.refusalToRestore(Integer.parseInt(latest) + 1 + "")).isPresent();
    assertThat(SchemaVersions.refusalToRestore("v75; drop"))
        .hasValue("the backup names no schema version this Koldoo can read: v75; drop");
    assertThat(SchemaVersions.refusalToRestore(null)).isPresent();
  }
}
