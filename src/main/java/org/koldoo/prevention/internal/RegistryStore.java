package org.koldoo.prevention.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.koldoo.audit.AuditRecord;
import org.koldoo.audit.AuditTrail;
import org.koldoo.platform.security.Actors;
import org.koldoo.platform.web.ConflictException;
import org.koldoo.platform.web.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Rows of the small registries, written with optimistic locking (a stale edit is a conflict, never
 * a silent overwrite) and audited. Table and column names come from this module's code only.
 */
@Component
class RegistryStore {

  /** The registries and their tables. */
  static final Set<String> TABLES =
      Set.of(
          "labour_inspection",
          "training_event",
          "awareness_campaign",
          "migration_service_period",
          "sop_adoption",
          "working_group_meeting",
          "nap_activity",
          "ngo_centre_support",
          "demand_reduction_action",
          "harassment_incident");

  private final JdbcClient jdbc;
  private final AuditTrail audit;

  RegistryStore(JdbcClient jdbc, AuditTrail audit) {
    this.jdbc = jdbc;
    this.audit = audit;
  }

  UUID save(String table, UUID id, Integer version, Map<String, Object> values) {
    check(table);
    Map<String, Object> row = new LinkedHashMap<>(values);
    row.put("recorded_by", Actors.current().username());
    if (id == null) {
      UUID created = UUID.randomUUID();
      row.put("id", created);
      String columns = String.join(", ", row.keySet());
      String params = ":" + String.join(", :", row.keySet());
      jdbc.sql("insert into %s (%s) values (%s)".formatted(table, columns, params))
          .params(row)
          .update();
      audit.record(AuditRecord.of("REGISTRY_ENTRY_CREATED", table, created));
      return created;
    }
    get(table, id);
    List<String> sets = new ArrayList<>();
    row.keySet().forEach(c -> sets.add(c + " = :" + c));
    row.put("id", id);
    row.put("expected_version", version == null ? -1 : version);
    int changed =
        jdbc.sql(
                """
                update %s set %s, version = version + 1
                 where id = :id and version = :expected_version
                """
                    .formatted(table, String.join(", ", sets)))
            .params(row)
            .update();
    if (changed == 0) {
      throw new StaleEntry();
    }
    audit.record(AuditRecord.of("REGISTRY_ENTRY_UPDATED", table, id));
    return id;
  }

  /** A whole registry, for its export: every row, in the order given. */
  List<Map<String, Object>> list(String table, String orderBy) {
    check(table);
    return jdbc
        .sql("select * from %s order by %s".formatted(table, orderBy))
        .query()
        .listOfRows()
        .stream()
        .map(RegistryStore::plain)
        .toList();
  }

  /** A registry's columns in the table's order: the header of its export, even of an empty one. */
  List<String> columns(String table) {
    check(table);
    return jdbc.sql("select * from %s limit 0".formatted(table))
        .query(
            (java.sql.ResultSet rows) -> {
              var meta = rows.getMetaData();
              List<String> names = new java.util.ArrayList<>();
              for (int i = 1; i <= meta.getColumnCount(); i++) {
                names.add(meta.getColumnLabel(i));
              }
              return names;
            });
  }

  /** One page of a registry, in the order given (the caller's own constant, never a request's). */
  org.koldoo.platform.web.Page<Map<String, Object>> page(
      String table, String orderBy, org.springframework.data.domain.Pageable pageable) {
    check(table);
    var columns = new org.springframework.jdbc.core.ColumnMapRowMapper();
    return org.koldoo.platform.web.PagedQuery.page(
        jdbc,
        "select count(*) from %s".formatted(table),
        "select * from %s order by %s, id".formatted(table, orderBy),
        Map.of(),
        pageable,
        (rs, n) -> plain(columns.mapRow(rs, n)));
  }

  /**
   * A registry's rows as the API returns them: names in camelCase as every other answer of the API
   * ({@code heldOn}, {@code organisationId}), dates as dates.
   */
  static List<Map<String, Object>> forApi(List<Map<String, Object>> rows) {
    return rows.stream().map(RegistryStore::camelCase).toList();
  }

  static Map<String, Object> camelCase(Map<String, Object> row) {
    Map<String, Object> out = new LinkedHashMap<>();
    row.forEach((k, v) -> out.put(camelCase(k), v));
    return out;
  }

  private static String camelCase(String column) {
    StringBuilder name = new StringBuilder();
    boolean upper = false;
    for (char c : column.toCharArray()) {
      if (c == '_') {
        upper = true;
      } else {
        name.append(upper ? Character.toUpperCase(c) : c);
        upper = false;
      }
    }
    return name.toString();
  }

  Map<String, Object> get(String table, UUID id) {
    check(table);
    return jdbc
        .sql("select * from %s where id = :id".formatted(table))
        .param("id", id)
        .query()
        .listOfRows()
        .stream()
        .map(RegistryStore::plain)
        .findFirst()
        .orElseThrow(() -> new EntryNotFound(id));
  }

  /** Dates as dates (not midnight timestamps), so screens, CSV and JSON show them plainly. */
  private static Map<String, Object> plain(Map<String, Object> row) {
    Map<String, Object> out = new LinkedHashMap<>();
    row.forEach(
        (k, v) ->
            out.put(
                k,
                v instanceof java.sql.Date d
                    ? d.toLocalDate()
                    : v instanceof java.sql.Timestamp t ? t.toInstant() : array(v)));
    return out;
  }

  /** A PostgreSQL array as a list (what JSON and templates expect), anything else as it is. */
  private static Object array(Object value) {
    if (value instanceof java.sql.Array a) {
      try {
        return java.util.Arrays.asList((Object[]) a.getArray());
      } catch (java.sql.SQLException e) {
        throw new IllegalStateException("unreadable array", e);
      }
    }
    return value;
  }

  private static void check(String table) {
    if (!TABLES.contains(table)) {
      throw new IllegalArgumentException("not a registry: " + table);
    }
  }

  static final class StaleEntry extends ConflictException {
    StaleEntry() {
      super(null, "error.staleEdit");
    }
  }

  static final class EntryNotFound extends NotFoundException {
    EntryNotFound(UUID id) {
      super("registry.notFound", id);
    }
  }
}
