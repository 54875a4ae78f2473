package org.koldoo.organisations.internal;

import java.time.Instant;

/** For tests outside this module: the codes an authenticator app would show for a secret. */
public final class TwoFactorCodes {

  private TwoFactorCodes() {}

  /** The code of the step {@code at} falls in, {@code offset} steps later. */
  public static String code(String base32Secret, Instant at, int offset) {
    return Totp.code(base32(base32Secret), Totp.step(at) + offset);
  }

  /** The code of one time step. */
  public static String codeOfStep(String base32Secret, long step) {
    return Totp.code(base32(base32Secret), step);
  }

  /** The time step {@code at} falls in. */
  public static long step(Instant at) {
    return Totp.step(at);
  }

  /**
   * Confirms a set-up as the person would, with the code of the step before the current one, so
   * that the next steps stay free for sign-ins; once more with a fresh step when the time step
   * turned between reading the clock and the check (the check allows one step either side). The
   * step confirmed.
   */
  static long confirm(SecondFactors factors, KoldooPrincipal person, String secret) {
    for (int attempt = 0; attempt < 2; attempt++) {
      long step = Totp.step(Instant.now()) - 1;
      if (!factors.confirm(person, codeOfStep(secret, step)).isEmpty()) {
        return step;
      }
    }
    throw new AssertionError("the set-up's first code was not accepted");
  }

  /** RFC 4648 Base32, as the set-up page shows a secret. */
  public static byte[] base32(String text) {
    return Totp.fromBase32(text);
  }
}
