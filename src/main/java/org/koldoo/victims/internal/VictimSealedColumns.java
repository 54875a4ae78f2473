package org.koldoo.victims.internal;

import org.koldoo.privacy.SealedColumn;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What this module seals, with the context of each value, for key rotation. */
@Configuration(proxyBeanMethods = false)
class VictimSealedColumns {

  @Bean
  SealedColumn victimIdentity() {
    return new SealedColumn(
        "victim_case", "identity_ciphertext", "'victim_case:' || id || ':identity'");
  }

  @Bean
  SealedColumn victimPhoto() {
    return new SealedColumn("victim_case", "photo_ciphertext", "'victim_case:' || id || ':photo'");
  }

  @Bean
  SealedColumn victimGuardian() {
    return new SealedColumn(
        "victim_case", "guardian_ciphertext", "'victim_case:' || id || ':guardian'");
  }

  @Bean
  SealedColumn victimBestInterests() {
    return new SealedColumn(
        "victim_case", "best_interests_ciphertext", "'victim_case:' || id || ':best-interests'");
  }

  @Bean
  SealedColumn victimTaskNote() {
    return new SealedColumn(
        "victim_case_task", "note_ciphertext", "'victim_case:' || case_id || ':task:' || id");
  }

  @Bean
  SealedColumn victimAttachmentName() {
    return new SealedColumn(
        "victim_case_attachment",
        "file_name_ciphertext",
        "'victim_case:' || case_id || ':attachment-name:' || id");
  }

  @Bean
  SealedColumn victimAttachment() {
    return new SealedColumn(
        "victim_case_attachment",
        "content_ciphertext",
        "'victim_case:' || case_id || ':attachment:' || id");
  }
}
