package org.koldoo.victims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.koldoo.victims.Indicator.*;

import java.util.List;
import org.junit.jupiter.api.Test;

class DelphiRuleTests {

  @Test
  void recruitment_exploitation_and_coercion_together_propose_a_presumed_victim() {
    var indicators =
        List.of(
            DR_DECEIVED_ABOUT_NATURE_OF_JOB, DR_DECEIVED_ABOUT_WAGES,
            EX_EXCESSIVE_HOURS, EX_NO_OR_LOW_PAY,
            CD_CONFISCATION_OF_DOCUMENTS, CD_WITHHOLDING_OF_WAGES);
    assertThat(DelphiRule.proposesPresumedVictim(indicators, false)).isTrue();
  }

  @Test
  void without_coercion_an_adult_is_not_proposed() {
    var indicators =
        List.of(
            DR_DECEIVED_ABOUT_NATURE_OF_JOB,
            DR_DECEIVED_ABOUT_WAGES,
            EX_EXCESSIVE_HOURS,
            EX_NO_OR_LOW_PAY);
    assertThat(DelphiRule.proposesPresumedVictim(indicators, false)).isFalse();
  }

  @Test
  void a_single_strong_indicator_is_not_enough_for_a_dimension() {
    assertThat(DelphiRule.isPresent(Indicator.Dimension.EXPLOITATION, List.of(EX_EXCESSIVE_HOURS)))
        .isFalse();
    assertThat(
            DelphiRule.isPresent(
                Indicator.Dimension.EXPLOITATION,
                List.of(EX_EXCESSIVE_HOURS, EX_NO_SOCIAL_PROTECTION)))
        .isTrue();
    assertThat(
            DelphiRule.isPresent(
                Indicator.Dimension.EXPLOITATION,
                List.of(EX_NO_OR_LOW_PAY, EX_HAZARDOUS_WORK, EX_BAD_LIVING_CONDITIONS)))
        .isTrue();
    assertThat(
            DelphiRule.isPresent(
                Indicator.Dimension.EXPLOITATION,
                List.of(EX_NO_OR_LOW_PAY, EX_HAZARDOUS_WORK, EX_NO_SOCIAL_PROTECTION)))
        .isTrue();
    assertThat(
            DelphiRule.isPresent(
                Indicator.Dimension.EXPLOITATION,
                List.of(EX_NO_OR_LOW_PAY, EX_NO_SOCIAL_PROTECTION)))
        .isFalse();
  }

  @Test
  void for_a_child_the_means_do_not_matter() {
    assertThat(DelphiRule.proposesPresumedVictim(List.of(CH_IN_COMMERCIAL_SEX), true)).isTrue();
    assertThat(DelphiRule.proposesPresumedVictim(List.of(CH_IN_COMMERCIAL_SEX), false)).isFalse();
    var noCoercion =
        List.of(
            DR_DECEIVED_ABOUT_NATURE_OF_JOB,
            DR_DECEIVED_ABOUT_WAGES,
            EX_EXCESSIVE_HOURS,
            EX_NO_OR_LOW_PAY);
    assertThat(DelphiRule.proposesPresumedVictim(noCoercion, true)).isTrue();
  }

  @Test
  void ilo_forced_labour_indicators_alone_do_not_decide() {
    assertThat(
            DelphiRule.proposesPresumedVictim(
                List.of(ILO_DEBT_BONDAGE, ILO_DECEPTION, ILO_ISOLATION), false))
        .isFalse();
  }
}
