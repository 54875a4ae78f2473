package org.koldoo.backup.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.koldoo.platform.security.Role;
import org.koldoo.privacy.FieldCipher;
import org.koldoo.privacy.KeyRotation;
import org.koldoo.support.ApiClient;
import org.koldoo.support.IntegrationTest;
import org.koldoo.support.TestDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A key rotation as an operator runs it: {@code keys rotate} makes a new key active at once, an old
 * key cannot be retired while it seals anything, {@code keys reseal} seals everything again (and
 * can stop and go on), every identity still opens to what it was, and the old key is then retired
 * from the key file and the database's key checks.
 */
class KeyRotationIntegrationTests extends IntegrationTest {

  private static final UUID SHELTER = UUID.fromString("00000000-0000-0000-0000-000000000011");

  @Autowired KeysCommand keys;
  @Autowired KeyRotation rotation;
  @Autowired ApiClient api;
  @Autowired JdbcClient jdbc;
  @Autowired FieldCipher cipher;

  @Test
  void a_new_key_seals_everything_again_and_the_old_one_is_retired_only_when_unused()
      throws Exception {
    UUID before = registered("Ротациева");
    String old = rotation.activeKeyId();
    assertThat(keyOf(before)).isEqualTo(old);
    String identity = identity(before);

    String rotated = run("rotate");
    String active = rotation.activeKeyId();
    assertThat(active).isNotEqualTo(old);
    assertThat(rotated).contains("\"active\":\"" + active + "\"");
    UUID after = registered("Новоключева");
    assertThat(keyOf(after)).as("new values under the new key at once").isEqualTo(active);

    assertThat(run("retire", old)).contains("still seals");
    assertThat(rotation.keyIds()).contains(old);

    // stopped after one batch a column, then on to the end
    assertThat(run("reseal", "--batches", "1")).contains("\"resealed\":");
    String finished = run("reseal");
    assertThat(finished).contains("\"underOlderKeys\":0");
    assertThat(rotation.sealedPerKey()).containsOnlyKeys(active);
    assertThat(keyOf(before)).isEqualTo(active);
    assertThat(identity(before)).isEqualTo(identity);

    assertThat(run("retire", old)).contains("\"retired\":\"" + old + "\"");
    assertThat(rotation.keyIds()).doesNotContain(old);
    assertThat(
            jdbc.sql("select count(*) from privacy_key_check where key_id = :k")
                .param("k", old)
                .query(Long.class)
                .single())
        .isZero();
    java.util.Properties keyFile = new java.util.Properties();
    try (var in =
        Files.newBufferedReader(Path.of(TestDatabase.dataDir(), "keys", "privacy.properties"))) {
      keyFile.load(in);
    }
    assertThat(keyFile.getProperty("keys")).doesNotContain(old + ":").contains(active + ":");
    assertThat(keyFile.getProperty("active-key")).isEqualTo(active);
    assertThat(run("status")).contains("\"active\":\"" + active + "\"");
  }

  private String run(String... arguments) {
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    keys.run(List.of(arguments), new PrintStream(printed, true, StandardCharsets.UTF_8));
    return printed.toString(StandardCharsets.UTF_8);
  }

  private UUID registered(String family) throws Exception {
    return api.created(
        api.person("rot-cw", SHELTER, Role.CASE_WORKER),
        "/api/v1/cases",
        """
        {"familyName":"%s","sex":"FEMALE"}"""
            .formatted(family + System.nanoTime() % 10000));
  }

  private byte[] sealed(UUID caseId) {
    return jdbc.sql("select identity_ciphertext from victim_case where id = :id")
        .param("id", caseId)
        .query(byte[].class)
        .single();
  }

  private String keyOf(UUID caseId) {
    return FieldCipher.keyIdOf(sealed(caseId));
  }

  private String identity(UUID caseId) {
    return cipher.decrypt(sealed(caseId), "victim_case:" + caseId + ":identity");
  }
}
