package org.koldoo.organisations;

/**
 * Kind of body, each mapped to the deciding-organisation category of the Human Trafficking Case
 * Data Standard (HTCDS v2, {@code TraffickingStatusDecisionMakingOrg}): police, NGO, court or
 * prosecution, other state body, international organisation, other.
 */
public enum OrganisationType {
  MINISTRY("OtherStateBody"),
  /** The Ombudsman (Akyikatchy): a state body, but no ministry. */
  OMBUDSMAN("OtherStateBody"),
  LAW_ENFORCEMENT("Police"),
  PROSECUTION("CourtOrProsecution"),
  COURT("CourtOrProsecution"),
  LOCAL_GOVERNMENT("OtherStateBody"),
  NGO("NGO"),
  INTERNATIONAL_ORGANISATION("InternationalOrganisation"),
  OTHER("Other");

  private final String htcds;

  OrganisationType(String htcds) {
    this.htcds = htcds;
  }

  public String htcdsCategory() {
    return htcds;
  }

  /** Whether the body belongs to the state, as the report's "identified by government" needs. */
  public boolean isGovernment() {
    return switch (this) {
      case MINISTRY, OMBUDSMAN, LAW_ENFORCEMENT, PROSECUTION, COURT, LOCAL_GOVERNMENT -> true;
      default -> false;
    };
  }

  /**
   * Police, prosecution and courts: they see another body's victim only when her consent to
   * law-enforcement contact names them, and they are the bodies a criminal case is handled by.
   */
  public boolean isJustice() {
    return this == LAW_ENFORCEMENT || this == PROSECUTION || this == COURT;
  }

  public String messageKey() {
    return "organisationType." + name();
  }
}
