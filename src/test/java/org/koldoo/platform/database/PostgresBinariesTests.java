package org.koldoo.platform.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The binaries are found in their jar and named by the jar's listing of them, not by reading 14 MB:
 * the same archive always under the same name, another archive under another.
 */
class PostgresBinariesTests {

  @Test
  void this_machines_archive_is_named_by_its_jar_entry_and_unpacked_under_that_name()
      throws Exception {
    URL archive = PostgresBinaries.archive().orElseThrow();
    assertThat(archive.getProtocol()).isEqualTo("jar");
    String key = PostgresBinaries.entryKey(archive).orElseThrow();
    assertThat(key).matches("e[0-9a-f]{15}");
    assertThat(PostgresBinaries.entryKey(archive)).contains(key);

    Path binaries = PostgresBinaries.extractBinaries();
    assertThat(binaries.getFileName().toString()).isEqualTo("koldoo-pg-" + key);
    assertThat(binaries.resolve(".complete")).hasContent(key);
    assertThat(binaries.resolve("bin").resolve("postgres")).isExecutable();
  }

  @Test
  void another_entry_has_another_name_and_what_is_not_a_jar_entry_has_none(@TempDir Path dir)
      throws Exception {
    Path jar = dir.resolve("binaries.jar");
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
      for (String name : new String[] {"a.txz", "b.txz"}) {
        out.putNextEntry(new JarEntry(name));
        out.write(name.getBytes());
        out.closeEntry();
      }
    }
    String a = PostgresBinaries.entryKey(new URL("jar:" + jar.toUri() + "!/a.txz")).orElseThrow();
    String b = PostgresBinaries.entryKey(new URL("jar:" + jar.toUri() + "!/b.txz")).orElseThrow();
    assertThat(a).isNotEqualTo(b);

    Path loose = Files.writeString(dir.resolve("postgres.txz"), "loose");
    assertThat(PostgresBinaries.entryKey(loose.toUri().toURL())).isEmpty();
    assertThat(PostgresBinaries.entryKey(new URL("jar:" + jar.toUri() + "!/missing.txz")))
        .isEmpty();
  }
}
