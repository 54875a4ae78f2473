package org.koldoo.victims.internal;

import static org.mockito.Mockito.mock;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** The module's use cases as the controllers receive them, each a mock. */
@TestConfiguration(proxyBeanMethods = false)
class VictimsSliceUseCases {
  @Bean
  Victims victims() {
    return new Victims(
        mock(PersonService.class),
        mock(IdentityService.class),
        mock(CaseSteps.class),
        mock(CaseWork.class),
        mock(DuplicateCheck.class),
        mock(CaseAttachments.class),
        mock(CaseGuard.class),
        mock(VictimCasesApi.class),
        mock(IdentityRetention.class));
  }
}
