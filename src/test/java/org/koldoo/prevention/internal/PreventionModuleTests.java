package org.koldoo.prevention.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.when;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.koldoo.audit.AuditTrail;
import org.koldoo.organisations.OrganisationSummary;
import org.koldoo.organisations.OrganisationType;
import org.koldoo.organisations.Organisations;
import org.koldoo.organisations.Region;
import org.koldoo.platform.security.Role;
import org.koldoo.prevention.CallChannel;
import org.koldoo.prevention.CallOutcome;
import org.koldoo.prevention.CallTopic;
import org.koldoo.prevention.CallerType;
import org.koldoo.prevention.SiteType;
import org.koldoo.prevention.internal.RegistryForms.InspectionForm;
import org.koldoo.support.ModuleTest;
import org.koldoo.victims.VictimCases;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * The prevention module on its own: a hotline logs and corrects its own calls, the coordinator and
 * analysts read them and log none; an inspectorate records its own inspections, the coordinator any
 * inspectorate's, an analyst none. What is refused leaves nothing behind.
 */
@ApplicationModuleTest(verifyAutomatically = false, webEnvironment = WebEnvironment.NONE)
class PreventionModuleTests extends ModuleTest {

  private static final UUID MOL = UUID.fromString("00000000-0000-0000-0000-000000000001");
  private static final UUID MVD = UUID.fromString("00000000-0000-0000-0000-000000000002");

  @MockitoBean VictimCases victims;
  @MockitoBean Organisations organisations;
  @MockitoBean AuditTrail audit;
  @Autowired HotlineService hotline;
  @Autowired InspectionRegistry inspections;
  @Autowired JdbcClient jdbc;

  @Test
  void a_hotline_logs_and_corrects_its_own_calls_and_the_readers_log_none() {
    actAs(MOL, Role.HOTLINE_OPERATOR);
    String note = "module-" + UUID.randomUUID();
    UUID call = hotline.log(call(note));
    assertThat(
            jdbc.sql("select organisation_id from hotline_call where id = :id")
                .param("id", call)
                .query(UUID.class)
                .single())
        .as("the call is the operator's hotline's")
        .isEqualTo(MOL);

    actAs(MVD, Role.HOTLINE_OPERATOR);
    assertThatThrownBy(() -> hotline.correct(call, call("changed by another hotline")))
        .isInstanceOf(AccessDeniedException.class);
    assertThat(noteOf(call)).isEqualTo(note);

    for (Role reader : Set.of(Role.NATIONAL_COORDINATOR, Role.ANALYST)) {
      actAs(MOL, reader);
      String refused = "refused-" + UUID.randomUUID();
      assertThatThrownBy(() -> hotline.log(call(refused)))
          .as(reader.name())
          .isInstanceOf(AccessDeniedException.class);
      assertThatThrownBy(() -> hotline.correct(call, call(refused)))
          .as(reader.name())
          .isInstanceOf(AccessDeniedException.class);
      assertThat(count("select count(*) from hotline_call where note = :n", refused)).isZero();
    }
    assertThat(noteOf(call)).isEqualTo(note);
  }

  @Test
  void a_call_that_does_not_exist_is_not_found_whatever_is_asked_of_it() {
    actAs(MOL, Role.HOTLINE_OPERATOR);
    UUID nowhere = UUID.randomUUID();
    assertThatThrownBy(() -> hotline.form(nowhere)).isInstanceOf(CallNotFound.class);
    assertThatThrownBy(() -> hotline.correct(nowhere, call("x"))).isInstanceOf(CallNotFound.class);
    assertThatThrownBy(() -> hotline.linkCase(nowhere, "V-00000000"))
        .isInstanceOf(CallNotFound.class);
  }

  @Test
  void an_inspectorate_records_its_own_inspections_and_the_coordinator_any() {
    when(organisations.find(any()))
        .thenAnswer(
            asked ->
                Optional.of(
                    new OrganisationSummary(
                        asked.getArgument(0),
                        "BODY",
                        "Inspectorate",
                        "Инспекция",
                        "Инспекция",
                        OrganisationType.MINISTRY,
                        Region.NATIONAL,
                        null,
                        true)));
    String site = "module-" + UUID.randomUUID();

    actAs(MVD, Role.LABOUR_INSPECTOR);
    inspections.saveInspection(null, inspection(MVD, site));
    assertThatThrownBy(() -> inspections.saveInspection(null, inspection(MOL, site)))
        .as("another inspectorate's")
        .isInstanceOf(AccessDeniedException.class);

    actAs(MOL, Role.NATIONAL_COORDINATOR);
    inspections.saveInspection(null, inspection(MVD, site));

    actAs(MOL, Role.ANALYST);
    assertThatThrownBy(() -> inspections.saveInspection(null, inspection(MOL, site)))
        .isInstanceOf(AccessDeniedException.class);

    assertThat(count("select count(*) from labour_inspection where establishment = :n", site))
        .as("the inspector's own and the coordinator's, nothing refused")
        .isEqualTo(2);
    assertThat(
            jdbc.sql(
                    "select count(*) from labour_inspection where establishment = :n and inspecting_body = :b")
                .param("n", site)
                .param("b", MOL)
                .query(Long.class)
                .single())
        .as("nothing recorded for the ministry's inspectorate by another")
        .isZero();
  }

  @Test
  void a_correction_made_from_an_older_version_of_a_call_is_refused_and_changes_nothing() {
    actAs(MOL, Role.HOTLINE_OPERATOR);
    UUID call = hotline.log(call("first words"));
    hotline.correct(call, call("the first operator's correction", 0));
    assertThat(noteOf(call)).isEqualTo("the first operator's correction");

    assertThatThrownBy(
            () -> hotline.correct(call, call("the second operator's, from version 0", 0)))
        .as("read before the first correction")
        .isInstanceOf(org.koldoo.platform.web.ConflictException.class);
    assertThatThrownBy(() -> hotline.correct(call, call("without the version it was read at")))
        .isInstanceOf(org.koldoo.platform.web.ConflictException.class);
    assertThat(noteOf(call)).isEqualTo("the first operator's correction");

    hotline.overwrite(call, call("a sheet brought in again"));
    assertThat(noteOf(call)).as("a sheet's row is the call").isEqualTo("a sheet brought in again");
    assertThat(hotline.form(call).version()).isEqualTo(2);
  }

  private static HotlineForm call(String note) {
    return call(note, null);
  }

  private static HotlineForm call(String note, Integer version) {
    return new HotlineForm(
        LocalDateTime.of(2026, 11, 20, 10, 15),
        CallChannel.PHONE,
        CallerType.POTENTIAL_VICTIM,
        "ky",
        null,
        null,
        Set.of(CallTopic.TRAFFICKING),
        true,
        CallOutcome.INFORMATION_GIVEN,
        null,
        note,
        null,
        null,
        version);
  }

  private static InspectionForm inspection(UUID body, String establishment) {
    return new InspectionForm(
        LocalDate.of(2026, 11, 2),
        body,
        true,
        establishment,
        null,
        null,
        SiteType.values()[0],
        null,
        Set.of(),
        false,
        null,
        null,
        null);
  }

  private String noteOf(UUID call) {
    return jdbc.sql("select note from hotline_call where id = :id")
        .param("id", call)
        .query(String.class)
        .single();
  }

  private long count(String sql, String value) {
    return jdbc.sql(sql).param("n", value).query(Long.class).single();
  }
}
