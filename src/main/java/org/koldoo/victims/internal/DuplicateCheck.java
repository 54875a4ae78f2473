package org.koldoo.victims.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.koldoo.audit.AuditRecord;
import org.koldoo.audit.AuditTrail;
import org.koldoo.privacy.BlindIndex;
import org.koldoo.privacy.FieldCipher;
import org.koldoo.privacy.SoughtPerson;
import org.koldoo.privacy.clk.ClkEncoder;
import org.koldoo.privacy.clk.PersonRecipe;
import org.koldoo.victims.PersonLikeness;
import org.koldoo.victims.Sex;
import org.koldoo.victims.internal.CaseForms.PersonForm;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Before a person is registered: may they already be? First the keyed blind indexes of the name,
 * the birth date and the document are compared with every case's: the same document, or the same
 * name and birth date, is a possible match. Then the cases that share only the name or only the
 * birth date are compared by the linkage's own encodings ({@link PersonLikeness}, with a key made
 * for this check alone): a name one typo away, written in the other order or in Latin letters, or a
 * date of birth one digit off, is a possible match too. A match at the person's own organisation is
 * named with a link; one elsewhere is only said to exist, with no pseudonym and no organisation, so
 * the check tells nobody where else a person has been. It only warns: the person registering
 * decides, and the linkage review settles it later. Every check is audited.
 */
@Component
class DuplicateCheck {

  /** What a check found: the viewer organisation's own cases, and whether any exist elsewhere. */
  record Result(List<OwnMatch> own, boolean elsewhere) {

    boolean any() {
      return !own.isEmpty() || elsewhere;
    }
  }

  /**
   * A possible match registered by the viewer's own organisation; {@code similar} when found by the
   * encodings rather than by equal blind indexes.
   */
  record OwnMatch(UUID id, String caseNumber, boolean similar) {}

  /** At most this many cases sharing a name or a birth date are compared by their encodings. */
  static final int MAX_COMPARED = 200;

  private static final String EXACT =
      """
      select id, case_number, organisation_id from victim_case
       where (document_index = :document)
          or (name_index = :name and birth_date_index = :birth)
       order by registered_on, case_number
       limit 50
      """;

  /** Cases sharing the name or the birth date but not both, with what their encoding needs. */
  private static final String SHARING_ONE =
      """
      select id, case_number, organisation_id, identity_ciphertext, birth_year, sex,
             citizenships[1] as citizenship, region
        from victim_case
       where (name_index = :name or birth_date_index = :birth)
         and not (name_index is not distinct from :name
                  and birth_date_index is not distinct from :birth)
         and (document_index is null or document_index is distinct from :document)
       order by registered_on desc, case_number
       limit :max
      """;

  private final JdbcClient jdbc;
  private final BlindIndex index;
  private final Viewers viewers;
  private final AuditTrail audit;
  private final FieldCipher cipher;
  private final ObjectProvider<PersonLikeness> likeness;

  DuplicateCheck(
      JdbcClient jdbc,
      BlindIndex index,
      Viewers viewers,
      AuditTrail audit,
      FieldCipher cipher,
      ObjectProvider<PersonLikeness> likeness) {
    this.jdbc = jdbc;
    this.index = index;
    this.viewers = viewers;
    this.audit = audit;
    this.cipher = cipher;
    this.likeness = likeness;
  }

  /** A case found, and whose it is. */
  private record Found(UUID id, String caseNumber, UUID organisation, boolean similar) {}

  @Transactional
  Result check(PersonForm form) {
    Viewer viewer = viewers.requireCaseHandler();
    Identity identity = form.identity();
    String name = identity.fullName().isEmpty() ? null : index.name(identity.searchName());
    String birth = identity.dateOfBirth() == null ? null : index.date(identity.dateOfBirth());
    String document =
        CaseGuard.blank(identity.documentNumber())
            ? null
            : index.document(identity.documentNumber());
    List<Found> found = new ArrayList<>();
    if (document != null || (name != null && birth != null)) {
      found.addAll(
          jdbc.sql(EXACT)
              .param("document", document)
              .param("name", name)
              .param("birth", birth)
              .query(
                  (rs, n) ->
                      new Found(
                          rs.getObject(1, UUID.class),
                          rs.getString(2),
                          rs.getObject(3, UUID.class),
                          false))
              .list());
    }
    int compared = 0;
    PersonLikeness judge = likeness.getIfAvailable();
    if (judge != null && name != null && birth != null) {
      List<Found> similar = similar(form, identity, name, birth, document, judge);
      compared = similar.size();
      similar.stream().filter(Found::similar).forEach(found::add);
    }
    List<OwnMatch> own = new ArrayList<>();
    boolean elsewhere = false;
    for (Found f : found) {
      if (f.organisation().equals(viewer.organisationId())) {
        own.add(new OwnMatch(f.id(), f.caseNumber(), f.similar()));
      } else {
        elsewhere = true;
      }
    }
    audit.record(
        AuditRecord.of("DUPLICATE_CHECKED", "victim-case", null)
            .withDetails(
                "own=%d elsewhere=%s compared=%d %s"
                    .formatted(
                        own.size(),
                        elsewhere,
                        compared,
                        SoughtPerson.of(
                                index,
                                identity.allNames(),
                                identity.dateOfBirth(),
                                identity.documentNumber())
                            .trace())
                    .strip()));
    return new Result(List.copyOf(own), elsewhere);
  }

  /**
   * The cases sharing the name or the birth date, each marked {@code similar} when the encodings
   * say it may be the person: identities are opened here only to be encoded with a key that dies
   * with the check, and nothing of them leaves this method.
   */
  private List<Found> similar(
      PersonForm form,
      Identity identity,
      String name,
      String birth,
      String document,
      PersonLikeness judge) {
    byte[] key = new byte[32];
    RANDOM.nextBytes(key);
    ClkEncoder encoder = new ClkEncoder(key);
    long[] wanted =
        PersonRecipe.encode(
                encoder,
                PersonRecipe.PERSON,
                LinkagePerson.of(
                    identity,
                    form.birthYear(),
                    form.sex(),
                    form.citizenships() == null || form.citizenships().isEmpty()
                        ? null
                        : form.citizenships().stream().sorted().findFirst().orElse(null),
                    form.region() == null ? null : form.region().name()))
            .fields();
    return jdbc.sql(SHARING_ONE)
        .param("name", name)
        .param("birth", birth)
        .param("document", document)
        .param("max", MAX_COMPARED)
        .query(
            (rs, n) -> {
              UUID id = rs.getObject("id", UUID.class);
              Identity other =
                  Identity.parse(
                      cipher.decrypt(
                          rs.getBytes("identity_ciphertext"),
                          VictimCase.sealContext(id, "identity")));
              String sex = rs.getString("sex");
              long[] encoded =
                  PersonRecipe.encode(
                          encoder,
                          PersonRecipe.PERSON,
                          LinkagePerson.of(
                              other,
                              (Integer) rs.getObject("birth_year"),
                              sex == null ? null : Sex.valueOf(sex),
                              rs.getString("citizenship"),
                              rs.getString("region")))
                      .fields();
              return new Found(
                  id,
                  rs.getString("case_number"),
                  rs.getObject("organisation_id", UUID.class),
                  judge.maybeSamePerson(wanted, encoded));
            })
        .list();
  }

  private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();
}
