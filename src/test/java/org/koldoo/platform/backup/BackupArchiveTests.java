package org.koldoo.platform.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The sealed envelope: what goes in comes out, and any change, cut or wrong key is refused. */
class BackupArchiveTests {

  private static final BackupKey KEY =
      BackupKey.passphrase("a long enough phrase".toCharArray(), 1_000);

  private static byte[] seal(byte[] content, BackupKey key) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (OutputStream sealed = BackupArchive.seal(out, key)) {
      sealed.write(content);
    }
    return out.toByteArray();
  }

  private static byte[] open(byte[] archive, BackupKey key) throws IOException {
    return BackupArchive.open(new ByteArrayInputStream(archive), key).readAllBytes();
  }

  @Test
  void contents_of_any_size_come_back_whole_across_chunks() throws IOException {
    SplittableRandom random = new SplittableRandom(7);
    for (int size :
        new int[] {
          0, 1, BackupArchive.CHUNK - 1, BackupArchive.CHUNK, 2 * BackupArchive.CHUNK + 5
        }) {
      byte[] content = new byte[size];
      for (int i = 0; i < size; i++) {
        content[i] = (byte) random.nextInt(256);
      }
      assertThat(open(seal(content, KEY), KEY)).as("size " + size).isEqualTo(content);
    }
  }

  @Test
  void a_wrong_passphrase_a_changed_byte_or_a_cut_archive_is_refused() throws IOException {
    byte[] content = new byte[3 * BackupArchive.CHUNK / 2];
    Arrays.fill(content, (byte) 'x');
    byte[] archive = seal(content, KEY);

    assertThatThrownBy(
            () -> open(archive, BackupKey.passphrase("another long phrase".toCharArray(), 1_000)))
        .isInstanceOf(BackupUnreadable.class)
        .hasMessageContaining("passphrase");

    SplittableRandom random = new SplittableRandom(11);
    for (int i = 0; i < 20; i++) {
      byte[] changed = archive.clone();
      int at = random.nextInt(changed.length);
      changed[at] ^= (byte) (1 + random.nextInt(255));
      assertThatThrownBy(() -> open(changed, KEY)).as("byte " + at).isInstanceOf(IOException.class);
    }

    for (int cut :
        new int[] {archive.length - 1, archive.length - 20, BackupArchive.CHUNK + 100, 40}) {
      byte[] shorter = Arrays.copyOf(archive, cut);
      assertThatThrownBy(() -> open(shorter, KEY))
          .as("cut at " + cut)
          .isInstanceOf(BackupUnreadable.class);
    }

    // a first chunk alone, however sealed, is not passed off as the whole archive
    byte[] firstChunkOnly =
        Arrays.copyOf(archive, archive.length - (archive.length - headerAndFirstChunk(archive)));
    assertThatThrownBy(() -> open(firstChunkOnly, KEY)).isInstanceOf(BackupUnreadable.class);

    byte[] longer = Arrays.copyOf(archive, archive.length + 1);
    assertThatThrownBy(() -> open(longer, KEY)).isInstanceOf(BackupUnreadable.class);
    assertThatThrownBy(() -> open("not a backup at all".getBytes(), KEY))
        .isInstanceOf(BackupUnreadable.class);
  }

  /**
   * The key pair is a fixture made once for this test (openssl genpkey, RSA 3072): generating one
   * here took 4 s of the suite. It seals nothing but this test's bytes.
   */
  @Test
  void a_public_key_seals_and_only_its_private_key_opens() throws Exception {
    Path publicPem = Path.of(getClass().getResource("test-only-backup.pub").toURI());
    Path privatePem = Path.of(getClass().getResource("test-only-backup.key").toURI());
    byte[] content = "the whole database".getBytes();

    byte[] archive = seal(content, BackupKey.publicKey(publicPem));
    assertThat(open(archive, BackupKey.privateKey(privatePem))).isEqualTo(content);
    assertThatThrownBy(() -> open(archive, KEY))
        .isInstanceOf(BackupUnreadable.class)
        .hasMessageContaining("private-key");
    assertThatThrownBy(() -> BackupKey.passphrase("short".toCharArray()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("12");
  }

  @Test
  void a_passphrase_archive_is_written_with_its_rounds_600000_unless_configured() throws Exception {
    char[] phrase = "a long enough phrase".toCharArray();
    assertThat(rounds(seal(new byte[0], BackupKey.passphrase(phrase)))).isEqualTo(600_000);
    byte[] fewer = seal(new byte[0], BackupKey.passphrase(phrase, 2_345));
    assertThat(rounds(fewer)).isEqualTo(2_345);
    assertThat(open(fewer, KEY)).as("a reader takes the rounds from the header").isEmpty();
    for (int out : new int[] {0, 999, 10_000_001}) {
      assertThatThrownBy(() -> BackupKey.passphrase(phrase, out))
          .as(out + " rounds")
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("from 1000 to 10000000");
    }
  }

  /** The rounds in a passphrase archive's header: after 8 magic, version and protection, salt. */
  static int rounds(byte[] archive) {
    return java.nio.ByteBuffer.wrap(archive, 8 + 1 + 1 + 16, 4).getInt();
  }

  /** Where the first chunk ends: header (8 magic, version, protection 1+16+4, 8 prefix) and it. */
  private static int headerAndFirstChunk(byte[] archive) {
    int header = 8 + 1 + 1 + 16 + 4 + 8;
    int length =
        ((archive[header] & 0xFF) << 24)
            | ((archive[header + 1] & 0xFF) << 16)
            | ((archive[header + 2] & 0xFF) << 8)
            | (archive[header + 3] & 0xFF);
    return header + 4 + length;
  }
}
