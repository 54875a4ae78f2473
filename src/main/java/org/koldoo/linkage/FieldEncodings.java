package org.koldoo.linkage;

import org.koldoo.privacy.clk.FieldSchema;

/**
 * A set of encoded records held column-wise for speed: each record's field words one after another
 * in one array (laid out by the run's {@link FieldSchema}), the organisation that registered it,
 * and its keyed blocking keys (one per pass; {@link #MISSING} where the pass could not be formed).
 * Nothing here can be turned back into a name.
 */
public final class FieldEncodings {

  public static final long MISSING = Long.MIN_VALUE;

  private final FieldSchema schema;
  private final int stride;
  private final String[] ids;
  private final int[] sources;
  private final long[] words;
  private final long[][] blocking;
  private int size;

  public FieldEncodings(FieldSchema schema, int capacity, int passes) {
    this.schema = schema;
    this.stride = schema.words();
    ids = new String[capacity];
    sources = new int[capacity];
    words = new long[capacity * stride];
    blocking = new long[passes][capacity];
  }

  /**
   * Fills slot {@code index} (parallel encoders each own a range of slots).
   *
   * @param source the registering organisation, as a number; records of one source registered apart
   *     are held to a stricter rule
   */
  public void set(int index, String id, int source, long[] fields, long[] keys) {
    if (fields.length != stride) {
      throw new IllegalArgumentException("fields do not follow the schema");
    }
    ids[index] = id;
    sources[index] = source;
    System.arraycopy(fields, 0, words, index * stride, stride);
    for (int p = 0; p < blocking.length; p++) {
      blocking[p][index] = keys[p];
    }
  }

  /** Writes a record's words in place and returns its blocking keys. */
  @FunctionalInterface
  public interface Writer {
    long[] write(long[] words, int offset);
  }

  /** Fills slot {@code index} by writing the record's words in place (no copy). */
  public void set(int index, String id, int source, Writer writer) {
    ids[index] = id;
    sources[index] = source;
    long[] keys = writer.write(words, index * stride);
    for (int p = 0; p < blocking.length; p++) {
      blocking[p][index] = keys[p];
    }
  }

  public void setSize(int size) {
    this.size = size;
  }

  public int size() {
    return size;
  }

  public FieldSchema schema() {
    return schema;
  }

  public int passes() {
    return blocking.length;
  }

  public String id(int index) {
    return ids[index];
  }

  public int source(int index) {
    return sources[index];
  }

  public long key(int pass, int index) {
    return blocking[pass][index];
  }

  long[] words() {
    return words;
  }

  int offset(int index) {
    return index * stride;
  }
}
