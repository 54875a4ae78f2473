package org.koldoo.organisations.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The cost of a password hash: strong unless configured otherwise, and any old hash still matches.
 */
class PasswordHashingTests {

  private static SecurityProperties bind(Map<String, String> values) {
    return new Binder(new MapConfigurationPropertySource(values))
        .bindOrCreate("koldoo.security", SecurityProperties.class);
  }

  private static PasswordEncoder encoder(Map<String, String> values) {
    return new PasswordAuthentication().passwordEncoder(bind(values));
  }

  @Test
  void by_default_a_password_costs_16_MiB_and_2_iterations_of_argon2id() {
    String hash = encoder(Map.of()).encode("Correct-horse-7");
    assertThat(hash).startsWith("$argon2id$v=19$m=16384,t=2,p=1$");
  }

  @Test
  void a_hash_made_at_one_cost_still_matches_after_the_cost_is_changed() {
    String light =
        encoder(
                Map.of(
                    "koldoo.security.password-memory-kib", "64",
                    "koldoo.security.password-iterations", "1"))
            .encode("Correct-horse-7");
    PasswordEncoder strong = encoder(Map.of());
    assertThat(strong.matches("Correct-horse-7", light)).isTrue();
    assertThat(strong.matches("Wrong-horse-7", light)).isFalse();
  }

  @Test
  void a_cost_too_low_to_protect_anything_is_refused_at_start() {
    assertThatThrownBy(() -> bind(Map.of("koldoo.security.password-memory-kib", "8")))
        .isInstanceOf(BindException.class);
  }
}
