package org.koldoo.privacy.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.koldoo.privacy.KeyRotation;

/** The background re-sealing goes on while values under an older key are left that can open. */
class KeyRotationWorkerTests {

  private final KeyRotation rotation = mock(KeyRotation.class);
  private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
  private final KeyRotationWorker worker = new KeyRotationWorker(rotation, meters);

  @Test
  void a_pass_that_passed_over_rows_is_followed_by_another_until_only_unreadable_values_are_left()
      throws Exception {
    when(rotation.keyIds()).thenReturn(Set.of("old1", "new1"));
    when(rotation.reseal(0)).thenReturn(new KeyRotation.Pass(900, 2), new KeyRotation.Pass(40, 2));
    // after the first pass, rows another transaction held are still under the old key
    when(rotation.underOldKeys()).thenReturn(42L, 2L);

    assertThat(underOlderKeys()).isNaN();
    worker.run();
    assertThat(underOlderKeys()).as("what the metrics show after the first pass").isEqualTo(42);
    worker.run();
    verify(rotation, times(2)).reseal(0);
    assertThat(underOlderKeys()).isEqualTo(2);

    worker.run();
    verify(rotation, times(2)).reseal(0);
  }

  @Test
  void with_one_key_nothing_is_under_an_older_one() throws Exception {
    when(rotation.keyIds()).thenReturn(Set.of("only1"));
    worker.run();
    assertThat(underOlderKeys()).isZero();
    verify(rotation, times(0)).reseal(0);
  }

  @Test
  void a_rotation_is_sealed_again_under_even_when_sealing_a_value_took_the_new_key_file_first()
      throws Exception {
    when(rotation.activeKeyId()).thenReturn("old1");
    when(rotation.keyIds()).thenReturn(Set.of("old1"));
    worker.run();
    assertThat(underOlderKeys()).isZero();

    // keys rotate in another process; a request seals a value and so reloads the key file before
    // the worker looks: the worker's own reload finds nothing new
    when(rotation.reload()).thenReturn(false);
    when(rotation.activeKeyId()).thenReturn("new1");
    when(rotation.keyIds()).thenReturn(Set.of("old1", "new1"));
    assertThat(underOlderKeys()).as("not 0 before anything was counted under the new keys").isNaN();
    when(rotation.reseal(0)).thenReturn(new KeyRotation.Pass(2595, 0));
    when(rotation.underOldKeys()).thenReturn(0L);
    worker.run();

    verify(rotation).reseal(0);
    assertThat(underOlderKeys()).isZero();
  }

  private double underOlderKeys() {
    return meters.get("koldoo.privacy.values.under.older.keys").gauge().value();
  }
}
