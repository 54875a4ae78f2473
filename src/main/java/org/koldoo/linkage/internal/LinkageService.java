package org.koldoo.linkage.internal;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.koldoo.audit.AuditRecord;
import org.koldoo.audit.AuditTrail;
import org.koldoo.linkage.Clusters;
import org.koldoo.linkage.FieldComparison;
import org.koldoo.linkage.FieldEncodings;
import org.koldoo.linkage.LinkRules;
import org.koldoo.linkage.Match;
import org.koldoo.linkage.MatchModel;
import org.koldoo.linkage.Matcher;
import org.koldoo.linkage.PersonClusters;
import org.koldoo.platform.security.Actors;
import org.koldoo.platform.web.InvalidInput;
import org.koldoo.platform.web.NotFoundException;
import org.koldoo.privacy.clk.FieldSchema;
import org.koldoo.privacy.clk.PersonRecipe;
import org.koldoo.victims.LinkageSubject;
import org.koldoo.victims.VictimCases;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs cross-agency linkage over all victim cases and keeps persons (clusters) current: pairs the
 * rules find decisive link automatically, probable ones wait for a reviewer, and a reviewer's
 * decision about a pair — confirm, reject, merge, split — outlives every later run and enters the
 * next run's estimation of the weights. Everything is audited.
 */
@Service
class LinkageService implements PersonClusters {

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final FieldSchema SCHEMA = PersonRecipe.PERSON;

  private final JdbcClient jdbc;

  /** For the rows a run writes by the thousand: one round trip per batch, not per row. */
  private final NamedParameterJdbcTemplate batch;

  private final VictimCases victims;
  private final AuditTrail audit;
  private final Clock clock;
  private final LinkRules rules;

  LinkageService(
      JdbcClient jdbc,
      NamedParameterJdbcTemplate batch,
      VictimCases victims,
      AuditTrail audit,
      Clock clock,
      @Value("${koldoo.linkage.automatic:0.99}") double automaticAt,
      @Value("${koldoo.linkage.review:0.2}") double reviewAt) {
    this.jdbc = jdbc;
    this.batch = batch;
    this.victims = victims;
    this.audit = audit;
    this.clock = clock;
    this.rules = new LinkRules(automaticAt, reviewAt);
  }

  /**
   * What a run did: records compared pairwise (comparisons) and kept as candidates, links made
   * automatically, pairs sent to review (new questions only: pairs already decided are not asked
   * again), and the persons (clusters of more than one case) it created, changed or dissolved.
   */
  record RunSummary(
      UUID id,
      int records,
      long comparisons,
      long candidates,
      int automatic,
      int forReview,
      int clustersCreated,
      int clustersChanged,
      int clustersDissolved) {}

  /** How the persons changed when they were recomputed. */
  record ClusterChange(int created, int changed, int dissolved) {}

