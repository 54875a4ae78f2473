package org.koldoo.organisations.internal;

import org.koldoo.privacy.SealedColumn;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What this module seals, with the context of each value, for key rotation. */
@Configuration(proxyBeanMethods = false)
class OrganisationSealedColumns {

  @Bean
  SealedColumn secondFactorSecret() {
    return new SealedColumn(
        "user_second_factor", "secret_ciphertext", "'user_second_factor:' || user_account");
  }

  @Bean
  SealedColumn secondFactorNewPhone() {
    return new SealedColumn(
        "user_second_factor", "pending_ciphertext", "'user_second_factor:' || user_account");
  }

  @Bean
  SealedColumn sessionAttribute() {
    return new SealedColumn(
        "spring_session_attributes", "attribute_bytes", "'spring_session_attribute'");
  }

  @Bean
  SealedColumn idempotentAnswer() {
    return new SealedColumn(
        "api_idempotency", "answer_ciphertext", "'api_idempotency:' || request_key");
  }
}
