package org.koldoo.victims;

import org.koldoo.platform.web.CodeList;

/**
 * Screening indicators: the ILO's 11 indicators of forced labour, the ILO/EC "Delphi" operational
 * indicators of trafficking (each in one of six dimensions, strong, medium or weak), and indicators
 * specific to children.
 */
public enum Indicator implements CodeList {
  // ILO indicators of forced labour (2012)
  ILO_ABUSE_OF_VULNERABILITY(Dimension.ILO_FORCED_LABOUR, Strength.NONE),
  ILO_DECEPTION(Dimension.ILO_FORCED_LABOUR, Strength.NONE),
  ILO_RESTRICTION_OF_MOVEMENT(Dimension.ILO_FORCED_LABOUR, Strength.NONE),
  ILO_ISOLATION(Dimension.ILO_FORCED_LABOUR, Strength.NONE),
  ILO_PHYSICAL_AND_SEXUAL_VIOLENCE(Dimension.ILO_FORCED_LABOUR, Strength.NONE),
  ILO_INTIMIDATION_AND_THREATS(Dimension.ILO_FORCED_LABOUR, Strength.NONE),
  ILO_RETENTION_OF_IDENTITY_DOCUMENTS(Dimension.ILO_FORCED_LABOUR, Strength.NONE),
  ILO_WITHHOLDING_OF_WAGES(Dimension.ILO_FORCED_LABOUR, Strength.NONE),
  ILO_DEBT_BONDAGE(Dimension.ILO_FORCED_LABOUR, Strength.NONE),
  ILO_ABUSIVE_WORKING_AND_LIVING_CONDITIONS(Dimension.ILO_FORCED_LABOUR, Strength.NONE),
  ILO_EXCESSIVE_OVERTIME(Dimension.ILO_FORCED_LABOUR, Strength.NONE),

