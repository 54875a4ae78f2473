package org.koldoo.platform.web;

import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Who handles a request sent more than once (a form sent twice, an API write retried under its
 * key): the first to claim it, in a table every server shares. One sent again waits until the first
 * has an answer to give, takes over if the first is refused or fails meanwhile, and gives up after
 * a while.
 */
public final class Repeats {

  private static final Duration POLL = Duration.ofMillis(100);

  private Repeats() {}

  /** What a request is to do: handle itself, answer as the first did, or be refused. */
  public enum Turn {
    /** It claimed the request first: it handles it. */
    FIRST,
    /** The first has an answer for it (see {@link Outcome#earlier()}). */
    ANSWERED,
    /** The first is still being handled after the wait. */
    STILL_HANDLED
  }

  /**
   * @param turn what to do
   * @param earlier the first request as kept, when it has been {@link Turn#ANSWERED}
   */
  public record Outcome<E>(Turn turn, E earlier) {}

  /**
   * @param claim claims the request, true when none claimed it before
   * @param find the request as kept, empty when the first was refused or failed and forgotten
   * @param answered whether what is kept answers this request now
   */
  public static <E> Outcome<E> await(
      BooleanSupplier claim, Supplier<Optional<E>> find, Predicate<E> answered, Duration wait)
      throws IOException {
    long deadline = System.nanoTime() + wait.toNanos();
    while (true) {
      if (claim.getAsBoolean()) {
        return new Outcome<>(Turn.FIRST, null);
      }
      Optional<E> earlier = find.get();
      if (earlier.isPresent() && answered.test(earlier.get())) {
        return new Outcome<>(Turn.ANSWERED, earlier.get());
      }
      if (System.nanoTime() - deadline > 0) {
        return new Outcome<>(Turn.STILL_HANDLED, null);
      }
      if (earlier.isPresent()) {
        pause();
      }
      // else the first was refused or failed meanwhile: this one is handled in its place
    }
  }

  /**
   * Counts a request sent again, by how it was answered ({@code koldoo_repeated_requests_total},
   * tagged {@code via} form or api and {@code outcome}): how often people and clients send twice,
   * and how often the first was still being handled.
   */
  public static void count(MeterRegistry meters, String via, String outcome) {
    meters.counter(METER, "via", via, "outcome", outcome).increment();
  }

  static final String METER = "koldoo.repeated.requests";

  /**
   * The key a request is claimed by: a SHA-256, in hex, of the texts (each ended, so that no two
   * lists of texts give the same input) and then the bytes. Nothing it was made of can be read
   * back.
   */
  public static String digest(byte[] bytes, String... texts) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      for (String text : texts) {
        sha.update(String.valueOf(text).getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
      }
      sha.update(bytes);
      return HexFormat.of().formatHex(sha.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }

  private static void pause() throws IOException {
    try {
      Thread.sleep(POLL.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while a request sent before was handled", e);
    }
  }
}
