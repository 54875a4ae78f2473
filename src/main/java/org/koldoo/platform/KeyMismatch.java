package org.koldoo.platform;

/**
 * The keys Koldoo was started with cannot open what the database holds (a privacy key that is
 * missing or different, an audit key that did not write the trail). Koldoo refuses to start with
 * this one sentence rather than answer every read with an error.
 */
public class KeyMismatch extends IllegalStateException {

  public KeyMismatch(String message) {
    super(message);
  }
}
