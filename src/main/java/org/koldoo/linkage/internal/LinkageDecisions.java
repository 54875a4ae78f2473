package org.koldoo.linkage.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import org.koldoo.audit.AuditRecord;
import org.koldoo.audit.AuditTrail;
import org.koldoo.platform.security.Actors;
import org.koldoo.platform.web.InvalidInput;
import org.koldoo.platform.web.NoIdentifiers;
import org.koldoo.platform.web.NotFoundException;
import org.koldoo.victims.VictimCases;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reviewers' answers about pairs — confirm, reject, merge, split — each kept for good, entered in
 * later runs' estimation, and applied to the persons at once. Everything is audited.
 */
@Service
class LinkageDecisions {

  private final JdbcClient jdbc;
  private final VictimCases victims;
  private final AuditTrail audit;
  private final Clock clock;
  private final PersonClustering clusters;

  LinkageDecisions(
      JdbcClient jdbc,
      VictimCases victims,
      AuditTrail audit,
      Clock clock,
      PersonClustering clusters) {
    this.jdbc = jdbc;
    this.victims = victims;
    this.audit = audit;
    this.clock = clock;
    this.clusters = clusters;
  }

  /** A reviewer confirms or rejects a probable match. */
  @Transactional
  void decide(UUID candidateId, boolean linked, String reason) {
    decideOne(candidateId, linked, reason);
    clusters.recompute();
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
    clusters.recompute();
    return new HashSet<>(candidateIds).size();
  }

  /** The length of linkage_decision.reason. */
  static final int MAX_REASON = 500;

  /**
   * A reason is kept with the decision, in the clear: at most what its column holds, and without a
   * telephone, document or personal number (the rule of every unsealed note).
   */
  static void checkReason(String reason) {
    if (reason != null && reason.length() > MAX_REASON) {
      throw new InvalidInput("reason", "input.tooLong");
    }
    if (reason != null && NoIdentifiers.Check.holdsIdentifier(reason)) {
      throw new InvalidInput("reason", "NoIdentifiers");
    }
  }

  private void decideOne(UUID candidateId, boolean linked, String reason) {
    checkReason(reason);
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
    clusters.record(pair[0], pair[1], linked, reason);
    audit.record(
        AuditRecord.of(
                linked ? "LINK_CONFIRMED" : "LINK_REJECTED", "linkage-candidate", candidateId)
            .withDetails(pair[0] + " ~ " + pair[1]));
  }

  /** Two cases are the same person, whatever the matcher said. */
  @Transactional
  void merge(UUID caseA, UUID caseB, String reason) {
    checkReason(reason);
    if (caseA.equals(caseB)) {
      throw new InvalidInput("caseB", "linkage.sameCase");
    }
    victims.find(caseA).orElseThrow(() -> new InvalidInput("caseA", "case.notFound", caseA));
    victims.find(caseB).orElseThrow(() -> new InvalidInput("caseB", "case.notFound", caseB));
    clusters.record(caseA, caseB, true, reason);
    clusters.recompute();
    audit.record(
        AuditRecord.of("CLUSTER_MERGED", "victim-case", caseA).withDetails("with " + caseB));
  }

  /** The case is a person of its own: every link to the rest of its cluster is rejected. */
  @Transactional
  void split(UUID caseId, String reason) {
    checkReason(reason);
    clusters.lock(); // the person as the last decision left it, not as it was before it
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
      clusters.record(caseId, other, false, reason);
    }
    clusters.recompute();
    audit.record(
        AuditRecord.of("CLUSTER_SPLIT", "victim-case", caseId)
            .withDetails("from " + others.size() + " linked case(s)"));
  }

  static final class CandidateNotFound extends NotFoundException {
    CandidateNotFound(UUID id) {
      super("linkage.candidateNotFound", id);
    }
  }
}
