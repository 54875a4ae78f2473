package org.koldoo.platform.synthetic;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.UUID;

/**
 * One generation run: its scale, years and seed, the bulk writer every contributor writes through
 * (one transaction for the whole run), and the facts contributors hand on to each other.
 */
public final class SyntheticWorld {

  /**
   * A victim case as later contributors need it; nothing identifying. Its referrals are decided
   * with the case (so that the case's access grants match them) and written by assistance; {@code
   * closedOn} is the day it was closed, or null while it is open.
   */
  public record VictimFact(
      UUID caseId,
      String pseudonym,
      UUID organisation,
      LocalDate registeredOn,
      LocalDate identifiedOn,
      String exploitationType,
      boolean child,
      boolean foreign,
      List<PlannedReferral> referrals,
      LocalDate closedOn) {}

  /** A referral of a case, accepted on the day it was sent. */
  public record PlannedReferral(UUID id, UUID to, String serviceType, LocalDate sentOn) {}

  private final Scale scale;
  private final int firstYear;
  private final int lastYear;
  private final long seed;
  private final BulkCopy bulk;
  private final List<VictimFact> victims = new ArrayList<>();
  private final Map<String, Long> rows = new TreeMap<>();

  public SyntheticWorld(Scale scale, int firstYear, int lastYear, long seed, BulkCopy bulk) {
    if (lastYear < firstYear) {
      throw new IllegalArgumentException("years run backwards: " + firstYear + "-" + lastYear);
    }
    this.scale = scale;
    this.firstYear = firstYear;
    this.lastYear = lastYear;
    this.seed = seed;
    this.bulk = bulk;
  }

  public Scale scale() {
    return scale;
  }

  public int firstYear() {
    return firstYear;
  }

  public int lastYear() {
    return lastYear;
  }

  /** A volume given at national scale, multiplied by the run's scale. */
  public int scaled(int national) {
    return national * scale.factor();
  }

  /** A random source of its own for each contributor, so that adding one changes no other. */
  public SplittableRandom random(String contributor) {
    return new SplittableRandom(seed * 31 + contributor.hashCode());
  }

  /** A uniformly drawn day of {@code year}. */
  public static LocalDate day(SplittableRandom random, int year) {
    LocalDate first = LocalDate.of(year, 1, 1);
    return first.plusDays(random.nextInt(first.lengthOfYear()));
  }

  public BulkCopy bulk() {
    return bulk;
  }

  public void addVictim(VictimFact fact) {
    victims.add(fact);
  }

  public List<VictimFact> victims() {
    return Collections.unmodifiableList(victims);
  }

  public void counted(String table, long n) {
    rows.merge(table, n, Long::sum);
  }

  /** Counts what each of these writers wrote, under its table's name. */
  public void counted(BulkCopy.Writer... writers) {
    for (BulkCopy.Writer writer : writers) {
      counted(writer.table(), writer.written());
    }
  }

  /** Rows written per table. */
  public Map<String, Long> rows() {
    return Collections.unmodifiableMap(rows);
  }

  public long totalRows() {
    return rows.values().stream().mapToLong(Long::longValue).sum();
  }
}
