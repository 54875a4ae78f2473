package org.koldoo.assistance.internal;

import org.koldoo.privacy.SealedColumn;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What this module seals, with the context of each value, for key rotation. */
@Configuration(proxyBeanMethods = false)
class AssistanceSealedColumns {

  @Bean
  SealedColumn serviceNotes() {
    return new SealedColumn(
        "service_delivery", "notes_ciphertext", "'service_delivery:' || id || ':notes'");
  }
}
