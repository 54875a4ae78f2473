package org.koldoo.linkage.bench;

import java.util.List;
import java.util.stream.IntStream;
import org.koldoo.linkage.FieldEncodings;
import org.koldoo.privacy.clk.ClkEncoder;
import org.koldoo.privacy.clk.FieldSchema;
import org.koldoo.privacy.clk.PersonRecipe;

/** Encodes rows in parallel, as each organisation would before handing encodings over. */
final class Encode {

  private Encode() {}

  /**
   * Every row of one source; {@code source} numbers the organisation, or is -1 when each row stands
   * on its own (a file whose records say nothing of who registered them).
   */
  static FieldEncodings all(List<FebrlFile.Row> rows, FieldSchema schema, byte[] key, int source) {
    FieldEncodings encodings = new FieldEncodings(schema, rows.size(), PersonRecipe.PASSES);
    ClkEncoder encoder = new ClkEncoder(key);
    IntStream.range(0, rows.size())
        .parallel()
        .forEach(
            i -> {
              var row = rows.get(i);
              var encoded = PersonRecipe.encode(encoder, schema, row.person());
              encodings.set(
                  i, row.id(), source >= 0 ? source : i, encoded.fields(), encoded.blockingKeys());
            });
    encodings.setSize(rows.size());
    return encodings;
  }
}
