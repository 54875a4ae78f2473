package org.koldoo.platform.database;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * Who stops an embedded PostgreSQL: the process holding the lock on a file beside its data
 * directory ({@code postgres.owner}). The operating system lets go of the lock when that process
 * ends, however it ends, so a server found running with the lock free was left by a Koldoo that
 * died (killed, out of memory): whoever finds it takes it over and stops it at its own stop,
 * instead of joining it and leaving it to run on with nobody to stop it. A server whose owner is
 * alive (the application, while a command runs beside it) is joined as before.
 */
final class OwnerLock implements AutoCloseable {

  private final FileChannel channel;

  private OwnerLock(FileChannel channel) {
    this.channel = channel;
  }

  /** The lock for the server on {@code data}, unless another process (or this one) holds it. */
  static Optional<OwnerLock> tryTake(Path data) throws IOException {
    Path file = data.resolveSibling(data.getFileName() + ".owner");
    FileChannel channel =
        FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
    try {
      FileLock lock = channel.tryLock();
      if (lock != null) {
        return Optional.of(new OwnerLock(channel));
      }
    } catch (OverlappingFileLockException e) {
      // this JVM owns the server already (another application context in it started it)
    } catch (IOException | RuntimeException e) {
      channel.close();
      throw e;
    }
    channel.close();
    return Optional.empty();
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
