package org.koldoo.justice.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.koldoo.justice.CaseOrigin;
import org.koldoo.justice.internal.CriminalCaseRecords.Defendant;
import org.koldoo.victims.ExploitationType;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A criminal case as it is written: the registration, its defendants and its events. An event is
 * added only when the whole timeline, replayed with it, still holds ({@link CaseTimeline}); its
 * version guards against two bodies recording at once on a stale timeline. Lists and reports read
 * the stored rows through {@link CriminalCaseRecords}.
 */
@Table("criminal_case")
class CriminalCase {

  @Id private final UUID id;
  private String registrationNumber;
  private UUID organisationId;
  private LocalDate registeredOn;
  private CaseOrigin origin;
  private List<ExploitationType> exploitationTypes;
  private UUID initialArticleId;
  private boolean notInternationalDefinition;
  private String definitionNote;
  private UUID operationId;
  private String createdBy;
  private Instant createdAt;
  @Version private Integer version;

  @MappedCollection(idColumn = "criminal_case_id")
  private Set<Defendant> defendants = new HashSet<>();

  @MappedCollection(idColumn = "criminal_case_id")
  private Set<CaseEventRecord> events = new HashSet<>();

  @PersistenceCreator
  CriminalCase(UUID id) {
    this.id = id;
  }

  static CriminalCase register(
      String registrationNumber,
      UUID organisationId,
      LocalDate registeredOn,
      CaseOrigin origin,
      Set<ExploitationType> exploitationTypes,
      UUID initialArticleId,
      UUID operationId,
      String createdBy,
      Instant now) {
    CriminalCase c = new CriminalCase(UUID.randomUUID());
    c.registrationNumber = registrationNumber;
    c.organisationId = organisationId;
    c.registeredOn = registeredOn;
    c.origin = origin;
    c.exploitationTypes =
        exploitationTypes == null || exploitationTypes.isEmpty()
            ? null
            : exploitationTypes.stream()
                .filter(java.util.Objects::nonNull)
                .sorted(Comparator.comparing(Enum::name))
                .toList();
    c.initialArticleId = initialArticleId;
    c.operationId = operationId;
    c.createdBy = createdBy;
    c.createdAt = now;
    return c;
  }

  void markDefinition(boolean notInternational, String note) {
    this.notInternationalDefinition = notInternational;
    this.definitionNote = note;
  }

  void addDefendant(Defendant defendant) {
    defendants.add(defendant);
  }

  boolean hasDefendant(UUID defendantId) {
    return defendants.stream().anyMatch(d -> d.id().equals(defendantId));
  }

  /** The defendants as kept: their names sealed. */
  List<Defendant> defendants() {
    return List.copyOf(defendants);
  }

  Set<UUID> defendantIds() {
    return defendants.stream().map(Defendant::id).collect(Collectors.toSet());
  }

  /** The events so far, as the timeline replays them. */
  List<CaseTimeline.Event> timeline() {
    return events.stream().map(CaseEventRecord::event).toList();
  }

  void record(CaseEventRecord event) {
    events.add(event);
  }

  UUID id() {
    return id;
  }

  LocalDate registeredOn() {
    return registeredOn;
  }

  UUID initialArticleId() {
    return initialArticleId;
  }
}
