package org.koldoo.justice.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.koldoo.audit.AuditTrail;
import org.koldoo.justice.CaseOrigin;
import org.koldoo.justice.CloseReason;
import org.koldoo.justice.EventType;
import org.koldoo.justice.Events;
import org.koldoo.justice.internal.JusticeForms.EventForm;
import org.koldoo.justice.internal.JusticeForms.RegisterCase;
import org.koldoo.organisations.Organisations;
import org.koldoo.platform.security.Role;
import org.koldoo.support.ModuleTest;
import org.koldoo.victims.VictimCases;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.PublishedEvents;
import org.springframework.modulith.test.Scenario;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * The justice module on its own: what happens to a criminal case (registered, downgraded to a
 * lesser charge, closed, reopened) is told by the module's published events, with the article codes
 * and reasons the other modules need; a body that does not handle the case, or a role that may not,
 * records nothing and tells nothing.
 */
@ApplicationModuleTest(verifyAutomatically = false, webEnvironment = WebEnvironment.NONE)
class JusticeModuleTests extends ModuleTest {

  private static final UUID MVD = UUID.fromString("00000000-0000-0000-0000-000000000002");
  private static final UUID BORDER = UUID.fromString("00000000-0000-0000-0000-000000000005");
  private static final UUID ARTICLE_166 = UUID.fromString("10000000-0000-0000-0000-000000000166");
  private static final UUID PIMPING = UUID.fromString("20000000-0000-0000-0000-000000000003");
  private static final LocalDate REGISTERED = LocalDate.of(2026, 11, 2);

  @MockitoBean VictimCases victims;
  @MockitoBean Organisations organisations;
  @MockitoBean AuditTrail audit;
  @Autowired CriminalCaseService cases;
  @Autowired CaseEvents caseEvents;

  @Test
  void a_case_registered_is_told_with_its_article_origin_and_day(Scenario scenario) {
    actAs(MVD, Role.INVESTIGATOR);
    String number = number();
    scenario
        .stimulate(() -> cases.register(registration(number)))
        .andWaitForEventOfType(Events.CaseRegistered.class)
        .matching(e -> e.organisationId().equals(MVD) && e.on().equals(REGISTERED))
        .toArriveAndVerify(
            (registered, id) -> {
              assertThat(registered.caseId()).isEqualTo(id);
              assertThat(registered.article()).isEqualTo("166");
              assertThat(registered.origin()).isEqualTo(CaseOrigin.POLICE_INITIATIVE);
            });
  }

  @Test
  void a_downgrade_a_closure_and_a_reopening_are_each_told(Scenario scenario) {
    actAs(MVD, Role.INVESTIGATOR);
    UUID id = cases.register(registration(number()));

    scenario
        .stimulate(
            () ->
                caseEvents.recordEvent(
                    id, event(EventType.RECLASSIFIED, REGISTERED.plusDays(5), PIMPING, null)))
        .andWaitForEventOfType(Events.CaseReclassified.class)
        .matching(e -> e.caseId().equals(id))
        .toArriveAndVerify(
            e -> {
              assertThat(e.fromArticle()).isEqualTo("166");
              assertThat(e.toArticle()).isEqualTo("PIMPING");
              assertThat(e.downgrade()).isTrue();
            });
    scenario
        .stimulate(
            () ->
                caseEvents.recordEvent(
                    id,
                    event(
                        EventType.CLOSED,
                        REGISTERED.plusDays(9),
                        null,
                        CloseReason.INSUFFICIENT_EVIDENCE.name())))
        .andWaitForEventOfType(Events.CaseClosed.class)
        .matching(e -> e.caseId().equals(id))
        .toArriveAndVerify(
            e -> {
              assertThat(e.reason()).isEqualTo(CloseReason.INSUFFICIENT_EVIDENCE);
              assertThat(e.on()).isEqualTo(REGISTERED.plusDays(9));
            });
    scenario
        .stimulate(
            () ->
                caseEvents.recordEvent(
                    id, event(EventType.REOPENED, REGISTERED.plusDays(12), null, null)))
        .andWaitForEventOfType(Events.CaseReopened.class)
        .matching(e -> e.caseId().equals(id))
        .toArriveAndVerify(e -> assertThat(e.on()).isEqualTo(REGISTERED.plusDays(12)));
  }

  @Test
  void who_does_not_handle_the_case_or_may_not_record_changes_nothing(PublishedEvents events) {
    actAs(MVD, Role.INVESTIGATOR);
    UUID id = cases.register(registration(number()));

    // the border service does not handle the MVD's case
    actAs(BORDER, Role.INVESTIGATOR);
    assertThatThrownBy(
            () ->
                caseEvents.recordEvent(
                    id, event(EventType.CLOSED, REGISTERED.plusDays(3), null, "NO_OFFENCE")))
        .isInstanceOf(AccessDeniedException.class);
    // a court clerk neither registers a case nor sends one to court
    actAs(MVD, Role.COURT_CLERK);
    assertThatThrownBy(() -> cases.register(registration(number())))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(
            () ->
                caseEvents.recordEvent(
                    id, event(EventType.SENT_TO_COURT, REGISTERED.plusDays(3), null, null)))
        .isInstanceOf(AccessDeniedException.class);
    // and nothing of it was told: the case's registration only, no second case
    assertThat(events.ofType(Events.CaseRegistered.class))
        .singleElement()
        .satisfies(registered -> assertThat(registered.caseId()).isEqualTo(id));
    assertThat(events.ofType(Events.CaseClosed.class).matching(e -> e.caseId().equals(id)))
        .isEmpty();
    assertThat(events.ofType(Events.CaseSentToCourt.class).matching(e -> e.caseId().equals(id)))
        .isEmpty();
  }

  private static String number() {
    return "MT-" + UUID.randomUUID().toString().substring(0, 13);
  }

  private static RegisterCase registration(String number) {
    return new RegisterCase(
        number, REGISTERED, CaseOrigin.POLICE_INITIATIVE, Set.of(), ARTICLE_166, null, false, null);
  }

  private static EventForm event(EventType type, LocalDate on, UUID articleTo, String reason) {
    return new EventForm(
        type, on, null, articleTo, reason, null, null, null, null, null, null, null);
  }
}
