package org.koldoo.statistics.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * k-anonymity over the columns written: every column not declared sensitive is a quasi-identifier;
 * they are generalised one level at a time in CTDC's own terms, and only what stays rarer than k is
 * left out.
 */
final class CtdcAnonymiser {
  private CtdcAnonymiser() {}

  static final int K = 11;

  /**
   * Columns that carry what happened to a person, not who they are: never generalised. The
   * concatenated columns and {@code RecruiterRelationship} repeat sensitive flags as text.
   */
  static final List<String> SENSITIVE_PREFIXES =
      List.of("meansOfControl", "is", "typeOf", "recruiterRelation", "RecruiterRelationship");

  static boolean sensitive(String column) {
    return SENSITIVE_PREFIXES.stream().anyMatch(column::startsWith);
  }

  /** The quasi-identifiers: every written column that is not sensitive, in output order. */
  static final List<String> QUASI_IDENTIFIERS =
      CtdcRecord.HEADER.stream().filter(c -> !sensitive(c)).toList();

  record Anonymised(List<Map<String, String>> records, int suppressed, int level) {}

  /**
   * Generalisation steps, each coarser than the one before, each in CTDC's own terms: the age band
   * gives way to the majority status CTDC publishes beside it; a country other than the home
   * country becomes not reported (empty); then majority status too.
   */
  private static List<Function<Map<String, String>, Map<String, String>>> levels(String home) {
    return List.of(
        r -> r,
        r -> with(r, "ageBroad", ""),
        r ->
            with(
                with(r, "citizenship", homeOrNone(r.get("citizenship"), home)),
                "CountryOfExploitation",
                homeOrNone(r.get("CountryOfExploitation"), home)),
        r -> with(with(r, "majorityStatus", ""), "majorityStatusAtExploit", ""));
  }

  private static Map<String, String> with(Map<String, String> r, String key, String value) {
    Map<String, String> copy = new LinkedHashMap<>(r);
    copy.put(key, value);
    return copy;
  }

  /** The home country stays; any other country (or list of them) is not reported. */
  private static String homeOrNone(String country, String home) {
    return country.equals(home) ? country : "";
  }

  /**
   * The least generalisation that leaves out at most a tenth of the records (else the one that
   * leaves out fewest), then the records whose quasi-identifier combination is still rarer than
   * {@code k} are left out.
   */
  static Anonymised anonymise(List<Map<String, String>> records, int k) {
    return anonymise(records, k, "KG");
  }

  static Anonymised anonymise(List<Map<String, String>> records, int k, String home) {
    List<Function<Map<String, String>, Map<String, String>>> levels = levels(home);
    Anonymised best = null;
    List<Map<String, String>> current = records;
    for (int level = 0; level < levels.size(); level++) {
      if (level > 0) {
        current = current.stream().map(levels.get(level)).toList();
      }
      Anonymised candidate = suppress(current, k, level);
      if (best == null || candidate.suppressed() < best.suppressed()) {
        best = candidate;
      }
      if (candidate.suppressed() * 10 <= records.size()) {
        return candidate;
      }
    }
    return best;
  }

  static Anonymised suppress(List<Map<String, String>> records, int k, int level) {
    Map<List<String>, Integer> classes = new HashMap<>();
    for (Map<String, String> r : records) {
      classes.merge(key(r), 1, Integer::sum);
    }
    List<Map<String, String>> kept = new ArrayList<>();
    for (Map<String, String> r : records) {
      if (classes.get(key(r)) >= k) {
        kept.add(r);
      }
    }
    return new Anonymised(kept, records.size() - kept.size(), level);
  }

  static List<String> key(Map<String, String> r) {
    return QUASI_IDENTIFIERS.stream().map(r::get).toList();
  }
}
