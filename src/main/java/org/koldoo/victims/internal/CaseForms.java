package org.koldoo.victims.internal;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.koldoo.organisations.Region;
import org.koldoo.platform.web.Countries;
import org.koldoo.platform.web.NoIdentifiers;
import org.koldoo.victims.ConsentPurpose;
import org.koldoo.victims.ConsentWithdrawalReason;
import org.koldoo.victims.ExploitationType;
import org.koldoo.victims.GuardianType;
import org.koldoo.victims.IdentificationStatus;
import org.koldoo.victims.Indicator;
import org.koldoo.victims.MeansOfControl;
import org.koldoo.victims.RecruiterRelation;
import org.koldoo.victims.RecruitmentChannel;
import org.koldoo.victims.RecruitmentMethod;
import org.koldoo.victims.ReturnKind;
import org.koldoo.victims.ScreeningLocation;
import org.koldoo.victims.Sector;
import org.koldoo.victims.Sex;
import org.koldoo.victims.SexualExploitationType;
import org.koldoo.victims.VulnerabilityFactor;
import org.koldoo.victims.VulnerableGroup;

/** What people enter at each step of a case, on screens and through the API. */
final class CaseForms {

  private CaseForms() {}

  /**
   * A person: identity (sealed) and statistical fields (all optional). {@code version} is the
   * version the editor started from, for conflict detection; null when registering.
   */
  record PersonForm(
      @Size(max = 100) String familyName,
      @Size(max = 100) String givenName,
      @Size(max = 100) String patronymic,
      @Size(max = 200) String latinName,
      @PastOrPresent LocalDate dateOfBirth,
      @Min(0) @Max(120) Integer estimatedAge,
      @Size(max = 50) String documentNumber,
      @Size(max = 500) String documents,
      @Size(max = 500) String contacts,
      @Size(max = 500) String address,
      @Size(max = 4000) String notes,
      Sex sex,
      @Min(1900) @Max(2100) Integer birthYear,
      @Size(max = 20) Set<@Size(min = 2, max = 2) String> citizenships,
      Region region,
      Set<VulnerabilityFactor> vulnerabilityFactors,
      @PastOrPresent LocalDate registeredOn,
      Integer version) {

    static PersonForm empty(LocalDate today) {
      return new PersonForm(
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          Set.of(Countries.HOME),
          null,
          Set.of(),
          today,
          null);
    }

    Identity identity() {
      return new Identity(
          familyName,
          givenName,
          patronymic,
          latinName,
          dateOfBirth,
          documentNumber,
          documents,
          contacts,
          address,
          notes);
    }
  }

  record ScreeningForm(
      @NotNull @PastOrPresent LocalDate screenedOn,
      @NotNull ScreeningLocation location,
      @NotNull VulnerableGroup vulnerableGroup,
      Set<Indicator> indicators) {}

  /**
   * An identification decision as entered, and as stored: {@link Identification} embeds it, so a
   * new attribute of identification is one component here (and its column, field and label).
   */
  record IdentificationForm(
      @NotNull @PastOrPresent LocalDate decidedOn,
      @NotNull IdentificationStatus status,
      @NotNull UUID decidingOrganisationId,
      @Size(max = 20) List<ExploitationType> exploitationTypes,
      @Size(max = 50) List<Sector> sectors,
      @Size(max = 20) List<SexualExploitationType> sexualExploitationTypes,
      @Size(max = 50) List<MeansOfControl> meansOfControl,
      @Size(max = 50) List<RecruitmentMethod> recruitmentMethods,
      RecruitmentChannel recruitmentChannel,
      RecruiterRelation recruiterRelation,
      @Size(max = 250) List<String> countriesOfRecruitment,
      @Size(max = 250) List<String> countriesOfTransit,
      @Size(max = 250) List<String> countriesOfExploitation,
      @PastOrPresent LocalDate exploitationFrom,
      @PastOrPresent LocalDate exploitationTo) {

    /** The empty form: decided today by the viewer's organisation. */
    static IdentificationForm blank(LocalDate today, UUID organisation) {
      return new IdentificationForm(
          today,
          null,
          organisation,
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          null);
    }

    /**
     * As stored: lists without repeats, in name order, none chosen as null; countries upper case.
     */
    IdentificationForm normalised() {
      return new IdentificationForm(
          decidedOn,
          status,
          decidingOrganisationId,
          CodeLists.of(exploitationTypes),
          CodeLists.of(sectors),
          CodeLists.of(sexualExploitationTypes),
          CodeLists.of(meansOfControl),
          CodeLists.of(recruitmentMethods),
          recruitmentChannel,
          recruiterRelation,
          CodeLists.countries(countriesOfRecruitment),
          CodeLists.countries(countriesOfTransit),
          CodeLists.countries(countriesOfExploitation),
          exploitationFrom,
          exploitationTo);
    }
  }

  record ConsentForm(
      @NotNull ConsentPurpose purpose,
      UUID organisationId,
      @NotNull @PastOrPresent LocalDate givenOn,
      boolean byGuardian,
      LocalDate validUntil) {}

  /** A withdrawal: the day (today when none is given) and why, as a code. */
  record WithdrawalForm(@PastOrPresent LocalDate withdrawnOn, ConsentWithdrawalReason reason) {}

  record ChildProtectionForm(
      @NotNull GuardianType guardianType,
      @Size(max = 200) String guardianName,
      @Size(max = 300) String guardianContact,
      @PastOrPresent LocalDate bestInterestsOn,
      UUID bestInterestsBy,
      @Size(max = 2000) String bestInterestsSummary) {}

  record ReturnForm(
      @NotNull ReturnKind kind,
      @NotNull @PastOrPresent LocalDate eventOn,
      @Size(min = 2, max = 2) String country,
      @Size(max = 500) @NoIdentifiers String outcome) {}

  /** Who works the case: a username of the registering organisation, blank for nobody. */
  record AssignmentForm(@Size(max = 64) String assignee) {}

  /** A follow-up: what, by when, by whom; the note is sealed. */
  record TaskForm(
      @NotNull org.koldoo.victims.TaskKind kind,
      @NotNull LocalDate dueOn,
      @jakarta.validation.constraints.NotBlank @Size(max = 64) String assignee,
      @Size(max = 1000) String note) {}

  /** How a follow-up ended, and when (today when not given). */
  record TaskDoneForm(
      @NotNull org.koldoo.victims.TaskOutcome outcome, @PastOrPresent LocalDate doneOn) {}

  /** Why and when the case is closed (today when not given). */
  record CloseForm(
      @NotNull org.koldoo.victims.CaseCloseReason reason, @PastOrPresent LocalDate closedOn) {}
}
