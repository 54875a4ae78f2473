package org.koldoo.imports.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** An organisation's own column headers, each remembered as naming a column of a kind. */
@Repository
class ImportHeaders {

  /** A header as the sheet wrote it, and the column it names (null: none, it is forgotten). */
  record Header(String text, String column) {}

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

  /** The headers remembered for a kind, as their sheets wrote them, in the order of the text. */
  List<Header> remembered(UUID organisationId, String kind) {
    return jdbc.sql(
            """
            select coalesce(header_text, header) as text, column_name from import_header
            where organisation_id = :org and kind = :kind order by 1
            """)
        .param("org", organisationId)
        .param("kind", kind)
        .query((rs, n) -> new Header(rs.getString("text"), rs.getString("column_name")))
        .list();
  }

  /**
   * Remembers a header (folded as {@code word}) as naming a column, or forgets it (column null).
   */
  void map(UUID organisationId, String kind, String word, Header header, String by, Instant at) {
    String column = header.column();
    if (column == null) {
      jdbc.sql(
              "delete from import_header where organisation_id = :org and kind = :kind and header = :h")
          .param("org", organisationId)
          .param("kind", kind)
          .param("h", word)
          .update();
      return;
    }
    jdbc.sql(
            """
            insert into import_header (organisation_id, kind, header, header_text, column_name,
              mapped_by, mapped_at)
            values (:org, :kind, :h, :text, :column, :by, :at)
            on conflict (organisation_id, kind, header) do update
              set column_name = excluded.column_name, header_text = excluded.header_text,
                  mapped_by = excluded.mapped_by, mapped_at = excluded.mapped_at
            """)
        .param("org", organisationId)
        .param("kind", kind)
        .param("h", word)
        .param("text", header.text())
        .param("column", column)
        .param("by", by)
        .param("at", Timestamp.from(at))
        .update();
  }
}
