package org.koldoo.organisations.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.koldoo.audit.AuditRecord;
import org.koldoo.audit.AuditTrail;
import org.koldoo.organisations.OrganisationSummary;
import org.koldoo.organisations.Organisations;
import org.koldoo.organisations.internal.OrganisationExceptions.OrganisationConflict;
import org.koldoo.organisations.internal.OrganisationExceptions.OrganisationNotFound;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class OrganisationService implements Organisations {

  private final OrganisationRepository repository;
  private final UserAccountRepository users;
  private final AuditTrail audit;
  private final Clock clock;

  OrganisationService(
      OrganisationRepository repository,
      UserAccountRepository users,
      AuditTrail audit,
      Clock clock) {
    this.repository = repository;
    this.users = users;
    this.audit = audit;
    this.clock = clock;
  }

  @Override
  public List<org.koldoo.organisations.Member> members(UUID organisationId) {
    return users.findActiveOf(organisationId).stream()
        .map(
            u ->
                new org.koldoo.organisations.Member(
                    u.username(), u.fullName(), u.email(), u.preferredLanguage(), u.roles()))
        .toList();
  }

  /**
   * Organisations are reference data read on nearly every request (whose case, which type of body);
   * they are held in memory and read again after any change, or after {@link #REREAD} at most so
   * that a change made by another server shows too.
   */
  private static final java.time.Duration REREAD = java.time.Duration.ofSeconds(30);

  private volatile Snapshot snapshot;

  private record Snapshot(
      List<OrganisationSummary> ordered,
      java.util.Map<UUID, OrganisationSummary> byId,
      long readAtNanos) {}

  private Snapshot snapshot() {
    Snapshot current = snapshot;
    if (current == null || System.nanoTime() - current.readAtNanos() > REREAD.toNanos()) {
      List<OrganisationSummary> ordered =
          repository.findAllOrdered().stream().map(Organisation::summary).toList();
      java.util.Map<UUID, OrganisationSummary> byId = new java.util.HashMap<>();
      ordered.forEach(o -> byId.put(o.id(), o));
      current = new Snapshot(ordered, java.util.Map.copyOf(byId), System.nanoTime());
      snapshot = current;
    }
    return current;
  }

  /** Forgets the snapshot now and again once the current transaction has ended. */
  private void changed() {
    snapshot = null;
    if (org.springframework.transaction.support.TransactionSynchronizationManager
        .isSynchronizationActive()) {
      org.springframework.transaction.support.TransactionSynchronizationManager
          .registerSynchronization(
              new org.springframework.transaction.support.TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                  snapshot = null;
                }
              });
    }
  }

  @Override
  public Optional<OrganisationSummary> find(UUID id) {
    return id == null ? Optional.empty() : Optional.ofNullable(snapshot().byId().get(id));
  }

  @Override
  @Transactional(readOnly = true)
  public List<OrganisationSummary> active() {
    return all().stream().filter(OrganisationSummary::active).toList();
  }

  @Override
  @Transactional(readOnly = true)
  public List<OrganisationSummary> all() {
    return snapshot().ordered();
  }

  OrganisationSummary get(UUID id) {
    return find(id).orElseThrow(() -> OrganisationNotFound.forId(id));
  }

  @Transactional
  OrganisationSummary create(OrganisationForm form) {
    if (repository.existsByCodeIgnoreCase(form.code().strip())) {
      throw OrganisationConflict.codeTaken(form.code());
    }
    checkParent(null, form.parentId());
    changed();
    Organisation organisation = repository.save(Organisation.create(form, Instant.now(clock)));
    audit.record(
        AuditRecord.of("ORGANISATION_CREATED", "organisation", organisation.id())
            .withDetails("code=" + organisation.code()));
    return organisation.summary();
  }

  @Transactional
  OrganisationSummary update(UUID id, OrganisationForm form) {
    Organisation organisation =
        repository.findById(id).orElseThrow(() -> OrganisationNotFound.forId(id));
    if (repository.existsByCodeOnOther(form.code().strip(), id)) {
      throw OrganisationConflict.codeTaken(form.code());
    }
    checkParent(id, form.parentId());
    OrganisationSummary before = organisation.summary();
    organisation.apply(form, Instant.now(clock));
    try {
      changed();
      organisation = repository.save(organisation);
    } catch (OptimisticLockingFailureException e) {
      throw OrganisationConflict.staleEdit();
    }
    audit.record(
        AuditRecord.of("ORGANISATION_UPDATED", "organisation", id)
            .withDetails(Changes.between(before, organisation.summary())));
    return organisation.summary();
  }

  /** A parent must exist and must not be the organisation itself or one of its descendants. */
  private void checkParent(UUID id, UUID parentId) {
    if (parentId == null) {
      return;
    }
    Set<UUID> seen = new HashSet<>();
    UUID cursor = parentId;
    while (cursor != null) {
      if (cursor.equals(id) || !seen.add(cursor)) {
        throw OrganisationConflict.parentCycle();
      }
      Optional<Organisation> parent = repository.findById(cursor);
      if (parent.isEmpty()) {
        throw OrganisationConflict.unknownParent();
      }
      cursor = parent.get().parentId();
    }
  }
}
