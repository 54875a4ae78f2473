package org.koldoo.victims.internal;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.koldoo.privacy.BlindIndex;
import org.koldoo.privacy.FieldCipher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The blind index of each part of a person's names ({@code victim_name_part}), so that a case
 * worker finds a person by the given name alone or the family name alone, as exactly as by the
 * whole name. Written with every change of identity; cases sealed before it existed are indexed
 * after the start, a batch at a time in the background, resuming where a stop left off.
 */
@Component
class NameParts {

  private static final Logger log = LoggerFactory.getLogger(NameParts.class);
  private static final int BATCH = 500;

  private final JdbcClient jdbc;
  private final BlindIndex index;
  private final FieldCipher cipher;
  private final TransactionTemplate transactions;
  private final org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate named;

  NameParts(
      JdbcClient jdbc,
      BlindIndex index,
      FieldCipher cipher,
      org.springframework.transaction.PlatformTransactionManager transactions,
      org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate named) {
    this.named = named;
    this.jdbc = jdbc;
    this.index = index;
    this.cipher = cipher;
    this.transactions = new TransactionTemplate(transactions);
  }

  /** The indexes of a name's parts, for a search. */
  Set<String> of(String name) {
    return index.nameParts(name);
  }

  /** Replaces a case's name parts with those of its identity (in the caller's transaction). */
  void write(UUID caseId, Identity identity) {
    jdbc.sql("delete from victim_name_part where case_id = :id").param("id", caseId).update();
    for (String part : parts(identity)) {
      jdbc.sql("insert into victim_name_part (case_id, part_index) values (:id, :part)")
          .param("id", caseId)
          .param("part", part)
          .update();
    }
    jdbc.sql("update victim_case set name_parts_indexed = true where id = :id")
        .param("id", caseId)
        .update();
  }

  private java.util.Set<String> parts(Identity identity) {
    return index.nameParts(
        identity.familyName(), identity.givenName(), identity.patronymic(), identity.latinName());
  }

  /**
   * The parts of many new cases' names, in one statement (a sheet's worth of cases); the cases were
   * saved as indexed already (a registration is).
   */
  void writeNew(java.util.Map<UUID, Identity> identities) {
    List<UUID> ids = new java.util.ArrayList<>();
    List<String> parts = new java.util.ArrayList<>();
    identities.forEach(
        (id, identity) ->
            parts(identity)
                .forEach(
                    part -> {
                      ids.add(id);
                      parts.add(part);
                    }));
    jdbc.sql(
            """
            insert into victim_name_part (case_id, part_index)
            select * from unnest(cast(:ids as uuid[]), cast(:parts as text[]))
            """)
        .param("ids", ids.toArray(UUID[]::new))
        .param("parts", parts.toArray(String[]::new))
        .update();
  }

  /**
   * Indexes the cases sealed before name parts existed, in the background after the start of the
   * served application (an operator command, such as a benchmark, leaves them for the next start).
   */
  @EventListener(ApplicationReadyEvent.class)
  void indexEarlierCases(ApplicationReadyEvent started) {
    if (!(started.getApplicationContext()
        instanceof org.springframework.web.context.WebApplicationContext)) {
      return;
    }
    Thread worker = new Thread(() -> indexAll(), "name-parts");
    worker.setDaemon(true);
    worker.start();
  }

  /** Indexes every case not indexed yet, a batch per transaction; how many it indexed. */
  int indexAll() {
    int done = 0;
    try {
      int batch;
      do {
        batch = transactions.execute(status -> indexBatch());
        done += batch;
      } while (batch == BATCH);
      if (done > 0) {
        log.info("Indexed the name parts of {} earlier cases", done);
      }
    } catch (RuntimeException e) {
      // the next start resumes: what is indexed stays indexed
      log.warn("Indexing name parts stopped: {}", e.toString());
    }
    return done;
  }

  private int indexBatch() {
    record Sealed(UUID id, byte[] identity) {}
    List<Sealed> cases =
        jdbc.sql(
                """
                select id, identity_ciphertext from victim_case
                where not name_parts_indexed order by id limit :batch for update skip locked
                """)
            .param("batch", BATCH)
            .query((rs, n) -> new Sealed(rs.getObject(1, UUID.class), rs.getBytes(2)))
            .list();
    for (Sealed c : cases) {
      Identity identity = null;
      try {
        identity =
            c.identity() == null
                ? null
                : Identity.parse(
                    cipher.decrypt(c.identity(), VictimCase.sealContext(c.id(), "identity")));
      } catch (RuntimeException e) {
        // one identity that does not open must not hold up every other: it is left unsearchable
        // by part (as it is by whole name) and named in the log, never its content
        log.warn("The identity of case {} does not open; its name parts are not indexed", c.id());
      }
      if (identity == null) {
        jdbc.sql("update victim_case set name_parts_indexed = true where id = :id")
            .param("id", c.id())
            .update();
      } else {
        write(c.id(), identity);
      }
    }
    return cases.size();
  }
}
