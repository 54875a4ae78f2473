package org.koldoo.platform.web;

/**
 * Large files are being read and hold the {@link MemoryBudget}: nothing was done, and the same
 * request may be sent again shortly. Becomes a 503 with {@code Retry-After} on the API and the
 * error page saying so on the screens.
 */
public class BusyException extends MessageException {

  /** Seconds after which the request may be sent again. */
  public static final int RETRY_AFTER = 60;

  public BusyException() {
    super(null, "error.busyReading");
  }
}
