package org.koldoo.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.koldoo.privacy.internal.PrivacyKeys;
import org.springframework.mock.env.MockEnvironment;

class FieldCipherTests {

  static final String K1 = Base64.getEncoder().encodeToString(new byte[32]);
  private static final String K2 =
      Base64.getEncoder().encodeToString("k".repeat(32).getBytes(StandardCharsets.US_ASCII));

  static PrivacyKeys keys(String keys, String active) throws Exception {
    var constructor =
        PrivacyKeys.class.getDeclaredConstructor(org.springframework.core.env.Environment.class);
    constructor.setAccessible(true);
    return constructor.newInstance(
        new MockEnvironment()
            .withProperty("koldoo.privacy.keys", keys)
            .withProperty("koldoo.privacy.active-key", active)
            .withProperty("koldoo.privacy.index-key", K2));
  }

  private static FieldCipher cipher(PrivacyKeys keys) throws Exception {
    var constructor = FieldCipher.class.getDeclaredConstructor(PrivacyKeys.class);
    constructor.setAccessible(true);
    return constructor.newInstance(keys);
  }

  @Test
  void a_value_opens_with_its_context_only() throws Exception {
    FieldCipher cipher = cipher(keys("a:" + K1, "a"));
    byte[] sealed = cipher.encrypt("Айгүл Токтосунова", "case:1");
    assertThat(new String(sealed, StandardCharsets.UTF_8)).doesNotContain("Айгүл");
    assertThat(cipher.decrypt(sealed, "case:1")).isEqualTo("Айгүл Токтосунова");
    assertThatThrownBy(() -> cipher.decrypt(sealed, "case:2"))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void a_value_sealed_with_a_key_this_server_was_not_given_says_which_key() throws Exception {
    byte[] sealed = cipher(keys("a:" + K1 + ",b:" + K2, "b")).encrypt("from a peer", "c");
    FieldCipher behind = cipher(keys("a:" + K1, "a"));
    assertThatThrownBy(() -> behind.decrypt(sealed, "c"))
        .isInstanceOfSatisfying(
            org.koldoo.platform.web.NotConfigured.class,
            e -> {
              assertThat(e.messageKey()).isEqualTo("error.privacyKeyMissing");
              assertThat(e.arguments()).containsExactly("b");
            });
  }

  @Test
  void equal_values_seal_differently() throws Exception {
    FieldCipher cipher = cipher(keys("a:" + K1, "a"));
    assertThat(cipher.encrypt("same", "c")).isNotEqualTo(cipher.encrypt("same", "c"));
  }

  @Test
  void after_rotation_old_values_still_open_and_new_ones_use_the_new_key() throws Exception {
    byte[] old = cipher(keys("a:" + K1, "a")).encrypt("before", "c");
    FieldCipher rotated = cipher(keys("a:" + K1 + ",b:" + K2, "b"));
    assertThat(rotated.decrypt(old, "c")).isEqualTo("before");
    byte[] fresh = rotated.encrypt("after", "c");
    assertThat(FieldCipher.keyIdOf(fresh)).isEqualTo("b");
    assertThat(FieldCipher.keyIdOf(old)).isEqualTo("a");
  }

  @Test
  void the_prod_profile_refuses_generated_keys() {
    var environment = new MockEnvironment();
    environment.setActiveProfiles("prod");
    assertThatThrownBy(
            () -> {
              var constructor =
                  PrivacyKeys.class.getDeclaredConstructor(
                      org.springframework.core.env.Environment.class);
              constructor.setAccessible(true);
              try {
                constructor.newInstance(environment);
              } catch (java.lang.reflect.InvocationTargetException e) {
                throw e.getCause();
              }
            })
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("prod profile requires");
  }

  @Test
  void blind_indexes_depend_on_the_key_and_the_kind() throws Exception {
    var constructor = BlindIndex.class.getDeclaredConstructor(PrivacyKeys.class);
    constructor.setAccessible(true);
    BlindIndex one = constructor.newInstance(keys("a:" + K1, "a"));
    assertThat(one.name("Кыдыралиев Азамат")).isEqualTo(one.name("Azamat Kydyraliev"));
    assertThat(one.document("AN 123-456")).isEqualTo(one.document("an123456"));
    assertThat(one.document("1995")).isNotEqualTo(one.name("1995"));
  }
}
