package org.koldoo.linkage.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.koldoo.organisations.OrganisationSummary;
import org.koldoo.organisations.Organisations;
import org.koldoo.victims.CaseSummary;
import org.koldoo.victims.ReviewIdentity;
import org.koldoo.victims.VictimCases;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Runs, the review queue and the persons, shown with pseudonyms only. */
@Component
class LinkageReadModel {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  /** Candidates on one page of the review queue. */
  static final int PAGE = 50;

  private final JdbcClient jdbc;
  private final VictimCases victims;
  private final Organisations organisations;

  LinkageReadModel(JdbcClient jdbc, VictimCases victims, Organisations organisations) {
    this.jdbc = jdbc;
    this.victims = victims;
    this.organisations = organisations;
  }

  /**
   * A run: records, pairs compared, candidates kept, automatic links, new questions for review,
   * persons created, changed and dissolved.
   */
  record RunRow(
      UUID id,
      Instant startedAt,
      int records,
      long comparisons,
      long candidates,
      int automatic,
      int forReview,
      int clustersCreated,
      int clustersChanged,
      int clustersDissolved,
      String startedBy) {}

  /**
   * One side of a pair: pseudonym, case number, organisation, registration date and stage (the
   * message key of the identification status), all pseudonymous.
   */
  record Side(
      UUID caseId,
      String pseudonym,
      String caseNumber,
      String organisation,
      LocalDate registeredOn,
      String stage) {}

  /**
   * A candidate pair: both sides, the model's weight (bits) and probability, every field's outcome
   * (AGREE, CLOSE, PARTIAL, DIFFER, MISSING), whether names were written the other way round, why
   * it was not linked automatically, and — for a reviewer who may see both — the two identities.
   */
  record CandidateRow(
      UUID id,
      Side a,
      Side b,
      double weight,
      double probability,
      Map<String, String> outcomes,
      List<String> reasons,
      boolean namesSwapped,
      String status,
      ReviewIdentity identityA,
      ReviewIdentity identityB) {}

  record PersonRow(UUID clusterId, List<Side> cases) {}

  /** A page of candidates, and how many there are in all. */
  record CandidatePage(List<CandidateRow> items, long total, int page, int size) {}

  List<RunRow> runs() {
    return jdbc.sql(
            """
            select id, started_at, records, comparisons, candidates, matches, for_review,
                   clusters_created, clusters_changed, clusters_dissolved, started_by
            from linkage_run order by started_at desc limit 20
            """)
        .query(
            (rs, n) ->
                new RunRow(
                    rs.getObject(1, UUID.class),
                    rs.getTimestamp(2).toInstant(),
                    rs.getInt(3),
                    rs.getLong(4),
                    rs.getLong(5),
                    rs.getInt(6),
                    rs.getInt(7),
                    rs.getInt(8),
                    rs.getInt(9),
                    rs.getInt(10),
                    rs.getString(11)))
        .list();
  }

  long count(String status) {
    return jdbc.sql("select count(*) from linkage_candidate where status = :s")
        .param("s", status)
        .query(Long.class)
        .single();
  }

  /** Pending pairs a case worker's queue looks through, the most probable first. */
  static final int CASE_WORKER_SCAN = 5_000;

  private static final String CANDIDATE =
      """
      select id, case_a, case_b, weight, probability, outcomes, reasons, names_swapped, status
      from linkage_candidate where status = :s
      order by probability desc nulls last, weight desc nulls last, id
      limit :limit offset :offset
      """;

  private record Stored(
      UUID id,
      UUID a,
      UUID b,
      double weight,
      double probability,
      String outcomes,
      String reasons,
      boolean swapped,
      String status) {}

  private List<Stored> stored(String status, int limit, int offset) {
    return jdbc.sql(CANDIDATE)
        .param("s", status)
        .param("limit", limit)
        .param("offset", offset)
        .query(
            (rs, n) ->
                new Stored(
                    rs.getObject(1, UUID.class),
                    rs.getObject(2, UUID.class),
                    rs.getObject(3, UUID.class),
                    number(rs.getObject(4)),
                    number(rs.getObject(5)),
                    rs.getString(6),
                    rs.getString(7),
                    rs.getBoolean(8),
                    rs.getString(9)))
        .list();
  }

