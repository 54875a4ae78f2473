package org.koldoo.assistance.internal;

import org.koldoo.platform.pdf.DocumentPrinter;
import org.koldoo.support.ControllerSliceTest;
import org.koldoo.victims.VictimCases;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * The assistance module's pages, letters and API as one slice (one context for all of their tests):
 * the controllers and templates for real, referrals, services and the victims module mocked,
 * without a database.
 */
@WebMvcTest({ReferralApiController.class, AssistanceController.class, ReferralLetters.class})
abstract class AssistanceSliceTest extends ControllerSliceTest {

  @MockitoBean protected AssistanceService service;
  @MockitoBean protected ServiceDeliveries deliveries;
  @MockitoBean protected ReferralInbox inbox;
  @MockitoBean protected VictimCases victims;
  @MockitoBean protected AssistancePolicy policy;
  @MockitoBean protected DocumentPrinter printer;
}
