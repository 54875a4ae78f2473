package org.koldoo.platform.backup;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.koldoo.platform.cli.KoldooCommand;

/**
 * The options of {@code backup} and {@code restore}: the archive, and what seals or opens it — a
 * passphrase from {@code --passphrase-file FILE} or the environment variable {@code
 * KOLDOO_BACKUP_PASSPHRASE}, or an RSA key ({@code --public-key} to write, {@code --private-key} to
 * read). A passphrase is never taken on the command line, where other users of the machine see it.
 */
public final class BackupArguments {

  private BackupArguments() {}

  /**
   * The key that seals ({@code rsaOption} {@code --public-key}) or opens ({@code --private-key}).
   */
  public static BackupKey key(List<String> arguments, String rsaOption) throws IOException {
    return key(arguments, rsaOption, BackupKey.ROUNDS);
  }

  /** The same, a passphrase writing archives with {@code rounds} rounds of PBKDF2. */
  public static BackupKey key(List<String> arguments, String rsaOption, int rounds)
      throws IOException {
    Optional<String> rsa = KoldooCommand.option(arguments, rsaOption);
    if (rsa.isPresent()) {
      return rsaOption.equals("--public-key")
          ? BackupKey.publicKey(Path.of(rsa.get()))
          : BackupKey.privateKey(Path.of(rsa.get()));
    }
    Optional<String> file = KoldooCommand.option(arguments, "--passphrase-file");
    String passphrase;
    if (file.isPresent()) {
      passphrase = Files.readString(Path.of(file.get()), StandardCharsets.UTF_8).strip();
    } else {
      passphrase = System.getenv("KOLDOO_BACKUP_PASSPHRASE");
    }
    if (passphrase == null || passphrase.isBlank()) {
      throw new IllegalArgumentException(
          "give a passphrase (--passphrase-file FILE or KOLDOO_BACKUP_PASSPHRASE) or "
              + rsaOption
              + " FILE");
    }
    return BackupKey.passphrase(passphrase.toCharArray(), rounds);
  }
}
