package org.koldoo.platform.web;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * How much memory the large files being read may take at once: spreadsheets to import. Measured on
 * a 38 MB CSV of 199,000 hotline calls: its upload and dry run took about six times the file's size
 * at their peak, and its rows three times while they waited for the commit. Three such sheets sent
 * at once to a server with a 512 MB heap ran it out of memory, and all three failed.
 *
 * <p>So the work on a file takes as much of the budget as the file is large, and waits, in turn,
 * while others hold it; what a thread holds already covers what it reads meanwhile. The budget is a
 * twelfth of the heap, and never less than the largest file accepted, so that one file of any size
 * can always be read. Work that has waited two minutes is refused as busy ({@link BusyException}),
 * to be sent again.
 */
public final class MemoryBudget {

  private static final Duration WAIT = Duration.ofMinutes(2);

  private final int kilobytes;
  private final Semaphore free;
  private final Duration wait;
  private final ThreadLocal<Integer> held = ThreadLocal.withInitial(() -> 0);

  /** Work done with a share of the budget. */
  @FunctionalInterface
  public interface Work<T, E extends Exception> {
    T run() throws E;
  }

  public MemoryBudget(long bytes, Duration wait) {
    this.kilobytes = (int) Math.min(Integer.MAX_VALUE, bytes / 1024);
    this.free = new Semaphore(kilobytes, true);
    this.wait = wait;
  }

  /** The budget of this JVM's heap. */
  public static MemoryBudget ofHeap() {
    return new MemoryBudget(
        Math.max(RequestLimitsFilter.MAX_IMPORT, Runtime.getRuntime().maxMemory() / 12), WAIT);
  }

  /** Does {@code work} on a file of {@code fileBytes} once its share of the budget is free. */
  public <T, E extends Exception> T taking(long fileBytes, Work<T, E> work) throws E {
    try (Share share = take(fileBytes)) {
      return work.run();
    }
  }

  /**
   * The share of a file of {@code fileBytes}, once it is free, to give back by closing it; what
   * this thread holds already counts towards it.
   */
  public Share take(long fileBytes) {
    int share = share(fileBytes);
    int before = held.get();
    int more = Math.max(0, share - before);
    try {
      if (more > 0 && !free.tryAcquire(more, wait.toMillis(), TimeUnit.MILLISECONDS)) {
        throw new BusyException();
      }
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw new BusyException();
    }
    held.set(Math.max(before, share));
    return new Share(before, more);
  }

  /** A share held by this thread until it is closed. */
  public final class Share implements AutoCloseable {
    private final int before;
    private final int more;
    private boolean closed;

    private Share(int before, int more) {
      this.before = before;
      this.more = more;
    }

    @Override
    public void close() {
      if (!closed) {
        closed = true;
        held.set(before);
        free.release(more);
      }
    }
  }

  /**
   * Whether what was read from a file of {@code fileBytes} may be kept in memory a while (a quarter
   * of the budget at most); a larger file is read again when it is needed.
   */
  public boolean keepable(long fileBytes) {
    return share(fileBytes) <= kilobytes / 4;
  }

  private int share(long fileBytes) {
    return (int) Math.min(kilobytes, Math.max(0, fileBytes) / 1024 + 1);
  }
}
