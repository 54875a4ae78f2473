package org.koldoo.victims.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.koldoo.audit.AuditRecord;
import org.koldoo.audit.AuditTrail;
import org.koldoo.privacy.FieldCipher;
import org.koldoo.privacy.clk.ClkEncoder;
import org.koldoo.privacy.clk.PersonRecipe;
import org.koldoo.victims.LinkageSubject;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The cases as a linkage run compares them: each identity opened here, encoded under the run's own
 * key, and audited as one use for cross-agency linkage. Nothing but the encodings leaves.
 */
@Component
class LinkageSubjects {

  private static final org.slf4j.Logger log =
      org.slf4j.LoggerFactory.getLogger(LinkageSubjects.class);

  private final VictimCaseRepository cases;
  private final FieldCipher cipher;
  private final AuditTrail audit;
  private final JdbcClient jdbc;

  LinkageSubjects(
      VictimCaseRepository cases, FieldCipher cipher, AuditTrail audit, JdbcClient jdbc) {
    this.cases = cases;
    this.cipher = cipher;
    this.audit = audit;
    this.jdbc = jdbc;
  }

  @Transactional
  List<LinkageSubject> encode(byte[] runKey, String runId) {
    ClkEncoder encoder = new ClkEncoder(runKey);
    List<LinkageSubject> subjects = new ArrayList<>();
    // an erased identity has nothing left to compare but a birth year and a region: such a case
    // is not encoded, and linkage keeps what it found while the identity was there
    Set<UUID> erased =
        new HashSet<>(
            jdbc.sql("select id from victim_case where identity_erased_at is not null")
                .query(UUID.class)
                .list());
    List<UUID> unreadable = new ArrayList<>();
    for (VictimCase c : cases.findAll()) {
      if (erased.contains(c.id())) {
        continue;
      }
      Identity i;
      try {
        i = Identity.parse(cipher.decrypt(c.identityCiphertext(), c.sealContext("identity")));
      } catch (IllegalStateException e) {
        // one value that does not open (altered, or sealed under a key this server lacks) does
        // not stop the linkage of every other case: it is left out, as an erased one is
        unreadable.add(c.id());
        continue;
      }
      var encoded =
          PersonRecipe.encode(
              encoder,
              PersonRecipe.PERSON,
              LinkagePerson.of(
                  i,
                  c.facts().birthYear(),
                  c.facts().sex(),
                  c.facts().firstCitizenship(),
                  c.facts().region()));
      subjects.add(
          new LinkageSubject(
              c.id(), c.pseudonym(), c.organisationId(), encoded.fields(), encoded.blockingKeys()));
    }
    if (!unreadable.isEmpty()) {
      log.warn(
          "Linkage run {}: the identity of {} cases did not open and was left out (first: {})",
          runId,
          unreadable.size(),
          unreadable.subList(0, Math.min(5, unreadable.size())));
    }
    audit.record(
        AuditRecord.of("LINKAGE_ENCODED", "linkage-run", runId)
            .withPurpose("cross-agency linkage")
            .withDetails(
                "cases="
                    + subjects.size()
                    + (unreadable.isEmpty() ? "" : " unreadable=" + unreadable.size())));
    return subjects;
  }
}
