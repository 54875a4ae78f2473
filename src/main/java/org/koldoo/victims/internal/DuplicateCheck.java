package org.koldoo.victims.internal;

import java.util.List;
import java.util.UUID;
import org.koldoo.audit.AuditRecord;
import org.koldoo.audit.AuditTrail;
import org.koldoo.privacy.BlindIndex;
import org.koldoo.victims.internal.CaseForms.PersonForm;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Before a person is registered: may they already be? The keyed blind indexes of the name, the
 * birth date and the document are compared with every case's, so nothing is decrypted. The same
 * document, or the same name and birth date, is a possible match. A match at the person's own
 * organisation is named with a link; one elsewhere is only said to exist, with no pseudonym and no
 * organisation, so the check tells nobody where else a person has been. It only warns: the person
 * registering decides, and the linkage review settles it later. Every check is audited.
 */
@Component
class DuplicateCheck {

  /** What a check found: the viewer organisation's own cases, and whether any exist elsewhere. */
  record Result(List<OwnMatch> own, boolean elsewhere) {

    boolean any() {
      return !own.isEmpty() || elsewhere;
    }
  }

  /** A possible match registered by the viewer's own organisation. */
  record OwnMatch(UUID id, String caseNumber) {}

  private static final String MATCHES =
      """
      select id, case_number, organisation_id from victim_case
       where (document_index = :document)
          or (name_index = :name and birth_date_index = :birth)
       order by registered_on, case_number
       limit 50
      """;

  private final JdbcClient jdbc;
  private final BlindIndex index;
  private final Viewers viewers;
  private final AuditTrail audit;

  DuplicateCheck(JdbcClient jdbc, BlindIndex index, Viewers viewers, AuditTrail audit) {
    this.jdbc = jdbc;
    this.index = index;
    this.viewers = viewers;
    this.audit = audit;
  }

  @Transactional
  Result check(PersonForm form) {
    Identity identity = form.identity();
    String name = identity.fullName().isEmpty() ? null : index.name(identity.searchName());
    String birth = identity.dateOfBirth() == null ? null : index.date(identity.dateOfBirth());
    String document =
        CaseGuard.blank(identity.documentNumber())
            ? null
            : index.document(identity.documentNumber());
    Viewer viewer = viewers.current();
    if (!viewer.handlesCases() || viewer.organisationId() == null) {
      throw new org.springframework.security.access.AccessDeniedException(
          "only those who register cases check for duplicates");
    }
    List<OwnMatch> own = new java.util.ArrayList<>();
    boolean elsewhere = false;
    if (document != null || (name != null && birth != null)) {
      for (Object[] row :
          jdbc.sql(MATCHES)
              .param("document", document)
              .param("name", name)
              .param("birth", birth)
              .query(
                  (rs, n) ->
                      new Object[] {
                        rs.getObject(1, UUID.class), rs.getString(2), rs.getObject(3, UUID.class)
                      })
              .list()) {
        if (row[2].equals(viewer.organisationId())) {
          own.add(new OwnMatch((UUID) row[0], (String) row[1]));
        } else {
          elsewhere = true;
        }
      }
    }
    audit.record(
        AuditRecord.of("DUPLICATE_CHECKED", "victim-case", null)
            .withDetails("own=" + own.size() + " elsewhere=" + elsewhere));
    return new Result(List.copyOf(own), elsewhere);
  }
}
