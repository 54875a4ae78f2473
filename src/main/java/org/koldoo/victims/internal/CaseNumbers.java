package org.koldoo.victims.internal;

import java.security.SecureRandom;
import java.util.List;
import java.util.UUID;
import org.koldoo.organisations.Organisations;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Human-readable case numbers, {@code <ORGANISATION CODE>-<YEAR>-<NNNN>} counted per organisation
 * and year, and pseudonyms that reveal nothing ({@code V-} and eight random letters and digits).
 */
@Component
class CaseNumbers {

  private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
  private static final SecureRandom RANDOM = new SecureRandom();

  private final JdbcClient jdbc;
  private final Organisations organisations;

  CaseNumbers(JdbcClient jdbc, Organisations organisations) {
    this.jdbc = jdbc;
    this.organisations = organisations;
  }

  String next(UUID organisation, int year) {
    int number =
        jdbc.sql(
                """
                insert into victim_case_counter (organisation_id, year, last_number)
                values (:o, :y, 1)
                on conflict (organisation_id, year)
                do update set last_number = victim_case_counter.last_number + 1
                returning last_number
                """)
            .param("o", organisation)
            .param("y", year)
            .query(Integer.class)
            .single();
    String code = organisations.find(organisation).map(o -> o.code()).orElse("ORG");
    return String.format("%s-%d-%04d", code, year, number);
  }

  /** {@code count} numbers of one organisation and year at once, in order, for a batch. */
  List<String> reserve(UUID organisation, int year, int count) {
    int last =
        jdbc.sql(
                """
                insert into victim_case_counter (organisation_id, year, last_number)
                values (:o, :y, :n)
                on conflict (organisation_id, year)
                do update set last_number = victim_case_counter.last_number + :n
                returning last_number
                """)
            .param("o", organisation)
            .param("y", year)
            .param("n", count)
            .query(Integer.class)
            .single();
    String code = organisations.find(organisation).map(o -> o.code()).orElse("ORG");
    List<String> reserved = new java.util.ArrayList<>(count);
    for (int number = last - count + 1; number <= last; number++) {
      reserved.add(String.format("%s-%d-%04d", code, year, number));
    }
    return reserved;
  }

  String pseudonym() {
    StringBuilder out = new StringBuilder("V-");
    for (int i = 0; i < 8; i++) {
      out.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
    }
    return out.toString();
  }
}
