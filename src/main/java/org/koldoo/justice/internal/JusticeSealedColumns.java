package org.koldoo.justice.internal;

import org.koldoo.privacy.SealedColumn;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What this module seals, with the context of each value, for key rotation. */
@Configuration(proxyBeanMethods = false)
class JusticeSealedColumns {

  @Bean
  SealedColumn defendantIdentity() {
    return new SealedColumn("defendant", "identity_ciphertext", "'defendant:' || id");
  }

  @Bean
  SealedColumn criminalFollowUpNote() {
    return new SealedColumn(
        "criminal_case_follow_up", "note_ciphertext", "'criminal-follow-up:' || id");
  }
}
