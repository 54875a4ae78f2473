package org.koldoo.victims.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.koldoo.victims.ExploitationType;
import org.koldoo.victims.IdentificationStatus;
import org.koldoo.victims.MeansOfControl;
import org.koldoo.victims.RecruiterRelation;
import org.koldoo.victims.RecruitmentChannel;
import org.koldoo.victims.RecruitmentMethod;
import org.koldoo.victims.Sector;
import org.koldoo.victims.SexualExploitationType;
import org.koldoo.victims.internal.CaseForms.IdentificationForm;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/**
 * An identification decision, a part of the {@link VictimCase} aggregate: who decided what, on
 * which day, and what the exploitation was. Its code lists are stored as arrays, in name order.
 */
@Table("victim_identification")
record Identification(
    @Id UUID id,
    LocalDate decidedOn,
    IdentificationStatus status,
    UUID decidingOrganisationId,
    List<ExploitationType> exploitationTypes,
    List<Sector> sectors,
    List<SexualExploitationType> sexualExploitationTypes,
    List<MeansOfControl> meansOfControl,
    List<RecruitmentMethod> recruitmentMethods,
    RecruitmentChannel recruitmentChannel,
    RecruiterRelation recruiterRelation,
    List<String> countriesOfRecruitment,
    List<String> countriesOfTransit,
    List<String> countriesOfExploitation,
    LocalDate exploitationFrom,
    LocalDate exploitationTo,
    String recordedBy) {

  /** The decision a form records, by the organisation it names. */
  static Identification of(IdentificationForm form, UUID decider, String recordedBy) {
    return new Identification(
        java.util.UUID.randomUUID(),
        form.decidedOn(),
        form.status(),
        decider,
        CodeLists.of(form.exploitationTypes()),
        CodeLists.of(form.sectors()),
        CodeLists.of(form.sexualExploitationTypes()),
        CodeLists.of(form.meansOfControl()),
        CodeLists.of(form.recruitmentMethods()),
        form.recruitmentChannel(),
        form.recruiterRelation(),
        CodeLists.countries(form.countriesOfRecruitment()),
        CodeLists.countries(form.countriesOfTransit()),
        CodeLists.countries(form.countriesOfExploitation()),
        form.exploitationFrom(),
        form.exploitationTo(),
        recordedBy);
  }

  /** The day the exploitation began as far as this decision knows: its start, else the decision. */
  LocalDate exploitationStart() {
    return exploitationFrom != null ? exploitationFrom : decidedOn;
  }
}