  // ILO/EC operational indicators (2009): deceptive recruitment
  DR_DECEIVED_ABOUT_NATURE_OF_JOB(Dimension.DECEPTIVE_RECRUITMENT, Strength.STRONG),
  DR_DECEIVED_ABOUT_CONDITIONS_OF_WORK(Dimension.DECEPTIVE_RECRUITMENT, Strength.MEDIUM),
  DR_DECEIVED_ABOUT_WAGES(Dimension.DECEPTIVE_RECRUITMENT, Strength.MEDIUM),
  DR_DECEIVED_ABOUT_LEGALITY_OF_CONTRACT(Dimension.DECEPTIVE_RECRUITMENT, Strength.MEDIUM),
  DR_DECEIVED_ABOUT_HOUSING(Dimension.DECEPTIVE_RECRUITMENT, Strength.WEAK),
  // coercive recruitment
  CR_VIOLENCE(Dimension.COERCIVE_RECRUITMENT, Strength.STRONG),
  CR_ABDUCTION_FORCED_MARRIAGE_OR_SALE(Dimension.COERCIVE_RECRUITMENT, Strength.STRONG),
  CR_CONFISCATION_OF_DOCUMENTS(Dimension.COERCIVE_RECRUITMENT, Strength.MEDIUM),
  CR_DEBT_BONDAGE(Dimension.COERCIVE_RECRUITMENT, Strength.MEDIUM),
  CR_THREATS(Dimension.COERCIVE_RECRUITMENT, Strength.MEDIUM),
  // recruitment by abuse of vulnerability
  RV_ABUSE_OF_DIFFICULT_FAMILY_SITUATION(
      Dimension.RECRUITMENT_ABUSE_OF_VULNERABILITY, Strength.MEDIUM),
  RV_ABUSE_OF_IRREGULAR_STATUS(Dimension.RECRUITMENT_ABUSE_OF_VULNERABILITY, Strength.MEDIUM),
  RV_EMOTIONAL_DEPENDENCY(Dimension.RECRUITMENT_ABUSE_OF_VULNERABILITY, Strength.MEDIUM),
  RV_LACK_OF_INFORMATION_OR_EDUCATION(Dimension.RECRUITMENT_ABUSE_OF_VULNERABILITY, Strength.WEAK),
  RV_ECONOMIC_HARDSHIP(Dimension.RECRUITMENT_ABUSE_OF_VULNERABILITY, Strength.WEAK),
  // exploitative conditions of work
  EX_EXCESSIVE_HOURS(Dimension.EXPLOITATION, Strength.STRONG),
  EX_FORCED_TASKS_OR_CLIENTS(Dimension.EXPLOITATION, Strength.STRONG),
  EX_NO_OR_LOW_PAY(Dimension.EXPLOITATION, Strength.MEDIUM),
  EX_HAZARDOUS_WORK(Dimension.EXPLOITATION, Strength.MEDIUM),
  EX_BAD_LIVING_CONDITIONS(Dimension.EXPLOITATION, Strength.MEDIUM),
  EX_NO_SOCIAL_PROTECTION(Dimension.EXPLOITATION, Strength.WEAK),
  // coercion at destination
  CD_CONFISCATION_OF_DOCUMENTS(Dimension.COERCION_AT_DESTINATION, Strength.STRONG),
  CD_DEBT_BONDAGE(Dimension.COERCION_AT_DESTINATION, Strength.STRONG),
  CD_ISOLATION_CONFINEMENT_OR_SURVEILLANCE(Dimension.COERCION_AT_DESTINATION, Strength.STRONG),
  CD_VIOLENCE_OR_THREATS(Dimension.COERCION_AT_DESTINATION, Strength.STRONG),
  CD_FORCED_INTO_CRIMINAL_ACTIVITY(Dimension.COERCION_AT_DESTINATION, Strength.STRONG),
  CD_THREAT_OF_DENUNCIATION(Dimension.COERCION_AT_DESTINATION, Strength.MEDIUM),
  CD_WITHHOLDING_OF_WAGES(Dimension.COERCION_AT_DESTINATION, Strength.MEDIUM),
  // abuse of vulnerability at destination
  AV_DEPENDENCY_ON_EXPLOITERS(Dimension.ABUSE_OF_VULNERABILITY_AT_DESTINATION, Strength.MEDIUM),
  AV_IRREGULAR_STATUS_OR_NO_LANGUAGE(
      Dimension.ABUSE_OF_VULNERABILITY_AT_DESTINATION, Strength.MEDIUM),
  AV_ECONOMIC_OR_FAMILY_PRESSURE(Dimension.ABUSE_OF_VULNERABILITY_AT_DESTINATION, Strength.WEAK),

  // children: no means are needed, exploitation of a child is trafficking
  CH_IN_COMMERCIAL_SEX(Dimension.CHILD, Strength.STRONG),
  CH_BEGGING_OR_STREET_WORK_FOR_OTHERS(Dimension.CHILD, Strength.STRONG),
  CH_ARMED_GROUP_INVOLVEMENT(Dimension.CHILD, Strength.STRONG),
  CH_HAZARDOUS_OR_UNDERAGE_WORK(Dimension.CHILD, Strength.STRONG),
  CH_UNACCOMPANIED_OR_SEPARATED(Dimension.CHILD, Strength.MEDIUM),
  CH_MOVED_BY_NON_GUARDIAN(Dimension.CHILD, Strength.MEDIUM);

  /** The six ILO/EC dimensions, the ILO forced-labour list and the child list. */
  public enum Dimension {
    ILO_FORCED_LABOUR,
    DECEPTIVE_RECRUITMENT,
    COERCIVE_RECRUITMENT,
    RECRUITMENT_ABUSE_OF_VULNERABILITY,
    EXPLOITATION,
    COERCION_AT_DESTINATION,
    ABUSE_OF_VULNERABILITY_AT_DESTINATION,
    CHILD
  }

  public enum Strength {
    STRONG,
    MEDIUM,
    WEAK,
    NONE
  }

  private final Dimension dimension;
  private final Strength strength;

  Indicator(Dimension dimension, Strength strength) {
    this.dimension = dimension;
    this.strength = strength;
  }

  public Dimension dimension() {
    return dimension;
  }

  public Strength strength() {
    return strength;
  }
}
