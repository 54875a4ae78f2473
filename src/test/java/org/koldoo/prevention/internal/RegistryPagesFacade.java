package org.koldoo.prevention.internal;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** The pages' facade over the mocked registries, as the application wires it. */
@TestConfiguration(proxyBeanMethods = false)
class RegistryPagesFacade {

  @Bean
  Registries registries(
      InspectionRegistry inspections,
      TrainingRegistry training,
      OutreachRegistry outreach,
      CoordinationRegistry coordination,
      RightsRegistry rights,
      RegistryStore store) {
    return new Registries(inspections, training, outreach, coordination, rights, store);
  }
}
