package org.koldoo.platform.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.mock.env.MockEnvironment;

/**
 * A second server on a data directory another process serves is refused in one sentence; the same
 * process may start again on it (another context), and a directory freed by a server that ended,
 * however it ended, is taken.
 */
class ServerLockTests {

  /** Holds a data directory's lock as a server would, until it is killed. */
  public static final class Holder {
    public static void main(String[] args) throws Exception {
      FileChannel channel =
          FileChannel.open(
              Path.of(args[0]).resolve("server.lock"),
              StandardOpenOption.CREATE,
              StandardOpenOption.WRITE);
      channel.lock();
      System.out.println("held");
      System.out.flush();
      Thread.sleep(120_000);
    }
  }

  @Test
  void a_directory_another_process_serves_is_refused_and_taken_once_it_has_ended(@TempDir Path dir)
      throws Exception {
    Path data = dir.resolve("data");
    Files.createDirectories(data);
    Process other = org.koldoo.support.TestProcess.running(Holder.class, data.toString()).start();
    try {
      assertThat(new String(other.getInputStream().readNBytes(4))).isEqualTo("held");
      assertThatThrownBy(() -> ServerLock.take(data))
          .isInstanceOf(ServerLock.DataDirectoryInUse.class)
          .hasMessageContaining(data.toString());
      FailureAnalysis analysis =
          new DatabaseFailureAnalyzer(new MockEnvironment()).analyze(catchRefusal(data));
      assertThat(analysis.getDescription()).startsWith("Another Koldoo server is running on");
      assertThat(analysis.getAction()).contains("KOLDOO_DATA_DIR");
    } finally {
      other.destroyForcibly();
      other.waitFor(30, TimeUnit.SECONDS);
    }
    ServerLock.take(data); // the other ended: the lock went with it
    ServerLock.take(data); // and this process may start again on its own directory
  }

  private static Throwable catchRefusal(Path data) {
    try {
      ServerLock.take(data);
      return null;
    } catch (ServerLock.DataDirectoryInUse refused) {
      return new IllegalStateException("start failed", refused);
    }
  }
}
