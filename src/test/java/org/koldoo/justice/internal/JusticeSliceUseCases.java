package org.koldoo.justice.internal;

import static org.mockito.Mockito.mock;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** The module's use cases as the controllers receive them, each a mock. */
@TestConfiguration(proxyBeanMethods = false)
class JusticeSliceUseCases {
  @Bean
  Justice justice(CriminalCaseService cases, CriminalCaseRecords records) {
    return new Justice(
        cases,
        records,
        mock(CaseEvents.class),
        mock(DefendantService.class),
        mock(CaseBodies.class),
        mock(EnforcementOperations.class),
        mock(JusticePolicy.class));
  }
}
