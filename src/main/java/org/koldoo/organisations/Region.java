package org.koldoo.organisations;

/**
 * Where a body works: the seven oblasts, the two cities of republican significance, the whole
 * country, or abroad (consulates, foreign partners).
 */
public enum Region {
  NATIONAL,
  BISHKEK,
  OSH_CITY,
  BATKEN,
  CHUI,
  ISSYK_KUL,
  JALAL_ABAD,
  NARYN,
  OSH,
  TALAS,
  ABROAD;

  public String messageKey() {
    return "region." + name();
  }
}
