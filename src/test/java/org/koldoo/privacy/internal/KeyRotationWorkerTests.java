package org.koldoo.privacy.internal;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.koldoo.privacy.KeyRotation;

/** The background re-sealing goes on while values under an older key are left that can open. */
class KeyRotationWorkerTests {

  private final KeyRotation rotation = mock(KeyRotation.class);
  private final KeyRotationWorker worker = new KeyRotationWorker(rotation);

  @Test
  void a_pass_that_passed_over_rows_is_followed_by_another_until_only_unreadable_values_are_left()
      throws Exception {
    when(rotation.keyIds()).thenReturn(Set.of("old1", "new1"));
    when(rotation.reseal(0)).thenReturn(new KeyRotation.Pass(900, 2), new KeyRotation.Pass(40, 2));
    // after the first pass, rows another transaction held are still under the old key
    when(rotation.underOldKeys()).thenReturn(42L, 2L);

    worker.run();
    worker.run();
    verify(rotation, times(2)).reseal(0);

    worker.run();
    verify(rotation, times(2)).reseal(0);
  }
}
