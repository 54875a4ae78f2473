package org.koldoo.imports.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** An organisation's own column headers, each remembered as naming a column of a kind. */
@Repository
class ImportHeaders {

  private final JdbcClient jdbc;

  ImportHeaders(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The organisation's own headers of a kind (folded), each with the column it names. */
  Map<String, String> mapping(UUID organisationId, String kind) {
    Map<String, String> mapped = new HashMap<>();
    jdbc.sql(
            "select header, column_name from import_header where organisation_id = :org and kind = :kind")
        .param("org", organisationId)
        .param("kind", kind)
        .query((rs, n) -> mapped.put(rs.getString("header"), rs.getString("column_name")))
        .list();
    return mapped;
  }

  /** Remembers a header as naming a column, or forgets it (column null). */
  void map(UUID organisationId, String kind, String header, String column, String by, Instant at) {
    if (column == null) {
      jdbc.sql(
              "delete from import_header where organisation_id = :org and kind = :kind and header = :h")
          .param("org", organisationId)
          .param("kind", kind)
          .param("h", header)
          .update();
      return;
    }
    jdbc.sql(
            """
            insert into import_header (organisation_id, kind, header, column_name, mapped_by,
              mapped_at)
            values (:org, :kind, :h, :column, :by, :at)
            on conflict (organisation_id, kind, header) do update
              set column_name = excluded.column_name, mapped_by = excluded.mapped_by,
                  mapped_at = excluded.mapped_at
            """)
        .param("org", organisationId)
        .param("kind", kind)
        .param("h", header)
        .param("column", column)
        .param("by", by)
        .param("at", Timestamp.from(at))
        .update();
  }
}
