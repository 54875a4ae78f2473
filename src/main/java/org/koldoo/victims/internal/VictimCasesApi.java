package org.koldoo.victims.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.koldoo.victims.CaseAction;
import org.koldoo.victims.CaseSummary;
import org.koldoo.victims.ConsentPurpose;
import org.koldoo.victims.IdentificationStatus;
import org.koldoo.victims.VictimCases;
import org.koldoo.victims.internal.CaseExceptions.CaseNotFound;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;

/**
 * The victims module as the other modules and the API see it: cases found under the access rules,
 * referral permissions and grants, visibility checks, and the keyed encodings for linkage.
 */
@org.springframework.stereotype.Service
class VictimCasesApi implements VictimCases {

  private final VictimCaseRepository cases;
  private final CaseRecords records;
  private final CaseGuard guard;
  private final IdentityService identities;
  private final Viewers viewers;
  private final JdbcClient jdbc;
  private final Clock clock;
  private final LinkageSubjects linkageSubjects;

  VictimCasesApi(
      VictimCaseRepository cases,
      CaseRecords records,
      CaseGuard guard,
      IdentityService identities,
      Viewers viewers,
      JdbcClient jdbc,
      Clock clock,
      LinkageSubjects linkageSubjects) {
    this.cases = cases;
    this.records = records;
    this.guard = guard;
    this.identities = identities;
    this.viewers = viewers;
    this.jdbc = jdbc;
    this.clock = clock;
    this.linkageSubjects = linkageSubjects;
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<CaseSummary> find(UUID caseId) {
    return cases.findById(caseId).filter(c -> guard.access(c) != Access.NONE).map(this::summary);
  }

  @Override
  @Transactional(readOnly = true)
  public Map<UUID, CaseSummary> find(java.util.Collection<UUID> caseIds) {
    Set<UUID> visible = visible(caseIds);
    Map<UUID, CaseSummary> found = new HashMap<>();
    List<UUID> ids = List.copyOf(visible);
    // in chunks: a statement takes at most 32,767 parameters
    for (int from = 0; from < ids.size(); from += 1000) {
      List<UUID> chunk = ids.subList(from, Math.min(ids.size(), from + 1000));
      Map<UUID, IdentificationStatus> statuses = records.latestStatuses(chunk);
      for (VictimCase c : cases.findAllById(chunk)) {
        found.put(c.id(), summary(c, statuses.get(c.id())));
      }
    }
    return found;
  }

  /** What the API shows of a case: read in one transaction, the access rules applied once. */
  record Detail(
      CaseSummary summary,
      int version,
      boolean identityVisible,
      java.util.List<TimelineEntry> timeline,
      java.util.List<ConsentRow> consents) {}

  Detail detail(UUID id) {
    Viewer viewer = viewers.current();
    var read = records.read(id, viewer.organisationId()).orElseThrow(() -> CaseNotFound.forId(id));
    AccessPolicy.Rights rights =
        AccessPolicy.rights(
            viewer, read.summary().organisationId(), read.summary().child(), read.facts());
    if (rights.access() == Access.NONE) {
      throw CaseNotFound.forId(id);
    }
    return new Detail(
        read.summary(),
        read.version(),
        rights.access() == Access.IDENTITY,
        read.timeline(),
        read.consents());
  }

  CaseSummary summary(VictimCase c) {
    return summary(c, c.status().orElse(null));
  }

  private CaseSummary summary(VictimCase c, IdentificationStatus status) {
    return new CaseSummary(
        c.id(),
        c.caseNumber(),
        c.pseudonym(),
        c.organisationId(),
        c.registeredOn(),
        c.facts().sex(),
        c.facts().birthYear(),
        c.child(),
        status,
        c.facts().citizenships() == null ? null : String.join(",", c.facts().citizenships()),
        c.facts().region());
  }

  @Override
  @Transactional(readOnly = true)
  public ReferralPermission referralPermission(UUID caseId) {
    VictimCase c = guard.loadForOpen(caseId, CaseAction.SEND_REFERRAL);
    if (c.work().closed()) {
      return new ReferralPermission(false, c.child(), "case.closed");
    }
    if (c.child()) {
      return c.bestInterestsOn() != null
          ? new ReferralPermission(true, true, null)
          : new ReferralPermission(false, true, "referral.childNeedsBestInterests");
    }
    return c.consentActive(ConsentPurpose.REFERRAL, null, LocalDate.now(clock))
        ? new ReferralPermission(true, false, null)
        : new ReferralPermission(false, false, "referral.needsConsent");
  }

  @Override
  public Set<UUID> visible(java.util.Collection<UUID> caseIds) {
    return guard.visibleAs(caseIds, Access.PSEUDONYMOUS);
  }

  @Override
  public Set<UUID> identitiesVisible(java.util.Collection<UUID> caseIds) {
    return guard.visibleAs(caseIds, Access.IDENTITY);
  }

  @Override
  @Transactional(readOnly = true)
  public boolean may(UUID caseId, CaseAction action) {
    return cases.findById(caseId).map(c -> guard.rights(c).may(action)).orElse(false);
  }

  @Override
  @Transactional
  public Optional<org.koldoo.victims.ReviewIdentity> identityForReview(UUID caseId) {
    return opened(caseId, "linkage review");
  }

  @Override
  @Transactional
  public Optional<org.koldoo.victims.ReviewIdentity> identityForPrint(UUID caseId, String purpose) {
    if (!identityVisible(caseId)) {
      return Optional.empty();
    }
    return opened(caseId, purpose);
  }

  private Optional<org.koldoo.victims.ReviewIdentity> opened(UUID caseId, String purpose) {
    IdentityService.IdentityView view;
    try {
      // the one audited way to open an identity; never by break-glass (no reason is given)
      view = identities.revealIdentity(caseId, purpose, null);
    } catch (AccessDeniedException | CaseNotFound e) {
      return Optional.empty();
    }
    Identity identity = view.identity();
    return Optional.of(
        new org.koldoo.victims.ReviewIdentity(
            identity.familyName(),
            identity.givenName(),
            identity.patronymic(),
            identity.latinName(),
            identity.dateOfBirth()));
  }

  @Override
  @Transactional(readOnly = true)
  public boolean identityVisible(UUID caseId) {
    return cases.findById(caseId).map(c -> guard.access(c) == Access.IDENTITY).orElse(false);
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<UUID> caseIdOfPseudonym(String pseudonym) {
    return caseId("select id from victim_case where pseudonym = :r", pseudonym);
  }

  @Override
  public Optional<UUID> caseIdOfReference(String ref) {
    return caseId("select id from victim_case where :r in (pseudonym, upper(case_number))", ref);
  }

  private Optional<UUID> caseId(String sql, String reference) {
    return reference == null || reference.isBlank()
        ? Optional.empty()
        : jdbc.sql(sql)
            .param("r", reference.strip().toUpperCase(Locale.ROOT))
            .query(UUID.class)
            .optional();
  }

  @Override
  public java.util.List<org.koldoo.victims.LinkageSubject> encodeForLinkage(
      byte[] runKey, String runId) {
    return linkageSubjects.encode(runKey, runId);
  }

  @Override
  public Map<UUID, String> pseudonyms(java.util.Collection<UUID> caseIds) {
    Map<UUID, String> named = new HashMap<>();
    if (!caseIds.isEmpty()) {
      jdbc.sql("select id, pseudonym from victim_case where id in (:ids)")
          .param("ids", caseIds)
          .query((rs, n) -> named.put(rs.getObject(1, UUID.class), rs.getString(2)))
          .list();
    }
    return named;
  }

  @Override
  public Optional<String> pseudonymOf(UUID caseId) {
    return jdbc.sql("select pseudonym from victim_case where id = :id")
        .param("id", caseId)
        .query(String.class)
        .optional();
  }

  private static final String TASKS_DUE =
      """
      select t.case_id, t.id, c.pseudonym, c.organisation_id, t.assignee, t.kind, t.due_on
        from victim_case_task t join victim_case c on c.id = t.case_id
       where t.due_on = :day and t.done_on is null and c.closed_on is null
       order by c.organisation_id, t.assignee
      """;

  @Override
  public java.util.List<DueTask> tasksDue(java.time.LocalDate day) {
    return jdbc.sql(TASKS_DUE)
        .param("day", day)
        .query(
            (rs, n) ->
                new DueTask(
                    rs.getObject(1, UUID.class),
                    rs.getObject(2, UUID.class),
                    rs.getString(3),
                    rs.getObject(4, UUID.class),
                    rs.getString(5),
                    org.koldoo.victims.TaskKind.valueOf(rs.getString(6)),
                    rs.getObject(7, java.time.LocalDate.class)))
        .list();
  }
}
