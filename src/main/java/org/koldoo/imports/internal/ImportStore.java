package org.koldoo.imports.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.koldoo.platform.web.Page;
import org.koldoo.platform.web.PagedQuery;
import org.koldoo.privacy.FieldCipher;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The import tables: runs, their sealed files, and the key each imported row left behind. */
@Repository
class ImportStore {

  /** The record a row became, and the hash of the row as it was then. */
  record Written(UUID recordId, String hash) {}

  private static final String COLUMNS =
      """
      id, kind, organisation_id, file_name, file_name_ciphertext, file_size, created_by,
      created_at, status, rows_total, rows_create, rows_update, rows_unchanged, rows_invalid,
      rows_written, problems_total, problems, committed_by, committed_at, unmatched_headers,
      discarded_at, discarded_by
      """;

  private final JdbcClient jdbc;
  private final FieldCipher cipher;
  private final JsonMapper json = JsonMapper.builder().build();

  ImportStore(JdbcClient jdbc, FieldCipher cipher) {
    this.jdbc = jdbc;
    this.cipher = cipher;
  }

  /** What an upload's file name is sealed with: the upload's own. */
  static String nameContext(UUID id) {
    return "import-name:" + id;
  }

  void create(ImportRun run, String sha256, byte[] sealed) {
    jdbc.sql(
            """
            insert into import_run (id, kind, organisation_id, file_name_ciphertext, file_sha256,
              file_size, created_by, created_at, status, rows_total, rows_create, rows_update,
              rows_unchanged, rows_invalid, problems_total, problems, unmatched_headers)
            values (:id, :kind, :org, :name, :sha, :size, :by, :at, 'VALIDATED', :total, :create,
              :update, :unchanged, :invalid, :problemsTotal, cast(:problems as jsonb),
              cast(:unmatched as jsonb))
            """)
        .param("id", run.id())
        .param("kind", run.kind())
        .param("org", run.organisationId())
        .param("name", cipher.encrypt(run.fileName(), nameContext(run.id())))
        .param("sha", sha256)
        .param("size", run.fileSize())
        .param("by", run.createdBy())
        .param("at", Timestamp.from(run.createdAt()))
        .params(checked(run))
        .update();
    jdbc.sql("insert into import_file (import_id, content) values (:id, :content)")
        .param("id", run.id())
        .param("content", sealed)
        .update();
  }

  Optional<ImportRun> find(UUID id) {
    return jdbc.sql("select %s from import_run where id = :id".formatted(COLUMNS))
        .param("id", id)
        .query(this::run)
        .optional();
  }

  /** The imports of an organisation, newest first. */
  Page<ImportRun> page(UUID organisationId, Pageable pageable) {
    return PagedQuery.page(
        jdbc,
        "select count(*) from import_run where organisation_id = :org",
        "select %s from import_run where organisation_id = :org order by created_at desc"
            .formatted(COLUMNS),
        Map.of("org", organisationId),
        pageable,
        this::run);
  }

  Optional<byte[]> file(UUID id) {
    return jdbc.sql("select content from import_file where import_id = :id")
        .param("id", id)
        .query(byte[].class)
        .optional();
  }

  /**
   * Marks the run as being committed (again, after an interruption); false when it is committed or
   * discarded already. That no other commit of it is running in this server, the caller makes sure.
   */
  boolean begin(UUID id, Instant now, String by) {
    return jdbc.sql(
                """
                update import_run set status = 'COMMITTING', committing_at = :now, committed_by = :by
                where id = :id and status in ('VALIDATED', 'COMMITTING')
                """)
            .param("id", id)
            .param("now", Timestamp.from(now))
            .param("by", by)
            .update()
        == 1;
  }

  /** After each batch: how far the commit has come, and that it is still alive. */
  void progress(UUID id, int written, Instant now) {
    jdbc.sql("update import_run set rows_written = :written, committing_at = :now where id = :id")
        .param("id", id)
        .param("written", written)
        .param("now", Timestamp.from(now))
        .update();
  }

  /** The commit is done: its counts, and the rows refused as they were written (kept too). */
  void finish(UUID id, ImportRun.Counts counts, List<RowProblem> refused, Instant now) {
    jdbc.sql(
            """
            update import_run set status = 'COMMITTED', committed_at = :now, committing_at = null,
              rows_create = :create, rows_update = :update, rows_unchanged = :unchanged,
              rows_invalid = :invalid, rows_written = :written,
              problems_total = problems_total + :refusedCount,
              problems = problems || cast(:refused as jsonb)
            where id = :id
            """)
        .param("refusedCount", refused.size())
        .param("refused", json.writeValueAsString(refused))
        .param("id", id)
        .param("now", Timestamp.from(now))
        .param("create", counts.create())
        .param("update", counts.update())
        .param("unchanged", counts.unchanged())
        .param("invalid", counts.invalid())
        .param("written", counts.create() + counts.update())
        .update();
    jdbc.sql("delete from import_file where import_id = :id").param("id", id).update();
  }

