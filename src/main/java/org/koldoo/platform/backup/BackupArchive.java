package org.koldoo.platform.backup;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The sealed envelope of a backup: a header saying how the data key is protected, then the content
 * in chunks of at most 1 MiB, each sealed with AES-256-GCM under that key. A chunk's associated
 * data binds the header, its position and whether it is the last, so chunks cannot be reordered,
 * dropped or cut off without the archive refusing to open.
 *
 * <p>Layout: {@code "KOLDOOBK" [1: version] [protection, see BackupKey] [8: nonce prefix]} then
 * chunks {@code [4: sealed length][sealed chunk]}; a chunk's nonce is the prefix and its 4-byte
 * index. The data key is new for every archive (a random salt or a random key), so nonces never
 * repeat under one key.
 */
public final class BackupArchive {

  static final byte[] MAGIC = "KOLDOOBK".getBytes(StandardCharsets.US_ASCII);
  static final byte VERSION = 1;
  static final int CHUNK = 1 << 20;
  private static final int TAG_BITS = 128;
  private static final int TAG_BYTES = TAG_BITS / 8;
  private static final SecureRandom RANDOM = new SecureRandom();

  private BackupArchive() {}

  /**
   * A stream that seals what is written to it into {@code out}; closing it writes the last chunk.
   */
  public static OutputStream seal(OutputStream out, BackupKey key) throws IOException {
    ByteArrayOutputStream header = new ByteArrayOutputStream();
    DataOutputStream h = new DataOutputStream(header);
    h.write(MAGIC);
    h.writeByte(VERSION);
    BackupKey.Sealing sealing = key.forSealing(h);
    byte[] prefix = new byte[8];
    RANDOM.nextBytes(prefix);
    h.write(prefix);
    h.flush();
    byte[] headerBytes = header.toByteArray();
    out.write(headerBytes);
    return new Sealing(out, sealing.dataKey(), headerBytes, prefix);
  }

  /**
   * A stream of the content sealed in {@code in}; it fails with {@link BackupUnreadable} on a wrong
   * passphrase or key, a changed byte, or an archive cut short.
   */
  public static InputStream open(InputStream in, BackupKey key) throws IOException {
    ByteArrayOutputStream header = new ByteArrayOutputStream();
    DataInputStream d = new DataInputStream(in);
    byte[] magic = new byte[MAGIC.length];
    try {
      d.readFully(magic);
    } catch (EOFException e) {
      throw new BackupUnreadable("this is not a Koldoo backup (too short)");
    }
    if (!Arrays.equals(magic, MAGIC)) {
      throw new BackupUnreadable("this is not a Koldoo backup");
    }
    int version = d.readUnsignedByte();
    if (version != VERSION) {
      throw new BackupUnreadable("backup format " + version + " is not known to this version");
    }
    header.write(magic);
    header.write(version);
    SecretKey dataKey = key.forOpening(d, header);
    byte[] prefix = new byte[8];
    d.readFully(prefix);
    header.write(prefix);
    return new Opening(d, dataKey, header.toByteArray(), prefix);
  }

  private static Cipher cipher(int mode, SecretKey key, byte[] prefix, long index, byte[] aad)
      throws GeneralSecurityException {
    if (index > 0xFFFF_FFFFL) {
      throw new GeneralSecurityException("backup too large for one archive");
    }
    byte[] nonce = ByteBuffer.allocate(12).put(prefix).putInt((int) index).array();
    Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
    cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
    cipher.updateAAD(aad);
    return cipher;
  }

  private static byte[] aad(byte[] header, long index, boolean last) {
    return ByteBuffer.allocate(header.length + 9)
        .put(header)
        .putLong(index)
        .put((byte) (last ? 1 : 0))
        .array();
  }

  private static final class Sealing extends OutputStream {
    private final DataOutputStream out;
    private final SecretKey key;
    private final byte[] header;
    private final byte[] prefix;
    private final byte[] buffer = new byte[CHUNK];
    private int filled;
    private long index;
    private boolean closed;