  @Transactional
  RunSummary run() {
    UUID runId = UUID.randomUUID();
    byte[] key = new byte[32];
    RANDOM.nextBytes(key); // a fresh secret per run: encodings of one run say nothing in another
    List<LinkageSubject> subjects = victims.encodeForLinkage(key, runId.toString());
    FieldEncodings encodings = new FieldEncodings(SCHEMA, subjects.size(), PersonRecipe.PASSES);
    Map<UUID, Integer> index = new HashMap<>();
    Map<UUID, Integer> sources = new HashMap<>();
    for (int i = 0; i < subjects.size(); i++) {
      LinkageSubject s = subjects.get(i);
      int source = sources.computeIfAbsent(s.organisationId(), k -> sources.size());
      encodings.set(i, s.caseId().toString(), source, s.fields(), s.blockingKeys());
      index.put(s.caseId(), i);
    }
    encodings.setSize(subjects.size());
    Map<String, Boolean> decided = latestDecisions();
    List<Matcher.Decided> known = new ArrayList<>();
    decided.forEach(
        (pair, linked) -> {
          String[] ids = pair.split("\\|");
          Integer a = index.get(UUID.fromString(ids[0]));
          Integer b = index.get(UUID.fromString(ids[1]));
          if (a != null && b != null) {
            known.add(new Matcher.Decided(a, b, linked));
          }
        });
    Matcher.Result result = new Matcher(rules).dedupe(encodings, known);
    Instant now = Instant.now(clock);
    jdbc.sql(
            """
            insert into linkage_run (id, started_at, finished_at, records, comparisons, candidates,
                                     matches, for_review, started_by, model)
            values (:id, :t, :t, :n, :c, :k, :m, 0, :by, cast(:model as jsonb))
            """)
        .param("id", runId)
        .param("t", Timestamp.from(now))
        .param("n", subjects.size())
        .param("c", result.comparisons())
        .param("k", result.candidates())
        .param("m", result.automatic().size())
        .param("by", Actors.current().username())
        .param("model", modelJson(result.model()))
        .update();
    // an earlier run's open questions are asked again below when still probable
    jdbc.sql("update linkage_candidate set status = 'SUPERSEDED' where status = 'PENDING'")
        .update();
    FieldComparison comparison = result.model().comparison();
    List<MapSqlParameterSource> rows = new ArrayList<>();
    for (Match m : result.automatic()) {
      rows.add(candidate(runId, subjects, m, comparison, "AUTO"));
    }
    int pending = 0;
    for (Match m : result.forReview()) {
      String pair = pairKey(subjects.get(m.left()).caseId(), subjects.get(m.right()).caseId());
      if (!decided.containsKey(pair)) {
        rows.add(candidate(runId, subjects, m, comparison, "PENDING"));
        pending++;
      }
    }
    batch.batchUpdate(
        """
        insert into linkage_candidate (id, run_id, case_a, case_b, weight, probability,
                                       outcomes, reasons, names_swapped, status)
        values (:id, :run, :a, :b, :w, :p, cast(:o as jsonb), cast(:r as jsonb), :swapped,
                :status)
        """,
        rows.toArray(MapSqlParameterSource[]::new));
    ClusterChange change = recompute();
    jdbc.sql(
            """
            update linkage_run set for_review = :r, clusters_created = :cc,
                   clusters_changed = :ch, clusters_dissolved = :cd where id = :id
            """)
        .param("r", pending)
        .param("cc", change.created())
        .param("ch", change.changed())
        .param("cd", change.dissolved())
        .param("id", runId)
        .update();
    audit.record(
        AuditRecord.of("LINKAGE_RUN", "linkage-run", runId)
            .withDetails(
                "records=%d comparisons=%d automatic=%d review=%d created=%d changed=%d dissolved=%d"
                    .formatted(
                        subjects.size(),
                        result.comparisons(),
                        result.automatic().size(),
                        pending,
                        change.created(),
                        change.changed(),
                        change.dissolved())));
    return new RunSummary(
        runId,
        subjects.size(),
        result.comparisons(),
        result.candidates(),
        result.automatic().size(),
        pending,
        change.created(),
        change.changed(),
        change.dissolved());
  }

