package org.koldoo.statistics.internal;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.sql.Date;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.koldoo.statistics.Period;
import org.koldoo.victims.MeansOfControl;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The HTCDS / CTDC person-level export: one row per person identified as a victim in the period
 * (first decision, persons counted once as in the report), CTDC's column names and vocabulary, made
 * k-anonymous (k ≥ {@value #K}) over its quasi-identifiers — by generalising them one level at a
 * time and, only for what is still too rare, leaving records out.
 *
 * <p>The quasi-identifiers are every written column that is not a sensitive attribute (means of
 * control, forms and types of exploitation, recruiter relation): year, gender, age band, majority
 * status, citizenship, country of exploitation — and any column added later, unless it is declared
 * sensitive. So a column derived from a quasi-identifier (majority status from age) can never stay
 * behind when its source is generalised away.
 */
@Component
class Ctdc {

  static final int K = 11;

  /** Columns that carry what happened to a person, not who they are: never generalised. */
  static final List<String> SENSITIVE_PREFIXES =
      List.of("meansOfControl", "is", "typeOf", "recruiterRelation");

  static boolean sensitive(String column) {
    return SENSITIVE_PREFIXES.stream().anyMatch(column::startsWith);
  }

  private static final Map<String, String> LABOUR =
      Map.ofEntries(
          Map.entry("AGRICULTURE", "Agriculture"),
          Map.entry("ANIMAL_HUSBANDRY", "Agriculture"),
          Map.entry("FISHING", "Aquafarming"),
          Map.entry("BEGGING", "Begging"),
          Map.entry("CONSTRUCTION", "Construction"),
          Map.entry("DOMESTIC_WORK", "DomesticWork"),
          Map.entry("CHILDCARE", "DomesticWork"),
          Map.entry("HOSPITALITY", "Hospitality"),
          Map.entry("DRUG_SMUGGLING", "IllicitActivities"),
          Map.entry("MANUFACTURING", "Manufacturing"),
          Map.entry("TEXTILES_AND_GARMENTS", "Manufacturing"),
          Map.entry("MINING", "MiningOrDrilling"),
          Map.entry("ARMED_GROUPS", "Other"),
          Map.entry("OTHER", "Other"));
  private static final List<String> LABOUR_COLUMNS =
      List.of(
          "Agriculture",
          "Aquafarming",
          "Begging",
          "Construction",
          "DomesticWork",
          "Hospitality",
          "IllicitActivities",
          "Manufacturing",
          "MiningOrDrilling",
          "Other",
          "NotSpecified");
  private static final Map<String, String> SEX_TYPES =
      Map.of(
          "PROSTITUTION", "Prostitution",
          "PORNOGRAPHY", "Pornography",
          "REMOTE_OR_WEBCAM", "RemoteInteractiveServices",
          "SEXUAL_SERVITUDE", "PrivateSexualServices");
  private static final List<String> SEX_COLUMNS =
      List.of("Prostitution", "Pornography", "RemoteInteractiveServices", "PrivateSexualServices");
  private static final Map<String, String> RECRUITER =
      Map.of(
          "INTIMATE_PARTNER", "IntimatePartner",
          "FRIEND_OR_ACQUAINTANCE", "Friend",
          "FAMILY_MEMBER", "Family",
          "EMPLOYER", "Other",
          "RECRUITMENT_AGENCY", "Other",
          "STRANGER", "Other",
          "OTHER", "Other");
  private static final List<String> RECRUITER_COLUMNS =
      List.of("IntimatePartner", "Friend", "Family", "Other", "Unknown");

  static final List<String> HEADER = header();

  private final JdbcClient jdbc;
  private final ReportEngine engine;

  Ctdc(JdbcClient jdbc, ReportEngine engine) {
    this.jdbc = jdbc;
    this.engine = engine;
  }

  record Export(String csv, int suppressed, int generalisation) {}

  /** The quasi-identifiers: every written column that is not sensitive, in output order. */
  static final List<String> QUASI_IDENTIFIERS = HEADER.stream().filter(c -> !sensitive(c)).toList();

  private static List<String> header() {
    List<String> h = new ArrayList<>(List.of("yearOfRegistration", "gender", "ageBroad"));
    h.add("majorityStatus");
    h.add("citizenship");
    for (MeansOfControl m : MeansOfControl.values()) {
      h.add("meansOfControl" + camel(m.name()));
    }
    h.add("meansOfControlNotSpecified");
    h.addAll(
        List.of(
            "isForcedLabour",
            "isSexualExploit",
            "isOtherExploit",
            "isSexAndLabour",
            "isForcedMarriage",
            "isForcedMilitary",
            "isOrganRemoval",
            "isSlaveryAndPractices"));
    LABOUR_COLUMNS.forEach(c -> h.add("typeOfLabour" + c));
    SEX_COLUMNS.forEach(c -> h.add("typeOfSex" + c));
    RECRUITER_COLUMNS.forEach(c -> h.add("recruiterRelation" + c));
    h.add("CountryOfExploitation");
    return List.copyOf(h);
  }

  static String camel(String upperSnake) {
    StringBuilder s = new StringBuilder();
    for (String part : upperSnake.toLowerCase().split("_")) {
      s.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
    }
    return s.toString();
  }

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
    Anonymised result = anonymise(records, K);
    return new Export(write(result.records(), separator), result.suppressed(), result.level());
  }

  private List<Map<String, String>> persons(Period period) {
    return jdbc.sql(
            "with person as ("
                + Bases.PERSON
                + ") select extract(year from f.decided_on)::int as year, v.sex, v.age, v.child,"
                + " nullif(v.citizenship, '') as citizenship, f.countries_of_exploitation,"
                + " f.exploitation_types, f.sectors, f.sexual_exploitation_types,"
                + " f.means_of_control, f.recruiter_relation"
                + " from ("
                + Bases.FIRST_IDENTIFICATIONS
                + ") f"
                + " join facts_victim_case v on v.case_id = f.case_id"
                + " where f.decided_on between :from and :to")
        .param("from", Date.valueOf(period.from()))
        .param("to", Date.valueOf(period.to()))
        .query(
            (rs, i) -> {
              Integer age = (Integer) rs.getObject("age");
              return row(
                  rs.getInt("year"),
                  rs.getString("sex"),
                  age,
                  rs.getBoolean("child"),
                  rs.getString("citizenship"),
                  rs.getString("countries_of_exploitation"),
                  set(rs.getString("exploitation_types")),
                  set(rs.getString("sectors")),
                  set(rs.getString("sexual_exploitation_types")),
                  set(rs.getString("means_of_control")),
                  rs.getString("recruiter_relation"));
            })
        .list();
  }

  /** A stored code list ("A,B"); a code written twice counts once. */
  static Set<String> set(String csv) {
    return csv == null || csv.isBlank()
        ? Set.of()
        : Set.copyOf(java.util.Arrays.asList(csv.split(",")));
  }

  static Map<String, String> row(
      int year,
      String sex,
      Integer age,
      boolean child,
      String citizenship,
      String countries,
      Set<String> types,
      Set<String> sectors,
      Set<String> sexTypes,
      Set<String> means,
      String recruiter) {
    Map<String, String> r = new LinkedHashMap<>();
    r.put("yearOfRegistration", Integer.toString(year));
    r.put(
        "gender",
        sex == null
            ? ""
            : switch (sex) {
              case "FEMALE" -> "Female";
              case "MALE" -> "Male";
              case "TRANSGENDER_OR_NONCONFORMING" -> "Transgender/NonConforming";
              default -> "";
            });
    r.put("ageBroad", ageBroad(age, child));
    r.put("majorityStatus", child ? "Minor" : age == null ? "" : "Adult");
    r.put("citizenship", citizenship == null ? "" : citizenship);
    for (MeansOfControl m : MeansOfControl.values()) {
      r.put("meansOfControl" + camel(m.name()), flag(means.contains(m.name())));
    }
    r.put("meansOfControlNotSpecified", flag(means.isEmpty()));
    boolean labour = types.contains("FORCED_LABOUR");
    boolean sexual = types.contains("SEXUAL_EXPLOITATION");
    r.put("isForcedLabour", flag(labour));
    r.put("isSexualExploit", flag(sexual));
    r.put(
        "isOtherExploit",
        flag(
            types.stream()
                .anyMatch(t -> !t.equals("FORCED_LABOUR") && !t.equals("SEXUAL_EXPLOITATION"))));
    r.put("isSexAndLabour", flag(labour && sexual));
    r.put("isForcedMarriage", flag(types.contains("FORCED_MARRIAGE")));
    r.put("isForcedMilitary", flag(types.contains("ARMED_GROUPS")));
    r.put("isOrganRemoval", flag(types.contains("ORGAN_REMOVAL")));
    r.put("isSlaveryAndPractices", flag(types.contains("SLAVERY_OR_SIMILAR")));
    for (String c : LABOUR_COLUMNS) {
      boolean on =
          c.equals("NotSpecified")
              ? labour && sectors.isEmpty()
              : sectors.stream().anyMatch(s -> c.equals(LABOUR.get(s)));
      r.put("typeOfLabour" + c, flag(on));
    }
    for (String c : SEX_COLUMNS) {
      r.put("typeOfSex" + c, flag(sexTypes.stream().anyMatch(s -> c.equals(SEX_TYPES.get(s)))));
    }
    String relation = recruiter == null ? "Unknown" : RECRUITER.getOrDefault(recruiter, "Other");
    for (String c : RECRUITER_COLUMNS) {
      r.put("recruiterRelation" + c, flag(c.equals(relation)));
    }
    r.put("CountryOfExploitation", countries == null ? "" : countries.split(",")[0]);
    return r;
  }

  private static String flag(boolean on) {
    return on ? "1" : "0";
  }

  static String ageBroad(Integer age, boolean child) {
    if (age == null) {
      return child ? "0--17" : "";
    }
    if (age <= 8) return "0--8";
    if (age <= 17) return "9--17";
    if (age <= 20) return "18--20";
    if (age <= 23) return "21--23";
    if (age <= 26) return "24--26";
    if (age <= 29) return "27--29";
    if (age <= 38) return "30--38";
    if (age <= 47) return "39--47";
    return "48+";
  }

  record Anonymised(List<Map<String, String>> records, int suppressed, int level) {}

  /** Generalisation steps, each coarser than the one before. */
  private static final List<Function<Map<String, String>, Map<String, String>>> LEVELS =
      List.of(
          r -> r,
          r -> with(r, "ageBroad", childOrAdult(r.get("ageBroad"))),
          r ->
              with(
                  with(r, "citizenship", homeOrOther(r.get("citizenship"))),
                  "CountryOfExploitation",
                  homeOrOther(r.get("CountryOfExploitation"))),
          r -> with(with(r, "ageBroad", ""), "majorityStatus", ""));

  private static Map<String, String> with(Map<String, String> r, String key, String value) {
    Map<String, String> copy = new LinkedHashMap<>(r);
    copy.put(key, value);
    return copy;
  }

  private static String childOrAdult(String band) {
    if (band.isEmpty()) {
      return band;
    }
    return band.startsWith("0--") || band.startsWith("9--") ? "0--17" : "18+";
  }

  private static String homeOrOther(String country) {
    return country.isEmpty() || country.equals("KG") ? country : "Other";
  }

  /**
   * The least generalisation that leaves out at most a tenth of the records (else the one that
   * leaves out fewest), then the records whose quasi-identifier combination is still rarer than
   * {@code k} are left out.
   */
  static Anonymised anonymise(List<Map<String, String>> records, int k) {
    Anonymised best = null;
    List<Map<String, String>> current = records;
    for (int level = 0; level < LEVELS.size(); level++) {
      if (level > 0) {
        current = current.stream().map(LEVELS.get(level)).toList();
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
