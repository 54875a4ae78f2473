package org.koldoo.audit.internal;

import java.io.IOException;
import java.nio.file.Files;
import org.koldoo.platform.backup.BackupFile;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A backup carries the audit key (without it the restored chain cannot be verified, nor continued
 * so that it verifies) and the signed checkpoints (what shows that no entry was cut off since).
 */
@Configuration(proxyBeanMethods = false)
class AuditBackupFiles {

  @Bean
  BackupFile auditKeyFile(AuditKey key) {
    return new BackupFile() {
      @Override
      public String path() {
        return "keys/audit.key";
      }

      @Override
      public byte[] content() {
        return key.asKeyFile();
      }
    };
  }

  @Bean
  BackupFile auditCheckpointFile(AuditCheckpoints checkpoints) {
    return new BackupFile() {
      @Override
      public String path() {
        return "audit/checkpoints.log";
      }

      @Override
      public byte[] content() throws IOException {
        // read under the writer's lock, so no line is caught half-written
        synchronized (checkpoints) {
          return Files.exists(checkpoints.file())
              ? Files.readAllBytes(checkpoints.file())
              : new byte[0];
        }
      }
    };
  }
}