    Sealing(OutputStream out, SecretKey key, byte[] header, byte[] prefix) {
      this.out = new DataOutputStream(out);
      this.key = key;
      this.header = header;
      this.prefix = prefix;
    }

    @Override
    public void write(int b) throws IOException {
      if (filled == buffer.length) {
        chunk(false);
      }
      buffer[filled++] = (byte) b;
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
      while (length > 0) {
        if (filled == buffer.length) {
          chunk(false);
        }
        int n = Math.min(length, buffer.length - filled);
        System.arraycopy(bytes, offset, buffer, filled, n);
        filled += n;
        offset += n;
        length -= n;
      }
    }

    private void chunk(boolean last) throws IOException {
      try {
        byte[] sealed =
            cipher(Cipher.ENCRYPT_MODE, key, prefix, index, aad(header, index, last))
                .doFinal(buffer, 0, filled);
        out.writeInt(sealed.length);
        out.write(sealed);
        index++;
        filled = 0;
      } catch (GeneralSecurityException e) {
        throw new IOException("sealing the backup failed", e);
      }
    }

    @Override
    public void flush() throws IOException {
      out.flush();
    }

    @Override
    public void close() throws IOException {
      if (closed) {
        return;
      }
      closed = true;
      chunk(true);
      Arrays.fill(buffer, (byte) 0);
      out.close();
    }
  }

  private static final class Opening extends InputStream {
    private final DataInputStream in;
    private final SecretKey key;
    private final byte[] header;
    private final byte[] prefix;
    private byte[] plain = new byte[0];
    private int position;
    private long index;
    private boolean ended;

    Opening(DataInputStream in, SecretKey key, byte[] header, byte[] prefix) {
      this.in = in;
      this.key = key;
      this.header = header;
      this.prefix = prefix;
    }

    @Override
    public int read() throws IOException {
      if (!fill()) {
        return -1;
      }
      return plain[position++] & 0xFF;
    }

    @Override
    public int read(byte[] bytes, int offset, int length) throws IOException {
      if (length == 0) {
        return 0;
      }
      if (!fill()) {
        return -1;
      }
      int n = Math.min(length, plain.length - position);
      System.arraycopy(plain, position, bytes, offset, n);
      position += n;
      return n;
    }

    /** Opens chunks until one has bytes left or the last was read. */
    private boolean fill() throws IOException {
      while (position == plain.length) {
        if (ended) {
          return false;
        }
        int length;
        try {
          length = in.readInt();
        } catch (EOFException e) {
          throw new BackupUnreadable("the backup is cut short: its last part is missing");
        }
        if (length < TAG_BYTES || length > CHUNK + TAG_BYTES) {
          throw new BackupUnreadable("the backup is damaged (chunk " + index + ")");
        }
        byte[] sealed = new byte[length];
        try {
          in.readFully(sealed);
        } catch (EOFException e) {
          throw new BackupUnreadable("the backup is cut short: its last part is missing");
        }
        plain = open(sealed);
        position = 0;
        index++;
      }
      return true;
    }

    /** A chunk is either a middle one or the last; whichever its tag admits. */
    private byte[] open(byte[] sealed) throws IOException {
      for (boolean last : new boolean[] {false, true}) {
        try {
          byte[] opened =
              cipher(Cipher.DECRYPT_MODE, key, prefix, index, aad(header, index, last))
                  .doFinal(sealed);
          if (last) {
            ended = true;
            if (in.read() != -1) {
              throw new BackupUnreadable("the backup has bytes after its end");
            }
          }
          return opened;
        } catch (AEADBadTagException e) {
          // try the other reading; both failing means a wrong key or a changed byte
        } catch (GeneralSecurityException e) {
          throw new IOException("opening the backup failed", e);
        }
      }
      throw new BackupUnreadable(
          index == 0
              ? "the backup does not open with this passphrase or key"
              : "the backup is damaged (chunk " + index + " was changed)");
    }

    @Override
    public void close() throws IOException {
      in.close();
    }
  }

  /** An archive key from raw bytes, for the key protections. */
  static SecretKey aes(byte[] bytes) {
    return new SecretKeySpec(bytes, "AES");
  }
}
