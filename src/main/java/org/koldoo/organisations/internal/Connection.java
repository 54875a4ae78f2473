package org.koldoo.organisations.internal;

import java.util.Locale;

/** One keep-alive HTTP/1.1 connection: GET with an optional bearer, body read and dropped. */
final class Connection {
  private final java.net.Socket socket;
  private final java.io.OutputStream out;
  private final java.io.InputStream in;
  boolean closedByServer;

  Connection(int port) throws java.io.IOException {
    socket = new java.net.Socket("127.0.0.1", port);
    socket.setTcpNoDelay(true);
    socket.setSoTimeout(30_000);
    out = new java.io.BufferedOutputStream(socket.getOutputStream());
    in = new java.io.BufferedInputStream(socket.getInputStream(), 1 << 16);
  }

  int get(String path, String bearer) throws java.io.IOException {
    String request =
        "GET "
            + path
            + " HTTP/1.1\r\nHost: localhost\r\nAccept: application/json\r\n"
            + (bearer == null ? "" : "Authorization: " + bearer + "\r\n")
            + "\r\n";
    out.write(request.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    out.flush();
    String status = line();
    int code = Integer.parseInt(status.substring(9, 12));
    long length = -1;
    boolean chunked = false;
    boolean close = false;
    for (String header = line(); !header.isEmpty(); header = line()) {
      String lower = header.toLowerCase(Locale.ROOT);
      if (lower.startsWith("content-length:")) {
        length = Long.parseLong(lower.substring(15).strip());
      } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
        chunked = true;
      } else if (lower.startsWith("connection:") && lower.contains("close")) {
        close = true;
      }
    }
    if (chunked) {
      for (long size = Long.parseLong(line().split(";")[0].strip(), 16);
          size > 0;
          size = Long.parseLong(line().split(";")[0].strip(), 16)) {
        skip(size);
        line();
      }
      line();
    } else if (length > 0) {
      skip(length);
    }
    closedByServer = close;
    return code;
  }

  private void skip(long bytes) throws java.io.IOException {
    long left = bytes;
    while (left > 0) {
      long skipped = in.skip(left);
      if (skipped <= 0) {
        if (in.read() < 0) {
          throw new java.io.EOFException();
        }
        skipped = 1;
      }
      left -= skipped;
    }
  }

  private String line() throws java.io.IOException {
    StringBuilder line = new StringBuilder();
    for (int b = in.read(); b != '\n'; b = in.read()) {
      if (b < 0) {
        throw new java.io.EOFException();
      }
      if (b != '\r') {
        line.append((char) b);
      }
    }
    return line.toString();
  }

  void close() {
    try {
      socket.close();
    } catch (java.io.IOException e) {
      // closing anyway
    }
  }
}
