package org.koldoo.platform.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A command's one line of JSON: fields in order, texts escaped, measurements rounded. */
class JsonTests {

  @Test
  void fields_keep_their_order_texts_are_escaped_and_numbers_rounded() {
    assertThat(
            Json.write(
                Json.object(
                    "error",
                    "a \"quoted\" path\\x",
                    "seconds",
                    Json.fixed(1.23456, 3),
                    "ratio",
                    Json.fixed(Double.NaN, 2),
                    "count",
                    7)))
        .isEqualTo(
            """
            {"error":"a \\"quoted\\" path\\\\x","seconds":1.235,"ratio":null,"count":7}""");
  }
}
