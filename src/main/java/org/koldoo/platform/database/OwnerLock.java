package org.koldoo.platform.database;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Who stops an embedded PostgreSQL: the process holding the lock on a file beside its data
 * directory ({@code postgres.owner}). The operating system lets go of the lock when that process
 * ends, however it ends, so a server found running with the lock free was left by a Koldoo that
 * died (killed, out of memory): whoever finds it takes it over and stops it at its own stop,
 * instead of joining it and leaving it to run on with nobody to stop it. A server whose owner is
 * alive (the application, while a command runs beside it) is joined as before.
 *
 * <p>{@link #tryLock} is how every lock beside the data is taken (also {@link ServerLock}'s).
 */
final class OwnerLock implements AutoCloseable {

  /** Who holds a file's lock after an attempt to take it. */
  enum Holder {
    /** This attempt: the channel holds the lock until it is closed or the process ends. */
    TAKEN,
    /** This process, through an earlier channel (another context in it). */
    THIS_PROCESS,
    /** Another process. */
    ANOTHER_PROCESS
  }

  record Attempt(Holder holder, FileChannel channel) {}

  /**
   * The channels of attempts that found this process holding the lock: kept open, since closing any
   * channel on a file may let go of every lock this process holds on it.
   */
  private static final List<FileChannel> KEPT = new ArrayList<>();

  private final FileChannel channel;

  private OwnerLock(FileChannel channel) {
    this.channel = channel;
  }

  /** The lock for the server on {@code data}, unless another process (or this one) holds it. */
  static Optional<OwnerLock> tryTake(Path data) throws IOException {
    Attempt attempt = tryLock(data.resolveSibling(data.getFileName() + ".owner"));
    // held by this process: this JVM owns the server already (another context in it started it)
    return attempt.holder() == Holder.TAKEN
        ? Optional.of(new OwnerLock(attempt.channel()))
        : Optional.empty();
  }

  /** Takes the lock on {@code file} (created if need be), or says who holds it. */
  static Attempt tryLock(Path file) throws IOException {
    FileChannel channel =
        FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
    try {
      if (channel.tryLock() == null) {
        channel.close(); // this process holds no lock on the file: closing lets go of nothing
        return new Attempt(Holder.ANOTHER_PROCESS, null);
      }
      return new Attempt(Holder.TAKEN, channel);
    } catch (OverlappingFileLockException thisProcess) {
      synchronized (KEPT) {
        KEPT.add(channel);
      }
      return new Attempt(Holder.THIS_PROCESS, null);
    } catch (IOException | RuntimeException e) {
      channel.close();
      throw e;
    }
  }

  @Override
  public void close() {
    try {
      channel.close(); // lets go of the lock
    } catch (IOException e) {
      // the lock goes with the process anyway
    }
  }
}
