package org.koldoo.platform.security;

/**
 * What a person does in the National Referral Mechanism. A user holds one or more roles inside one
 * organisation; screens, endpoints and data access follow from them.
 */
public enum Role {
  SYSTEM_ADMINISTRATOR,
  NATIONAL_COORDINATOR,
  ANALYST,
  CASE_WORKER,
  INVESTIGATOR,
  PROSECUTOR,
  COURT_CLERK,
  HOTLINE_OPERATOR,
  LABOUR_INSPECTOR,
  CONSULAR_OFFICER,
  AUDITOR;

  /** Whether the role works with victims' cases inside its own organisation. */
  public boolean handlesCases() {
    return switch (this) {
      case CASE_WORKER,
          INVESTIGATOR,
          PROSECUTOR,
          COURT_CLERK,
          HOTLINE_OPERATOR,
          LABOUR_INSPECTOR,
          CONSULAR_OFFICER ->
          true;
      default -> false;
    };
  }

  /**
   * Whether the role oversees the whole country's figures and registers (the national coordinator
   * and analysts): their work queues and reads span every organisation.
   */
  public boolean overseesNationally() {
    return this == NATIONAL_COORDINATOR || this == ANALYST;
  }

  /** The Spring Security authority for this role. */
  public String authority() {
    return "ROLE_" + name();
  }

  /** Message key of the role's name in the code lists. */
  public String messageKey() {
    return "role." + name();
  }
}
