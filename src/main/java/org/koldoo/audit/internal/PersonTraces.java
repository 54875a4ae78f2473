package org.koldoo.audit.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.koldoo.audit.LookUps;
import org.koldoo.privacy.SoughtPerson;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The look-ups that sought a person: the entries of the look-up actions holding any of her
 * fingerprints (a {@code like any} over the details), newest first, then those whose look-up was
 * for her ({@link SoughtPerson#matches}).
 */
@Component
class PersonTraces implements LookUps {

  /** The actions whose entries keep what they sought. */
  static final Set<String> LOOK_UPS = Set.of("IDENTITY_SEARCHED", "DUPLICATE_CHECKED");

  /** At most this many entries holding one of her fingerprints are read (a common name part). */
  static final int READ = 20_000;

  private final JdbcClient jdbc;

  PersonTraces(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public Found of(SoughtPerson person) {
    if (person.isEmpty()) {
      return new Found(List.of(), false);
    }
    List<AuditEntry> candidates =
        jdbc.sql(
                """
                select id, occurred_at, actor, organisation_id, action, object_type, object_id,
                       purpose, details
                  from audit_entry
                 where action in (:actions) and details like any (cast(:patterns as text[]))
                 order by id desc
                 limit :read
                """)
            .param("actions", LOOK_UPS)
            .param(
                "patterns",
                person.fingerprints().stream().map(f -> "%:" + f + "%").toArray(String[]::new))
            .param("read", READ + 1)
            .query((rs, n) -> JdbcAuditTrail.stored(rs))
            .list();
    List<LookUp> found = new ArrayList<>();
    boolean more = candidates.size() > READ;
    for (AuditEntry e : candidates.subList(0, Math.min(READ, candidates.size()))) {
      var matched =
          SoughtPerson.inDetails(e.details()).map(s -> s.matches(person)).orElse(Set.of());
      if (matched.isEmpty()) {
        continue;
      }
      if (found.size() == SHOWN) {
        more = true;
        break;
      }
      found.add(
          new LookUp(e.id(), e.occurredAt(), e.actor(), e.organisationId(), e.action(), matched));
    }
    return new Found(List.copyOf(found), more);
  }
}
