package org.koldoo.imports.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How imports are kept.
 *
 * @param keepUnfinished how long an upload that was not imported keeps its sealed file: a dry run
 *     not committed, or a commit interrupted and not finished, is discarded once it has waited this
 *     long ({@code KOLDOO_IMPORTS_KEEP_UNFINISHED}, seven days by default)
 */
@ConfigurationProperties("koldoo.imports")
record ImportProperties(@DefaultValue("P7D") Duration keepUnfinished) {

  ImportProperties {
    if (keepUnfinished.isNegative() || keepUnfinished.isZero()) {
      throw new IllegalArgumentException("koldoo.imports.keep-unfinished must be positive");
    }
  }
}
