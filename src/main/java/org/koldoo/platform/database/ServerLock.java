package org.koldoo.platform.database;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
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

  /** The channels holding locks: open, and so locked, until the process ends. */
  private static final List<FileChannel> HELD = new ArrayList<>();

  private ServerLock() {}

  /** Takes the lock of {@code dataDir} for this process, or refuses if another process holds it. */
  static synchronized void take(Path dataDir) {
    Path directory = dataDir.toAbsolutePath().normalize();
    try {
      Files.createDirectories(directory);
      FileChannel channel =
          FileChannel.open(
              directory.resolve("server.lock"),
              StandardOpenOption.CREATE,
              StandardOpenOption.WRITE);
      try {
        FileLock lock = channel.tryLock();
        if (lock == null) {
          channel.close();
          throw new DataDirectoryInUse(directory);
        }
        HELD.add(channel);
      } catch (OverlappingFileLockException thisProcess) {
        // this process serves the directory already (a second context in it); the channel stays
        // open, as closing one may let go of every lock this process holds on the file
        HELD.add(channel);
      }
    } catch (IOException unwritable) {
      // nothing to lock: the start names the directory that cannot be written, where it writes
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
