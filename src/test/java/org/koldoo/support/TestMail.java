package org.koldoo.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;

/**
 * One real SMTP server (GreenMail) for the whole test JVM, which the application sends its notices
 * to; tests read what arrived.
 */
public final class TestMail {

  private static GreenMail server;
  private static int port;

  private TestMail() {}

  public static synchronized int port() {
    if (server == null) {
      try {
        port = TestDatabase.freePort();
      } catch (IOException e) {
        throw new IllegalStateException("No free port for the test SMTP server", e);
      }
      server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
      server.start();
    } else if (stopped) {
      server.start();
      stopped = false;
    }
    return port;
  }

  /**
   * Stops the server, as an SMTP server that is away; the next use starts it again on the same
   * port, without the messages received before.
   */
  public static synchronized void stop() {
    port(); // the port stays this server's
    server.stop();
    server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    stopped = true;
  }

  private static boolean stopped;

  /** Every message received so far, by whoever it was sent to. */
  public static synchronized List<MimeMessage> received() {
    port();
    return Arrays.asList(server.getReceivedMessages());
  }

  /** The messages received for one address. */
  public static List<MimeMessage> to(String address) {
    return received().stream()
        .filter(
            m -> {
              try {
                return Arrays.stream(m.getAllRecipients())
                    .anyMatch(a -> a.toString().equalsIgnoreCase(address));
              } catch (jakarta.mail.MessagingException e) {
                return false;
              }
            })
        .toList();
  }

  /** The messages for one address once {@code count} have arrived, or after five seconds. */
  public static List<MimeMessage> awaitTo(String address, int count) throws InterruptedException {
    long until = System.nanoTime() + 5_000_000_000L;
    List<MimeMessage> arrived = to(address);
    while (arrived.size() < count && System.nanoTime() < until) {
      Thread.sleep(20);
      arrived = to(address);
    }
    return arrived;
  }

  public static void register(org.springframework.test.context.DynamicPropertyRegistry registry) {
    registry.add("spring.mail.host", () -> "127.0.0.1");
    registry.add("spring.mail.port", TestMail::port);
  }
}
