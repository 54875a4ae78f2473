package org.koldoo.victims.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.koldoo.organisations.OrganisationSummary;
import org.koldoo.organisations.Organisations;
import org.koldoo.platform.web.InvalidInput;
import org.koldoo.victims.CaseAction;
import org.koldoo.victims.internal.CaseExceptions.CaseNotFound;
import org.springframework.security.access.AccessDeniedException;

/**
 * What every step of a case asks first: may this viewer see the case, may they do this to it, are
 * its dates plausible and its organisations active. One place, so no step forgets a check.
 */
@org.springframework.stereotype.Component
class CaseGuard {

  private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

  private final VictimCaseRepository cases;
  private final CaseRecords records;
  private final AccessPolicy policy;
  private final Viewers viewers;
  private final Organisations organisations;
  private final Clock clock;

  CaseGuard(
      VictimCaseRepository cases,
      CaseRecords records,
      AccessPolicy policy,
      Viewers viewers,
      Organisations organisations,
      Clock clock) {
    this.cases = cases;
    this.records = records;
    this.policy = policy;
    this.viewers = viewers;
    this.organisations = organisations;
    this.clock = clock;
  }

  Access access(VictimCase c) {
    return rights(c).access();
  }

  /** What the current viewer may do to the case now: on a closed case, only manage it. */
  AccessPolicy.Rights rights(VictimCase c) {
    AccessPolicy.Rights open = openRights(c);
    return c.work().closed() ? open.onlyManaging() : open;
  }

  /** What the current viewer could do to the case were it open. */
  AccessPolicy.Rights openRights(VictimCase c) {
    return openRights(c.id(), c.organisationId(), c.child());
  }

  /** The same, from what a read of the case already knows, without loading it. */
  AccessPolicy.Rights openRights(UUID id, UUID owner, boolean child) {
    return policy.rights(viewers.current(), id, owner, child);
  }

  /** The case, or "not found" for anyone who may not see it at all. */
  VictimCase load(UUID id) {
    VictimCase c = cases.findById(id).orElseThrow(() -> CaseNotFound.forId(id));
    if (access(c) == Access.NONE) {
      throw CaseNotFound.forId(id);
    }
    return c;
  }

  /**
   * The case, if the current viewer may take this action on it now (on a closed case, only managing
   * it): "not found" for anyone who may not see it, refused for anyone else who may not.
   */
  VictimCase loadFor(UUID id, CaseAction action) {
    VictimCase c = load(id);
    if (!rights(c).may(action)) {
      throw new AccessDeniedException("this viewer may not " + action + " on this case");
    }
    return c;
  }

  /**
   * The case, if the current viewer could take this action on it were it open: "not found" for
   * anyone who may not see it, refused for anyone else who may not. Whether it is closed is for the
   * caller to say (as an answer, not a refusal).
   */
  VictimCase loadForOpen(UUID id, CaseAction action) {
    VictimCase c = load(id);
    if (!openRights(c).may(action)) {
      throw new AccessDeniedException("this viewer may not " + action + " on this case");
    }
    return c;
  }

  /**
   * The case, for a viewer who may see its identity; refused to those who see only the pseudonymous
   * case, since {@code what} (a photo, a document) is part of the identity.
   */
  VictimCase loadWithIdentity(UUID id, String what) {
    VictimCase c = load(id);
    if (access(c) != Access.IDENTITY) {
      throw new AccessDeniedException(what + " is part of the identity");
    }
    return c;
  }

  /**
   * The viewer, if they may take this action on the case; a closed case refuses every action but
   * managing it, with a message saying it is closed.
   */
  Viewer require(VictimCase c, CaseAction action) {
    Viewer viewer = viewers.current();
    if (!policy.rights(viewer, c.id(), c.organisationId(), c.child()).may(action)) {
      throw new AccessDeniedException("this viewer may not " + action + " on this case");
    }
    if (c.work().closed() && action != CaseAction.MANAGE_CASE) {
      throw new InvalidInput(null, "case.closed");
    }
    return viewer;
  }

  /** Saves the case as it is (its version checked by the repository). */
  void save(VictimCase c) {
    cases.save(c);
  }

  void touch(VictimCase c) {
    c.touch(Instant.now(clock));
    cases.save(c);
  }

  /** Dates of a case's steps may precede its registration, but not by decades. */
  void plausible(VictimCase c, LocalDate date, String field) {
    if (date != null && date.isBefore(c.registeredOn().minusYears(30))) {
      throw new InvalidInput(field, "case.dateImplausible");
    }
  }

  OrganisationSummary activeOrganisation(UUID id, String field) {
    OrganisationSummary o =
        organisations
            .find(id)
            .orElseThrow(() -> new InvalidInput(field, "case.unknownOrganisation"));
    if (!o.active()) {
      throw new InvalidInput(field, "case.inactiveOrganisation");
    }
    return o;
  }

  /** Child status from age at the start of exploitation, else at identification or registration. */
  void recomputeAge(VictimCase c, LocalDate dateOfBirth) {
    LocalDate reference = c.exploitationStart();
    Integer age = null;
    if (dateOfBirth != null) {
      age = Period.between(dateOfBirth, reference).getYears();
    } else if (c.facts().birthYear() != null) {
      age = reference.getYear() - c.facts().birthYear();
    } else if (c.facts().estimatedAge() != null) {
      age = c.facts().estimatedAge() - (c.registeredOn().getYear() - reference.getYear());
    }
    c.age(age, age != null && age < 18);
  }

  /** Of these cases, those the current viewer sees at least at {@code level}. */
  Set<UUID> visibleAs(java.util.Collection<UUID> caseIds, Access level) {
    Viewer viewer = viewers.current();
    List<UUID> ids = List.copyOf(new java.util.LinkedHashSet<>(caseIds));
    Set<UUID> visible = new java.util.HashSet<>();
    // in chunks: a statement takes at most 32,767 parameters
    for (int from = 0; from < ids.size(); from += 1000) {
      visible.addAll(
          visibleAs(
              viewer,
              "c.id in (:ids)",
              Map.of("ids", ids.subList(from, Math.min(ids.size(), from + 1000))),
              level));
    }
    return visible;
  }

  /** The cases a condition selects that the viewer sees at least at {@code level}, in one query. */
  Set<UUID> visibleAs(Viewer viewer, String where, Map<String, ?> params, Access level) {
    Set<UUID> visible = new java.util.HashSet<>();
    for (var r : records.relations(where, params, viewer.organisationId())) {
      if (AccessPolicy.rights(viewer, r.owner(), r.child(), r.facts()).access().compareTo(level)
          >= 0) {
        visible.add(r.caseId());
      }
    }
    return visible;
  }

  static void checkCountries(String field, java.util.Collection<String> codes) {
    if (codes == null) {
      return;
    }
    for (String code : codes) {
      if (code == null || !COUNTRIES.contains(code.toUpperCase(Locale.ROOT))) {
        throw new InvalidInput(field, "case.unknownCountry", code);
      }
    }
  }

  static String purposeOrDefault(String purpose) {
    return blank(purpose) ? "case work" : purpose.strip();
  }

  static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  static String nonNull(String s) {
    return s == null ? "" : s;
  }
}
