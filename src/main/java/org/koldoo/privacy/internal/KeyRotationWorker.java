package org.koldoo.privacy.internal;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import org.koldoo.privacy.KeyRotation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * While Koldoo serves: takes a key file that {@code keys rotate} changed (new values are sealed
 * with the new key at once), and seals again in the background whatever older keys still seal —
 * after a start and after each change, in batches, resuming wherever the last run stopped, and
 * again at the next run while a run passed over rows that another transaction held. Those who watch
 * the metrics see the rotation go: {@code koldoo_privacy_values_under_older_keys} is what older
 * keys still sealed at the last run (0 once it is done; NaN before the first run, and from the
 * moment the keys change until the run that counts under the new ones).
 *
 * <p>A change is told by the keys themselves (the active one and the set), not by whether this
 * worker's own look at the key file found it: sealing a value looks at the file too (at most once a
 * second), and a change that look took first would otherwise never be sealed again under.
 */
@Component
class KeyRotationWorker {

  private static final Logger log = LoggerFactory.getLogger(KeyRotationWorker.class);

  private final KeyRotation rotation;
  private volatile boolean pending = true;
  private volatile double underOlderKeys = Double.NaN;

  /** The keys the last run worked under: the active one, then every id. */
  private volatile String keysOfLastRun = "";

  KeyRotationWorker(KeyRotation rotation, MeterRegistry meters) {
    this.rotation = rotation;
    Gauge.builder("koldoo.privacy.values.under.older.keys", this, KeyRotationWorker::underOlderKeys)
        .description("Sealed values still under a key other than the active one, at the last check")
        .register(meters);
  }

  @Scheduled(
      initialDelayString = "${koldoo.privacy.rotation-check:30s}",
      fixedDelayString = "${koldoo.privacy.rotation-check:30s}")
  void run() {
    try {
      rotation.reload();
      String keysNow = keysNow();
      if (!keysNow.equals(keysOfLastRun)) {
        pending = true;
        keysOfLastRun = keysNow;
        underOlderKeys = Double.NaN; // not counted under these keys yet
      }
      // with one key, nothing can be sealed under another (the start refuses unknown keys)
      int keys = rotation.keyIds().size();
      if (pending && keys > 1) {
        KeyRotation.Pass pass = rotation.reseal(0);
        long left = rotation.underOldKeys();
        underOlderKeys = left;
        // rows another transaction held were passed over: the next run takes them; values that
        // did not open stay as they are and are not tried again until the keys change
        pending = left > pass.unreadable();
      } else if (keys == 1) {
        underOlderKeys = 0; // the start refuses values under a key it does not have
        pending = false;
      } else {
        pending = false;
      }
    } catch (IOException | RuntimeException e) {
      log.warn("Key rotation could not go on now: {}", e.toString());
    }
  }

  /** What the last run counted, or NaN when the keys have changed since (or nothing ran yet). */
  private double underOlderKeys() {
    try {
      return keysNow().equals(keysOfLastRun) ? underOlderKeys : Double.NaN;
    } catch (RuntimeException e) {
      return Double.NaN;
    }
  }

  private String keysNow() {
    return rotation.activeKeyId() + " " + new java.util.TreeSet<>(rotation.keyIds());
  }
}
