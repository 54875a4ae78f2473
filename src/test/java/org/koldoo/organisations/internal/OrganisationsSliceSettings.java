package org.koldoo.organisations.internal;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * The second factor's settings as the application binds them, defaults only; and the second
 * factor's sign-in for real over the slice's mocked {@link SecondFactors}, going on to nowhere once
 * passed (a final class, which the tests' subclass mock maker cannot mock).
 */
@TestConfiguration(proxyBeanMethods = false)
@EnableConfigurationProperties(TwoFactorProperties.class)
class OrganisationsSliceSettings {

  @Bean
  SecondFactorSignIn secondFactorSignIn(SecondFactors factors) {
    return new SecondFactorSignIn(factors, (request, response, authentication) -> {});
  }
}
