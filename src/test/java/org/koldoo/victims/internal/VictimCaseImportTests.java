package org.koldoo.victims.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.koldoo.imports.ImportRow;
import org.koldoo.victims.ExploitationType;
import org.koldoo.victims.IdentificationStatus;
import org.koldoo.victims.RecruiterRelation;
import org.koldoo.victims.RecruitmentChannel;
import org.koldoo.victims.Sector;
import org.koldoo.victims.internal.CaseForms.IdentificationForm;

/** A sheet's row read into the identification form by its columns' names. */
class VictimCaseImportTests {

  private static final UUID BODY = UUID.fromString("00000000-0000-0000-0000-000000000011");

  @Test
  void every_column_of_the_decision_fills_the_component_of_its_name() {
    Map<String, Object> cells = new HashMap<>();
    cells.put("familyName", "Асанова"); // the person's, not the decision's
    cells.put("decidedOn", LocalDate.of(2012, 3, 5));
    cells.put("status", "IDENTIFIED_VICTIM");
    cells.put("decidingOrganisationId", BODY);
    cells.put("exploitationTypes", Set.of("FORCED_LABOUR", "SEXUAL_EXPLOITATION"));
    cells.put("sectors", Set.of("CONSTRUCTION"));
    cells.put("recruitmentChannel", "ACQUAINTANCE");
    cells.put("recruiterRelation", "FRIEND_OR_ACQUAINTANCE");
    cells.put("countriesOfRecruitment", Set.of("KG"));
    cells.put("countriesOfTransit", Set.of("KZ"));
    cells.put("countriesOfExploitation", Set.of("RU", "TR"));
    cells.put("exploitationFrom", LocalDate.of(2011, 1, 1));
    cells.put("exploitationTo", LocalDate.of(2011, 12, 31));

    IdentificationForm form = VictimCaseImport.identification(new ImportRow(2, cells)).normalised();

    // by name, not by position: a new component of the form changes nothing here
    assertThat(form.decidedOn()).isEqualTo(LocalDate.of(2012, 3, 5));
    assertThat(form.status()).isEqualTo(IdentificationStatus.IDENTIFIED_VICTIM);
    assertThat(form.decidingOrganisationId()).isEqualTo(BODY);
    assertThat(form.exploitationTypes())
        .containsExactly(ExploitationType.FORCED_LABOUR, ExploitationType.SEXUAL_EXPLOITATION);
    assertThat(form.sectors()).containsExactly(Sector.CONSTRUCTION);
    assertThat(form.recruitmentChannel()).isEqualTo(RecruitmentChannel.ACQUAINTANCE);
    assertThat(form.recruiterRelation()).isEqualTo(RecruiterRelation.FRIEND_OR_ACQUAINTANCE);
    assertThat(form.countriesOfRecruitment()).containsExactly("KG");
    assertThat(form.countriesOfTransit()).containsExactly("KZ");
    assertThat(form.countriesOfExploitation()).containsExactly("RU", "TR");
    assertThat(form.exploitationFrom()).isEqualTo(LocalDate.of(2011, 1, 1));
    assertThat(form.exploitationTo()).isEqualTo(LocalDate.of(2011, 12, 31));
    assertThat(form.meansOfControl()).as("no column offers it").isNull();
  }

  @Test
  void a_row_without_a_column_of_the_decision_records_none() {
    assertThat(
            VictimCaseImport.identification(
                new ImportRow(2, Map.of("familyName", "Асанова", "sex", "FEMALE"))))
        .isNull();
  }
}