  /**
   * Candidates of a status, the most probable first; {@code page} counts from 0. National reviewers
   * see every pair, pseudonymously; anyone else sees only the pending pairs of which they may see
   * both identities, and sees the two identities (each read audited).
   */
  CandidatePage candidates(String status, int page) {
    int at = Math.max(0, page);
    if (Reviewers.national()) {
      return new CandidatePage(
          rows(stored(status, PAGE, at * PAGE), false), count(status), at, PAGE);
    }
    if (!status.equals("PENDING")) {
      return new CandidatePage(List.of(), 0, at, PAGE);
    }
    List<Stored> scanned = stored(status, CASE_WORKER_SCAN, 0);
    java.util.Set<UUID> ids = new java.util.HashSet<>();
    scanned.forEach(
        s -> {
          ids.add(s.a());
          ids.add(s.b());
        });
    java.util.Set<UUID> visible = victims.identitiesVisible(ids);
    List<Stored> mine =
        scanned.stream().filter(s -> visible.contains(s.a()) && visible.contains(s.b())).toList();
    List<Stored> shown = mine.stream().skip((long) at * PAGE).limit(PAGE).toList();
    return new CandidatePage(rows(shown, true), mine.size(), at, PAGE);
  }

  /** The rows of some candidates, both sides of all of them looked up at once. */
  private List<CandidateRow> rows(List<Stored> stored, boolean identities) {
    List<UUID> ids = new ArrayList<>();
    stored.forEach(
        s -> {
          ids.add(s.a());
          ids.add(s.b());
        });
    Map<UUID, Side> sides = sides(ids);
    return stored.stream().map(s -> row(s, sides, identities)).toList();
  }

  private CandidateRow row(Stored s, Map<UUID, Side> sides, boolean identities) {
    return new CandidateRow(
        s.id(),
        sides.get(s.a()),
        sides.get(s.b()),
        s.weight(),
        s.probability(),
        outcomes(s.outcomes()),
        reasons(s.reasons()),
        s.swapped(),
        s.status(),
        identities ? victims.identityForReview(s.a()).orElse(null) : null,
        identities ? victims.identityForReview(s.b()).orElse(null) : null);
  }

  private static double number(Object value) {
    return value == null ? 0 : ((BigDecimal) value).doubleValue();
  }

  private static Map<String, String> outcomes(String json) {
    return json == null
        ? Map.of()
        : JSON.readValue(json, new TypeReference<LinkedHashMap<String, String>>() {});
  }

  private static List<String> reasons(String json) {
    return json == null ? List.of() : JSON.readValue(json, new TypeReference<List<String>>() {});
  }

  List<PersonRow> persons() {
    Map<UUID, List<UUID>> clusters = new LinkedHashMap<>();
    jdbc.sql("select cluster_id, case_id from person_cluster order by cluster_id, case_id")
        .query(
            (rs, n) ->
                clusters
                    .computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
                    .add(rs.getObject(2, UUID.class)))
        .list();
    Map<UUID, Side> sides = sides(clusters.values().stream().flatMap(List::stream).toList());
    List<PersonRow> rows = new ArrayList<>();
    clusters.forEach(
        (k, cases) -> rows.add(new PersonRow(k, cases.stream().map(sides::get).toList())));
    return rows;
  }

  /**
   * Each case as a reviewer sees it, all in a few queries (not one per case); a case the reviewer
   * may not see is labelled so.
   */
  private Map<UUID, Side> sides(List<UUID> caseIds) {
    Map<UUID, CaseSummary> found = victims.find(caseIds);
    Map<UUID, Side> sides = new java.util.HashMap<>();
    for (UUID id : caseIds) {
      CaseSummary c = found.get(id);
      sides.put(
          id,
          c == null
              ? new Side(id, "—", "—", "—", null, "linkage.notVisible")
              : new Side(
                  id,
                  c.pseudonym(),
                  c.caseNumber(),
                  organisations.find(c.organisationId()).map(OrganisationSummary::code).orElse("?"),
                  c.registeredOn(),
                  c.status() == null ? "case.notYetDecided" : c.status().messageKey()));
    }
    return sides;
  }
}
