package org.koldoo.justice.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** An article's number as the registers write it, in each language. */
class ArticleNumberTests {

  @Test
  void the_number_is_read_from_every_way_of_writing_it() {
    for (String written :
        new String[] {
          "171",
          " 171 ",
          "ст. 171",
          "Ст.171",
          "статья 171",
          "Art. 171",
          "art 171",
          "171-берене",
          "171 берене"
        }) {
      assertThat(JusticeImports.articleNumber(written)).as(written).isEqualTo("171");
    }
    assertThat(JusticeImports.articleNumber("166-1")).isEqualTo("166-1");
  }
}
