package org.koldoo.statistics.internal;

import static org.koldoo.statistics.internal.CtdcRecord.HEADER;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.sql.Date;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.koldoo.statistics.Period;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The HTCDS / CTDC person-level export: one row per person identified as a victim in the period
 * (first decision, persons counted once as in the report), in CTDC's 63 published columns and
 * CTDC's codes (unknown is empty), made k-anonymous (k ≥ {@value #CtdcAnonymiser.K}) over its
 * quasi-identifiers — by generalising them one level at a time in CTDC's own terms and, only for
 * what is still too rare, leaving records out.
 *
 * <p>The quasi-identifiers are every written column that is not a sensitive attribute (means of
 * control, forms and types of exploitation, recruiter relation, and their concatenated texts):
 * year, data source, gender, age band, majority status now and at exploitation, citizenship,
 * countries of exploitation — and any column added later, unless it is declared sensitive. So a
 * column derived from a quasi-identifier (majority status from age) can never stay behind when its
 * source is generalised away unnoticed. See ADR 0005.
 */
@Component
class Ctdc {

  private final JdbcClient jdbc;
  private final ReportEngine engine;

  private final String home;

  Ctdc(
      JdbcClient jdbc,
      ReportEngine engine,
      @org.springframework.beans.factory.annotation.Value("${koldoo.statistics.country-iso2:KG}")
          String home) {
    this.jdbc = jdbc;
    this.engine = engine;
    this.home = home;
  }

  record Export(String csv, int suppressed, int generalisation) {}

  /** The separator: CTDC's own files use {@code ;}; {@code ,} on request. */
  enum Separator {
    SEMICOLON(';'),
    COMMA(',');

    final char character;

    Separator(char character) {
      this.character = character;
    }
  }

  Export export(Period period, Separator separator) {
    List<Map<String, String>> records = engine.analytic(() -> persons(period));
    CtdcAnonymiser.Anonymised result = CtdcAnonymiser.anonymise(records, CtdcAnonymiser.K, home);
    return new Export(write(result.records(), separator), result.suppressed(), result.level());
  }

  private List<Map<String, String>> persons(Period period) {
    return jdbc.sql(
            """
            with person as (%s)
            select extract(year from f.decided_on)::int as year, v.sex, v.age, v.child,
                   nullif(v.citizenship, '') as citizenship, f.countries_of_exploitation,
                   f.exploitation_types, f.sectors, f.sexual_exploitation_types,
                   f.means_of_control, f.recruiter_relation, f.recruitment_methods
              from (%s) f
              join facts_victim_case v on v.case_id = f.case_id
             where f.decided_on between :from and :to
            """
                .formatted(Bases.PERSON, Bases.FIRST_IDENTIFICATIONS))
        .param("from", Date.valueOf(period.from()))
        .param("to", Date.valueOf(period.to()))
        .query(
            (rs, i) -> {
              Integer age = (Integer) rs.getObject("age");
              return CtdcRecord.row(
                  rs.getInt("year"),
                  rs.getString("sex"),
                  age,
                  rs.getBoolean("child"),
                  rs.getString("citizenship"),
                  rs.getString("countries_of_exploitation"),
                  CtdcRecord.set(rs.getString("exploitation_types")),
                  CtdcRecord.set(rs.getString("sectors")),
                  CtdcRecord.set(rs.getString("sexual_exploitation_types")),
                  CtdcRecord.set(rs.getString("means_of_control")),
                  rs.getString("recruiter_relation"),
                  CtdcRecord.set(rs.getString("recruitment_methods")));
            })
        .list();
  }

  static String write(List<Map<String, String>> records, Separator separator) {
    StringWriter out = new StringWriter();
    try (CSVPrinter csv =
        new CSVPrinter(
            out,
            CSVFormat.DEFAULT
                .builder()
                .setDelimiter(separator.character)
                .setHeader(HEADER.toArray(String[]::new))
                .get())) {
      for (Map<String, String> r : records) {
        csv.printRecord(HEADER.stream().map(r::get).toList());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }
}
