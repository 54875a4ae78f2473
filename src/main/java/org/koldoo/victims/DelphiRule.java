package org.koldoo.victims;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import org.koldoo.victims.Indicator.Dimension;
import org.koldoo.victims.Indicator.Strength;

/**
 * The ILO/EC operational rule (2009) behind the "presumed victim" proposal. A dimension is present
 * when its indicators include two strong ones, or a strong one with any other, or three medium
 * ones, or two medium ones with a weak one. An adult is proposed as a presumed victim when
 * recruitment (deceptive, coercive or by abuse of vulnerability), exploitation, and coercion or
 * abuse of vulnerability at destination are all present. For a child the means do not matter:
 * recruitment and exploitation suffice, and so does any strong child indicator alone. The proposal
 * only helps; a person decides.
 */
public final class DelphiRule {

  private DelphiRule() {}

  public static boolean proposesPresumedVictim(Collection<Indicator> indicators, boolean child) {
    Set<Dimension> present = EnumSet.noneOf(Dimension.class);
    for (Dimension dimension : Dimension.values()) {
      if (isPresent(dimension, indicators)) {
        present.add(dimension);
      }
    }
    boolean recruitment =
        present.contains(Dimension.DECEPTIVE_RECRUITMENT)
            || present.contains(Dimension.COERCIVE_RECRUITMENT)
            || present.contains(Dimension.RECRUITMENT_ABUSE_OF_VULNERABILITY);
    boolean exploitation = present.contains(Dimension.EXPLOITATION);
    boolean coercion =
        present.contains(Dimension.COERCION_AT_DESTINATION)
            || present.contains(Dimension.ABUSE_OF_VULNERABILITY_AT_DESTINATION);
    if (child) {
      boolean strongChildIndicator =
          indicators.stream()
              .anyMatch(i -> i.dimension() == Dimension.CHILD && i.strength() == Strength.STRONG);
      return strongChildIndicator || (recruitment && exploitation);
    }
    return recruitment && exploitation && coercion;
  }

  static boolean isPresent(Dimension dimension, Collection<Indicator> indicators) {
    long strong = count(dimension, Strength.STRONG, indicators);
    long medium = count(dimension, Strength.MEDIUM, indicators);
    long weak = count(dimension, Strength.WEAK, indicators);
    return strong >= 2
        || (strong == 1 && medium + weak >= 1)
        || medium >= 3
        || (medium == 2 && weak >= 1);
  }

  private static long count(Dimension d, Strength s, Collection<Indicator> indicators) {
    return indicators.stream().filter(i -> i.dimension() == d && i.strength() == s).count();
  }
}
