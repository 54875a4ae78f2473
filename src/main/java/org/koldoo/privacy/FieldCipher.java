package org.koldoo.privacy;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import org.koldoo.privacy.internal.PrivacyKeys;
import org.springframework.stereotype.Component;

/**
 * Encrypts identifying fields before they reach the database: AES-256-GCM, a fresh 96-bit nonce per
 * value, the key id stored beside the ciphertext so keys can rotate, and a context (e.g. the
 * record's id) bound in as associated data so a ciphertext moved to another record fails to open.
 *
 * <p>Layout: {@code [1: version][1: key-id length][key id][12: nonce][ciphertext + 16-byte tag]}.
 */
@Component
public class FieldCipher {

  private static final byte VERSION = 1;
  private static final int NONCE_BYTES = 12;
  private static final int TAG_BITS = 128;
  private static final SecureRandom RANDOM = new SecureRandom();

  private final PrivacyKeys keys;

  public FieldCipher(PrivacyKeys keys) {
    this.keys = keys;
  }

  public byte[] encrypt(String plaintext, String context) {
    return plaintext == null ? null : seal(plaintext.getBytes(StandardCharsets.UTF_8), context);
  }

  public String decrypt(byte[] stored, String context) {
    return stored == null ? null : new String(open(stored, context), StandardCharsets.UTF_8);
  }

  /** Seals binary data such as a photo. */
  public byte[] seal(byte[] plaintext, String context) {
    if (plaintext == null) {
      return null;
    }
    try {
      String keyId = keys.activeKeyId();
      byte[] id = keyId.getBytes(StandardCharsets.US_ASCII);
      byte[] nonce = new byte[NONCE_BYTES];
      RANDOM.nextBytes(nonce);
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(
          Cipher.ENCRYPT_MODE, keys.encryptionKey(keyId), new GCMParameterSpec(TAG_BITS, nonce));
      cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
      byte[] sealed = cipher.doFinal(plaintext);
      return ByteBuffer.allocate(2 + id.length + NONCE_BYTES + sealed.length)
          .put(VERSION)
          .put((byte) id.length)
          .put(id)
          .put(nonce)
          .put(sealed)
          .array();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Encryption failed", e);
    }
  }

  /** Opens what {@link #seal} sealed. */
  public byte[] open(byte[] stored, String context) {
    if (stored == null) {
      return null;
    }
    try {
      ByteBuffer in = ByteBuffer.wrap(stored);
      if (in.get() != VERSION) {
        throw new IllegalStateException("Unknown ciphertext version");
      }
      byte[] id = new byte[in.get()];
      in.get(id);
      byte[] nonce = new byte[NONCE_BYTES];
      in.get(nonce);
      byte[] sealed = new byte[in.remaining()];
      in.get(sealed);
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(
          Cipher.DECRYPT_MODE,
          keys.encryptionKey(new String(id, StandardCharsets.US_ASCII)),
          new GCMParameterSpec(TAG_BITS, nonce));
      cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
      return cipher.doFinal(sealed);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Decryption failed: wrong key or altered data", e);
    } catch (java.nio.BufferUnderflowException | NegativeArraySizeException e) {
      throw new IllegalStateException("Decryption failed: the value is cut short", e);
    }
  }

  /**
   * The same value sealed again under the active key (after a rotation); it fails, as opening does,
   * when the value does not open under its context.
   */
  public byte[] reseal(byte[] stored, String context) {
    byte[] plain = open(stored, context);
    try {
      return seal(plain, context);
    } finally {
      java.util.Arrays.fill(plain, (byte) 0);
    }
  }

  /** The id of the key new values are sealed with. */
  public String activeKeyId() {
    return keys.activeKeyId();
  }

  /** The key id a stored value was sealed with, for re-encryption after rotation. */
  public static String keyIdOf(byte[] stored) {
    return new String(stored, 2, stored[1], StandardCharsets.US_ASCII);
  }
}
