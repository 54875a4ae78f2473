package org.koldoo.imports.internal;

import org.koldoo.privacy.SealedColumn;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What this module seals (the sheets kept between check and commit, and their file names), for key
 * rotation.
 */
@Configuration(proxyBeanMethods = false)
class ImportSealedColumns {

  @Bean
  SealedColumn importFile() {
    return new SealedColumn("import_file", "content", "'import-file:' || import_id");
  }

  @Bean
  SealedColumn importFileName() {
    return new SealedColumn("import_run", "file_name_ciphertext", "'import-name:' || id");
  }
}
