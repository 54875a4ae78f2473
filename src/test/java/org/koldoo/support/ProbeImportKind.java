package org.koldoo.support;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.koldoo.imports.ImportColumn;
import org.koldoo.imports.ImportKind;
import org.koldoo.imports.ImportRow;
import org.koldoo.platform.security.Actor;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A kind of the tests only, offered to accounts named {@code probe-…}: each row is one value kept
 * in a table of the tests, and a write can be made to fail at a chosen row, as if the server had
 * been killed there, to show that an import is written in whole rows and finished by a re-run.
 */
public class ProbeImportKind implements ImportKind<String> {

  /** The row value whose write fails while {@link #failures} is above zero. */
  public static final String FAIL_AT = "fail-here";

  public static final AtomicInteger failures = new AtomicInteger();

  private final JdbcClient jdbc;

  public ProbeImportKind(JdbcClient jdbc) {
    this.jdbc = jdbc;
    jdbc.sql(
            "create schema if not exists test_support; create table if not exists test_support.import_probe (id uuid primary key, value text)")
        .update();
  }

  @Override
  public String name() {
    return "probe";
  }

  @Override
  public String labelKey() {
    return "import.kind.hotline-calls";
  }

  @Override
  public List<ImportColumn> columns() {
    return List.of(ImportColumn.text("value", "import.value", 100).mandatory());
  }

  @Override
  public boolean mayImport(Actor actor) {
    return actor.username().startsWith("probe-");
  }

  @Override
  public String read(ImportRow row) {
    return row.text("value");
  }

  @Override
  public List<UUID> write(List<Keyed<String>> rows, Actor actor, UUID importId) {
    List<UUID> ids = new ArrayList<>();
    for (Keyed<String> row : rows) {
      UUID id = row.existing() == null ? UUID.randomUUID() : row.existing();
      jdbc.sql(
              """
              insert into test_support.import_probe (id, value) values (:id, :v)
              on conflict (id) do update set value = excluded.value
              """)
          .param("id", id)
          .param("v", row.command())
          .update();
      if (row.command().equals(FAIL_AT) && failures.getAndDecrement() > 0) {
        throw new IllegalStateException("the server stops here");
      }
      ids.add(id);
    }
    return ids;
  }

  public long count(String prefix) {
    return jdbc.sql("select count(*) from test_support.import_probe where value like :p")
        .param("p", prefix + "%")
        .query(Long.class)
        .single();
  }
}
