package org.koldoo.linkage.bench;

import java.util.List;
import java.util.stream.IntStream;
import org.koldoo.linkage.Encodings;
import org.koldoo.privacy.clk.ClkEncoder;
import org.koldoo.privacy.clk.PersonRecipe;

/** Encodes rows in parallel, as each organisation would before handing encodings over. */
final class Encode {

  private Encode() {}

  static Encodings all(List<FebrlFile.Row> rows, byte[] key) {
    Encodings encodings = new Encodings(rows.size(), PersonRecipe.PASSES);
    ThreadLocal<ClkEncoder> encoders = ThreadLocal.withInitial(() -> new ClkEncoder(key));
    IntStream.range(0, rows.size())
        .parallel()
        .forEach(
            i -> {
              var row = rows.get(i);
              var encoded = PersonRecipe.encode(encoders.get(), row.person());
              encodings.set(i, row.id(), encoded.filter(), encoded.blockingKeys());
            });
    encodings.setSize(rows.size());
    return encodings;
  }
}
