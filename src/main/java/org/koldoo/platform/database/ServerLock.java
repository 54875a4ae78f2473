package org.koldoo.platform.database;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One server per data directory: the server holds a lock on {@code server.lock} in it for as long
 * as it runs, and the operating system lets go of it when the process ends, however it ends. A
 * second server started on the same directory (by hand beside a service, say) is refused: it would
 * join the first one's database and lose it when the first stops, and both would append to the same
 * audit checkpoints. Commands ({@code backup}, {@code audit verify} …) take no lock and run beside
 * a server as before.
 */
final class ServerLock {

  /** The channels holding the locks: open, and so locked, until the process ends. */
  private static final List<FileChannel> HELD = new ArrayList<>();

  private ServerLock() {}

  /**
   * Takes the lock of {@code dataDir} for this process (held already by this process is as good),
   * or refuses if another process holds it.
   */
  static synchronized void take(Path dataDir) {
    Path directory = dataDir.toAbsolutePath().normalize();
    OwnerLock.Attempt attempt;
    try {
      Files.createDirectories(directory);
      attempt = OwnerLock.tryLock(directory.resolve("server.lock"));
    } catch (IOException unwritable) {
      return; // nothing to lock: the start names the directory that cannot be written, where it
      // writes
    }
    switch (attempt.holder()) {
      case TAKEN -> HELD.add(attempt.channel());
      case THIS_PROCESS -> {
        // a second context in this process serves the same directory
      }
      case ANOTHER_PROCESS -> throw new DataDirectoryInUse(directory);
    }
  }

  /** Another server runs on the data directory. */
  static final class DataDirectoryInUse extends RuntimeException {
    DataDirectoryInUse(Path directory) {
      super(
          "Another Koldoo server is running on the data directory "
              + directory
              + ": two servers on one directory would share its database, which the first to"
              + " stop stops under the other, and its audit checkpoints.");
    }
  }
}
