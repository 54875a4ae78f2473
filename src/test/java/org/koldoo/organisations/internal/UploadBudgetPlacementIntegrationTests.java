package org.koldoo.organisations.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.koldoo.platform.web.UploadBudgetFilter;
import org.koldoo.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.web.FilterChainProxy;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.csrf.CsrfFilter;

/**
 * A spreadsheet takes its share of the memory budget where the person is known and before anything
 * reads its body: on the screens before the CSRF check (which reads the form), on the API after the
 * authorization (the dispatcher reads it later).
 */
class UploadBudgetPlacementIntegrationTests extends IntegrationTest {

  @Autowired FilterChainProxy security;

  @Test
  void the_upload_budget_stands_where_the_person_is_known_and_the_body_is_not_read_yet() {
    assertThat(security.getFilterChains()).hasSize(2);
    for (var chain : security.getFilterChains()) {
      List<Class<?>> filters = chain.getFilters().stream().<Class<?>>map(Object::getClass).toList();
      int budget = filters.indexOf(UploadBudgetFilter.class);
      assertThat(budget).as(chain.toString()).isNotNegative();
      if (filters.contains(CsrfFilter.class)) {
        assertThat(budget).isLessThan(filters.indexOf(CsrfFilter.class));
      } else {
        assertThat(budget).isGreaterThan(filters.indexOf(AuthorizationFilter.class));
      }
    }
  }
}
