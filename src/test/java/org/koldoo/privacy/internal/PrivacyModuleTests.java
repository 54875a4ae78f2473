package org.koldoo.privacy.internal;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.koldoo.platform.KeyMismatch;
import org.koldoo.privacy.FieldCipher;
import org.koldoo.support.ModuleTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The privacy module on its own (its beans and the platform's, no other module's): a start with
 * keys that do not fit the database is refused with one sentence.
 */
@ApplicationModuleTest(verifyAutomatically = false, webEnvironment = WebEnvironment.NONE)
class PrivacyModuleTests extends ModuleTest {

  @Autowired PrivacyKeys running;
  @Autowired JdbcClient jdbc;
  @Autowired TransactionTemplate transactions;

  @Test
  void the_keys_the_database_was_sealed_with_pass() {
    assertThatCode(() -> check(running)).doesNotThrowAnyException();
  }

  @Test
  void a_fresh_key_under_the_same_id_is_refused() throws Exception {
    PrivacyKeys fresh =
        keys(
            running.activeKeyId() + ":" + LocalKeyFile.randomKey(),
            running.activeKeyId(),
            indexKey());
    assertThatThrownBy(() -> check(fresh))
        .isInstanceOf(KeyMismatch.class)
        .hasMessageContaining("is not the key");
  }

  @Test
  void a_missing_key_id_is_refused() throws Exception {
    PrivacyKeys other = keys("other:" + LocalKeyFile.randomKey(), "other", indexKey());
    assertThatThrownBy(() -> check(other))
        .isInstanceOf(KeyMismatch.class)
        .hasMessageContaining("not configured");
  }

  @Test
  void a_different_index_key_is_refused() throws Exception {
    // every key the running application has (a rotation may be half-way), another index key
    String configured =
        String.join(
            ",",
            running.keyIds().stream()
                .map(
                    id ->
                        id
                            + ":"
                            + Base64.getEncoder()
                                .encodeToString(running.encryptionKey(id).getEncoded()))
                .toList());
    PrivacyKeys other = keys(configured, running.activeKeyId(), LocalKeyFile.randomKey());
    assertThatThrownBy(() -> check(other))
        .isInstanceOf(KeyMismatch.class)
        .hasMessageContaining("blind-index");
  }

  private void check(PrivacyKeys keys) {
    // rolled back: a refused check must not leave check values of the wrong keys behind
    transactions.executeWithoutResult(
        status -> {
          status.setRollbackOnly();
          new PrivacyKeyCheck(keys, new FieldCipher(keys), jdbc, transactions).check();
        });
  }

  private String indexKey() {
    return Base64.getEncoder().encodeToString(running.indexKey().getEncoded());
  }

  private static PrivacyKeys keys(String keys, String active, String index) throws Exception {
    return KeyFiles.configured(keys, active, index);
  }
}