  /** Serialises the batches of one kind and organisation, so that two imports never race a key. */
  void lock(String kind, UUID organisationId) {
    jdbc.sql("select pg_advisory_xact_lock(hashtext(:key))")
        .param("key", "import:" + kind + ":" + organisationId)
        .query(Object.class)
        .single();
  }

  /**
   * What the given keys were written as. One look-up per key through the primary key, whatever the
   * table's statistics say: a table that an import is filling has none yet, and the planner then
   * scanned every key of the organisation for each batch (a quarter of a second a batch at 30,000).
   */
  Map<String, Written> written(String kind, UUID organisationId, List<String> keys) {
    Map<String, Written> found = new HashMap<>();
    for (int from = 0; from < keys.size(); from += 1000) {
      jdbc.sql(
              """
              select k.row_key, i.record_id, i.row_hash
              from unnest(cast(:keys as text[])) as k (row_key)
              cross join lateral (
                select record_id, row_hash from import_key
                where kind = :kind and organisation_id = :org and row_key = k.row_key
                limit 1) i
              """)
          .param("kind", kind)
          .param("org", organisationId)
          .param(
              "keys", keys.subList(from, Math.min(keys.size(), from + 1000)).toArray(String[]::new))
          .query(
              (rs, n) ->
                  found.put(
                      rs.getString("row_key"),
                      new Written(rs.getObject("record_id", UUID.class), rs.getString("row_hash"))))
          .list();
    }
    return found;
  }

  void remember(
      String kind,
      UUID organisationId,
      UUID importId,
      List<String> keys,
      List<UUID> records,
      List<String> hashes,
      Instant now) {
    jdbc.sql(
            """
            insert into import_key (kind, organisation_id, row_key, record_id, row_hash, import_id,
              written_at)
            select :kind, :org, k, r, h, :import, :now
            from unnest(cast(:keys as text[]), cast(:records as uuid[]), cast(:hashes as text[]))
              as t (k, r, h)
            on conflict (kind, organisation_id, row_key) do update
              set record_id = excluded.record_id, row_hash = excluded.row_hash,
                  import_id = excluded.import_id, written_at = excluded.written_at
            """)
        .param("kind", kind)
        .param("org", organisationId)
        .param("keys", keys.toArray(String[]::new))
        .param("records", records.toArray(UUID[]::new))
        .param("hashes", hashes.toArray(String[]::new))
        .param("import", importId)
        .param("now", Timestamp.from(now))
        .update();
  }

  /** What a check found, named as the statements here name it. */
  private Map<String, Object> checked(ImportRun run) {
    Map<String, Object> found = new HashMap<>();
    found.put("total", run.counts().total());
    found.put("create", run.counts().create());
    found.put("update", run.counts().update());
    found.put("unchanged", run.counts().unchanged());
    found.put("invalid", run.counts().invalid());
    found.put("problemsTotal", run.problemsTotal());
    found.put("problems", json.writeValueAsString(run.problems()));
    found.put("unmatched", json.writeValueAsString(run.unmatchedHeaders()));
    return found;
  }

  /** A dry run checked again (after a mapping): its counts, problems and unmatched headers. */
  boolean rechecked(ImportRun run) {
    return jdbc.sql(
                """
                update import_run set rows_total = :total, rows_create = :create,
                  rows_update = :update, rows_unchanged = :unchanged, rows_invalid = :invalid,
                  problems_total = :problemsTotal, problems = cast(:problems as jsonb),
                  unmatched_headers = cast(:unmatched as jsonb)
                where id = :id and status = 'VALIDATED'
                """)
            .param("id", run.id())
            .params(checked(run))
            .update()
        == 1;
  }

  /**
   * The upload's file name: sealed, or as an upload before sealing kept it until Koldoo started.
   */
  private String name(ResultSet rs) throws SQLException {
    byte[] sealed = rs.getBytes("file_name_ciphertext");
    return sealed == null
        ? rs.getString("file_name")
        : cipher.decrypt(sealed, nameContext(rs.getObject("id", UUID.class)));
  }

  private ImportRun run(ResultSet rs, int n) throws SQLException {
    Timestamp committed = rs.getTimestamp("committed_at");
    Timestamp discarded = rs.getTimestamp("discarded_at");
    return new ImportRun(
        rs.getObject("id", UUID.class),
        rs.getString("kind"),
        rs.getObject("organisation_id", UUID.class),
        name(rs),
        rs.getLong("file_size"),
        rs.getString("created_by"),
        rs.getTimestamp("created_at").toInstant(),
        rs.getString("status"),
        new ImportRun.Counts(
            rs.getInt("rows_total"),
            rs.getInt("rows_create"),
            rs.getInt("rows_update"),
            rs.getInt("rows_unchanged"),
            rs.getInt("rows_invalid")),
        rs.getInt("rows_written"),
        rs.getInt("problems_total"),
        json.readValue(rs.getString("problems"), new TypeReference<List<RowProblem>>() {}),
        rs.getString("committed_by"),
        committed == null ? null : committed.toInstant(),
        json.readValue(rs.getString("unmatched_headers"), new TypeReference<List<String>>() {}),
        discarded == null
            ? null
            : new ImportRun.Discarded(discarded.toInstant(), rs.getString("discarded_by")));
  }
}
