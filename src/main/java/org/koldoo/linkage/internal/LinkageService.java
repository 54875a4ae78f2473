package org.koldoo.linkage.internal;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.koldoo.audit.AuditRecord;
import org.koldoo.audit.AuditTrail;
import org.koldoo.linkage.Clusters;
import org.koldoo.linkage.Encodings;
import org.koldoo.linkage.Match;
import org.koldoo.linkage.Matcher;
import org.koldoo.linkage.PersonClusters;
import org.koldoo.platform.security.Actors;
import org.koldoo.platform.web.InvalidInput;
import org.koldoo.platform.web.NotFoundException;
import org.koldoo.privacy.clk.PersonRecipe;
import org.koldoo.victims.LinkageSubject;
import org.koldoo.victims.VictimCases;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Runs cross-agency linkage over all victim cases and keeps persons (clusters) current: sure
 * matches link automatically, probable ones wait for a reviewer, and a reviewer's decision about a
 * pair — confirm, reject, merge, split — outlives every later run. Everything is audited.
 */
@Service
class LinkageService implements PersonClusters {

  private static final SecureRandom RANDOM = new SecureRandom();

  private final JdbcClient jdbc;
  private final VictimCases victims;
  private final AuditTrail audit;
  private final Clock clock;
  private final double threshold;

  LinkageService(
      JdbcClient jdbc,
      VictimCases victims,
      AuditTrail audit,
      Clock clock,
      @org.springframework.beans.factory.annotation.Value("${koldoo.linkage.threshold:0.8}")
          double threshold) {
    this.jdbc = jdbc;
    this.victims = victims;
    this.audit = audit;
    this.clock = clock;
    this.threshold = threshold;
  }

  record RunSummary(UUID id, int records, long comparisons, int matches, int forReview) {}

  @Transactional
  RunSummary run() {
    UUID runId = UUID.randomUUID();
    byte[] key = new byte[32];
    RANDOM.nextBytes(key); // a fresh secret per run: encodings of one run say nothing in another
    List<LinkageSubject> subjects = victims.encodeForLinkage(key, runId.toString());
    Encodings encodings = new Encodings(subjects.size(), PersonRecipe.PASSES);
    for (int i = 0; i < subjects.size(); i++) {
      LinkageSubject s = subjects.get(i);
      encodings.set(i, s.caseId().toString(), s.filter(), s.blockingKeys());
    }
    encodings.setSize(subjects.size());
    Matcher.Result result = new Matcher(threshold).dedupe(encodings);
    Map<String, Boolean> decided = latestDecisions();
    jdbc.sql(
            "insert into linkage_run (id, started_at, finished_at, records, comparisons, matches,"
                + " for_review, started_by) values (:id, :t, :t, :n, :c, :m, :r, :by)")
        .param("id", runId)
        .param("t", Timestamp.from(Instant.now(clock)))
        .param("n", subjects.size())
        .param("c", result.comparisons())
        .param("m", result.matches().size())
        .param("r", result.forReview().size())
        .param("by", Actors.current().username())
        .update();
    int pending = 0;
    for (Match m : result.matches()) {
      store(runId, subjects, m, "AUTO");
    }
    for (Match m : result.forReview()) {
      String pair = pairKey(subjects.get(m.left()).caseId(), subjects.get(m.right()).caseId());
      if (!decided.containsKey(pair)) {
        store(runId, subjects, m, "PENDING");
        pending++;
      }
    }
    recompute();
    audit.record(
        AuditRecord.of("LINKAGE_RUN", "linkage-run", runId)
            .withDetails(
                "records="
                    + subjects.size()
                    + " matches="
                    + result.matches().size()
                    + " review="
                    + pending));
    return new RunSummary(
        runId, subjects.size(), result.comparisons(), result.matches().size(), pending);
  }

  private void store(UUID runId, List<LinkageSubject> subjects, Match m, String status) {
    LinkageSubject a = subjects.get(m.left());
    LinkageSubject b = subjects.get(m.right());
    if (!before(a.caseId(), b.caseId())) {
      LinkageSubject swap = a;
      a = b;
      b = swap;
    }
    List<String> agree = new ArrayList<>();
    for (String attribute : PersonRecipe.EVIDENCE) {
      Long x = a.attributes().get(attribute);
      if (x != null && Objects.equals(x, b.attributes().get(attribute))) {
        agree.add(attribute);
      }
    }
    jdbc.sql(
            "insert into linkage_candidate (id, run_id, case_a, case_b, score, agreements, status)"
                + " values (:id, :run, :a, :b, :s, :agree, :status)")
        .param("id", UUID.randomUUID())
        .param("run", runId)
        .param("a", a.caseId())
        .param("b", b.caseId())
        .param("s", Math.round(m.score() * 10000) / 10000.0)
        .param("agree", String.join(",", agree))
        .param("status", status)
        .update();
  }

  /** A reviewer confirms or rejects a probable match. */
  @Transactional
  void decide(UUID candidateId, boolean linked, String reason) {
    var pair =
        jdbc.sql(
                "select case_a, case_b from linkage_candidate where id = :id and status = 'PENDING'")
            .param("id", candidateId)
            .query((rs, n) -> new UUID[] {rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)})
            .optional()
            .orElseThrow(() -> new CandidateNotFound(candidateId));
    jdbc.sql(
            "update linkage_candidate set status = :s, decided_by = :by, decided_at = :t where id = :id")
        .param("s", linked ? "CONFIRMED" : "REJECTED")
        .param("by", Actors.current().username())
        .param("t", Timestamp.from(Instant.now(clock)))
        .param("id", candidateId)
        .update();
    record(pair[0], pair[1], linked, reason);
    recompute();
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
            "insert into linkage_decision (id, case_a, case_b, linked, decided_by, decided_at,"
                + " reason) values (:id, :a, :b, :l, :by, :t, :r)")
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
   * a person's latest decision separated.
   */
  void recompute() {
    Map<String, Boolean> decided = latestDecisions();
    List<UUID[]> edges = new ArrayList<>();
    jdbc
        .sql(
            "select case_a, case_b from linkage_candidate where status = 'AUTO' and run_id ="
                + " (select id from linkage_run order by started_at desc, id limit 1)")
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
    jdbc.sql("delete from person_cluster").update();
    for (int i = 0; i < ids.size(); i++) {
      jdbc.sql("insert into person_cluster (case_id, cluster_id) values (:c, :k)")
          .param("c", ids.get(i))
          .param("k", clusterId.get(clusters.find(i)))
          .update();
    }
  }

  private Map<String, Boolean> latestDecisions() {
    Map<String, Boolean> decided = new HashMap<>();
    jdbc.sql("select case_a, case_b, linked from linkage_decision order by decided_at, id")
        .query(
            (rs, n) -> {
              decided.put(
                  pairKey(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)),
                  rs.getBoolean(3));
              return null;
            })
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
        .query(
            (rs, n) -> {
              cluster.put(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class));
              return null;
            })
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