  /** m and u per field and outcome, and the share of matches, as the run estimated them. */
  private static String modelJson(MatchModel model) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("matchShare", model.lambda());
    json.put("iterations", model.iterations());
    Map<String, Object> fields = new LinkedHashMap<>();
    model.table().forEach((k, v) -> fields.put(k, Map.of("m", v[0], "u", v[1])));
    json.put("fields", fields);
    return JSON.writeValueAsString(json);
  }

  /** One candidate's row, its cases in PostgreSQL's order. */
  private static MapSqlParameterSource candidate(
      UUID runId,
      List<LinkageSubject> subjects,
      Match m,
      FieldComparison comparison,
      String status) {
    LinkageSubject a = subjects.get(m.left());
    LinkageSubject b = subjects.get(m.right());
    if (!before(a.caseId(), b.caseId())) {
      LinkageSubject swap = a;
      a = b;
      b = swap;
    }
    Map<String, String> outcomes = new LinkedHashMap<>();
    for (int f = 0; f < comparison.fields(); f++) {
      outcomes.put(comparison.schema().field(f).name(), comparison.outcome(m.pattern(), f).name());
    }
    return new MapSqlParameterSource()
        .addValue("id", UUID.randomUUID())
        .addValue("run", runId)
        .addValue("a", a.caseId())
        .addValue("b", b.caseId())
        .addValue("w", Math.max(-99999, Math.min(99999, Math.round(m.weight() * 1000) / 1000.0)))
        .addValue("p", Math.floor(m.probability() * 1e7) / 1e7)
        .addValue("o", JSON.writeValueAsString(outcomes))
        .addValue("r", JSON.writeValueAsString(m.reasons().stream().map(Enum::name).toList()))
        .addValue("swapped", m.namesSwapped())
        .addValue("status", status);
  }

  /** A reviewer confirms or rejects a probable match. */
  @Transactional
  void decide(UUID candidateId, boolean linked, String reason) {
    decideOne(candidateId, linked, reason);
    recompute();
  }

  /**
   * A reviewer confirms or rejects many probable matches at once; all or none are recorded (a pair
   * decided meanwhile by someone else fails the whole batch, so nobody answers a question twice).
   */
  @Transactional
  int decideAll(Collection<UUID> candidateIds, boolean linked, String reason) {
    for (UUID id : new HashSet<>(candidateIds)) {
      decideOne(id, linked, reason);
    }
    recompute();
    return new HashSet<>(candidateIds).size();
  }

  private void decideOne(UUID candidateId, boolean linked, String reason) {
    var pair =
        jdbc.sql(
                """
                    select case_a, case_b from linkage_candidate where id = :id and status = 'PENDING'
                    for update
                    """)
            .param("id", candidateId)
            .query((rs, n) -> new UUID[] {rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)})
            .optional()
            .orElseThrow(() -> new CandidateNotFound(candidateId));
    // a case worker decides only pairs of which they may see both identities
    if (!Reviewers.national()
        && !victims.identitiesVisible(List.of(pair[0], pair[1])).containsAll(List.of(pair))) {
      throw new CandidateNotFound(candidateId);
    }
    jdbc.sql(
            "update linkage_candidate set status = :s, decided_by = :by, decided_at = :t where id = :id")
        .param("s", linked ? "CONFIRMED" : "REJECTED")
        .param("by", Actors.current().username())
        .param("t", Timestamp.from(Instant.now(clock)))
        .param("id", candidateId)
        .update();
    record(pair[0], pair[1], linked, reason);
    audit.record(
        AuditRecord.of(
                linked ? "LINK_CONFIRMED" : "LINK_REJECTED", "linkage-candidate", candidateId)
            .withDetails(pair[0] + " ~ " + pair[1]));
  }

  /** Two cases are the same person, whatever the matcher said. */
  @Transactional
  void merge(UUID caseA, UUID caseB, String reason) {
    if (caseA.equals(caseB)) {
      throw new InvalidInput("caseB", "linkage.sameCase");
    }
    victims.find(caseA).orElseThrow(() -> new InvalidInput("caseA", "case.notFound", caseA));
    victims.find(caseB).orElseThrow(() -> new InvalidInput("caseB", "case.notFound", caseB));
    record(caseA, caseB, true, reason);
    recompute();
    audit.record(
        AuditRecord.of("CLUSTER_MERGED", "victim-case", caseA).withDetails("with " + caseB));
  }

  /** The case is a person of its own: every link to the rest of its cluster is rejected. */
  @Transactional
  void split(UUID caseId, String reason) {
    UUID cluster =
        jdbc.sql("select cluster_id from person_cluster where case_id = :c")
            .param("c", caseId)
            .query(UUID.class)
            .optional()
            .orElseThrow(() -> new InvalidInput("caseId", "linkage.notClustered"));
    List<UUID> others =
        jdbc.sql("select case_id from person_cluster where cluster_id = :k and case_id <> :c")
            .param("k", cluster)
            .param("c", caseId)
            .query(UUID.class)
            .list();
    for (UUID other : others) {
      record(caseId, other, false, reason);
    }
    recompute();
    audit.record(
        AuditRecord.of("CLUSTER_SPLIT", "victim-case", caseId)
            .withDetails("from " + others.size() + " linked case(s)"));
  }

  private void record(UUID a, UUID b, boolean linked, String reason) {
    UUID first = before(a, b) ? a : b;
    UUID second = before(a, b) ? b : a;
    jdbc.sql(
            """
            insert into linkage_decision (id, case_a, case_b, linked, decided_by, decided_at, reason)
            values (:id, :a, :b, :l, :by, :t, :r)
            """)
        .param("id", UUID.randomUUID())
        .param("a", first)
        .param("b", second)
        .param("l", linked)
        .param("by", Actors.current().username())
        .param("t", Timestamp.from(Instant.now(clock)))
        .param("r", reason)
        .update();
  }

  /**
   * Persons from: the latest run's automatic links and every pair a person linked, less every pair
   * a person's latest decision separated. Pending candidates join nobody.
   */
  ClusterChange recompute() {
    Map<String, Boolean> decided = latestDecisions();
    List<UUID[]> edges = new ArrayList<>();
    jdbc
        .sql(
            """
            select case_a, case_b from linkage_candidate where status = 'AUTO' and run_id =
              (select id from linkage_run order by started_at desc, id limit 1)
            """)
        .query((rs, n) -> new UUID[] {rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)})
        .list()
        .stream()
        .filter(p -> !Boolean.FALSE.equals(decided.get(pairKey(p[0], p[1]))))
        .forEach(edges::add);
    decided.forEach(
        (pair, linked) -> {
          if (linked) {
            String[] ids = pair.split("\\|");
            edges.add(new UUID[] {UUID.fromString(ids[0]), UUID.fromString(ids[1])});
          }
        });
    Map<UUID, Integer> index = new HashMap<>();
    List<UUID> ids = new ArrayList<>();
    for (UUID[] e : edges) {
      for (UUID id : e) {
        index.computeIfAbsent(
            id,
            k -> {
              ids.add(k);
              return ids.size() - 1;
            });
      }
    }
    Clusters clusters = new Clusters(ids.size());
    edges.forEach(e -> clusters.union(index.get(e[0]), index.get(e[1])));
    Map<Integer, UUID> clusterId = new HashMap<>();
    for (int i = 0; i < ids.size(); i++) {
      clusterId.merge(clusters.find(i), ids.get(i), (x, y) -> before(x, y) ? x : y);
    }
    Map<UUID, UUID> before = new HashMap<>();
    jdbc.sql("select case_id, cluster_id from person_cluster")
        .query((rs, n) -> before.put(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)))
        .list();
    Map<UUID, UUID> after = new HashMap<>();
    for (int i = 0; i < ids.size(); i++) {
      after.put(ids.get(i), clusterId.get(clusters.find(i)));
    }
    jdbc.sql("delete from person_cluster").update();
    batch.batchUpdate(
        "insert into person_cluster (case_id, cluster_id) values (:c, :k)",
        after.entrySet().stream()
            .map(
                e ->
                    new MapSqlParameterSource()
                        .addValue("c", e.getKey())
                        .addValue("k", e.getValue()))
            .toArray(MapSqlParameterSource[]::new));
    return change(before, after);
  }

  /**
   * Compares two clusterings by their member sets: a person is created when none of its cases was
   * in a person before, changed when its cases differ from every person before, dissolved when none
   * of its cases is in a person any more.
   */
  static ClusterChange change(Map<UUID, UUID> before, Map<UUID, UUID> after) {
    Set<Set<UUID>> old = members(before);
    Set<Set<UUID>> now = members(after);
    int created = 0;
    int changed = 0;
    for (Set<UUID> person : now) {
      if (old.contains(person)) {
        continue;
      }
      if (person.stream().anyMatch(before::containsKey)) {
        changed++;
      } else {
        created++;
      }
    }
    int dissolved = 0;
    for (Set<UUID> person : old) {
      if (person.stream().noneMatch(after::containsKey)) {
        dissolved++;
      }
    }
    return new ClusterChange(created, changed, dissolved);
  }

  private static Set<Set<UUID>> members(Map<UUID, UUID> clustering) {
    Map<UUID, Set<UUID>> byCluster = new HashMap<>();
    clustering.forEach((c, k) -> byCluster.computeIfAbsent(k, x -> new HashSet<>()).add(c));
    return new HashSet<>(byCluster.values());
  }

  private Map<String, Boolean> latestDecisions() {
    Map<String, Boolean> decided = new HashMap<>();
    jdbc.sql("select case_a, case_b, linked from linkage_decision order by decided_at, id")
        .query(
            (rs, n) ->
                decided.put(
                    pairKey(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)),
                    rs.getBoolean(3)))
        .list();
    return decided;
  }

  static String pairKey(UUID a, UUID b) {
    return before(a, b) ? a + "|" + b : b + "|" + a;
  }

  /** PostgreSQL's order of uuids (by their bytes), not Java's (by signed halves). */
  static boolean before(UUID a, UUID b) {
    return a.toString().compareTo(b.toString()) < 0;
  }

  @Override
  @Transactional(readOnly = true)
  public long distinctPersons(Collection<UUID> caseIds) {
    if (caseIds.isEmpty()) {
      return 0;
    }
    Map<UUID, UUID> cluster = new HashMap<>();
    jdbc.sql("select case_id, cluster_id from person_cluster where case_id in (:ids)")
        .param("ids", caseIds)
        .query((rs, n) -> cluster.put(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)))
        .list();
    Set<UUID> persons = new HashSet<>();
    caseIds.forEach(id -> persons.add(cluster.getOrDefault(id, id)));
    return persons.size();
  }

  static final class CandidateNotFound extends NotFoundException {
    CandidateNotFound(UUID id) {
      super("linkage.candidateNotFound", id);
    }
  }
}
