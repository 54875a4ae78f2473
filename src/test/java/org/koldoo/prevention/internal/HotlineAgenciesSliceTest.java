package org.koldoo.prevention.internal;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.when;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.koldoo.platform.web.Page;
import org.koldoo.support.ControllerSliceTest;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * The hotline and the employment agencies, pages and API, as one slice (one context for all of
 * their tests): the controllers and templates for real, the registries behind them mocked, every
 * list empty unless a test says otherwise.
 */
@WebMvcTest({PreventionApiController.class, HotlineController.class, AgenciesController.class})
abstract class HotlineAgenciesSliceTest extends ControllerSliceTest {

  @MockitoBean protected HotlineService hotline;
  @MockitoBean protected CallSearch calls;
  @MockitoBean protected AgencyRegistry agencies;
  @MockitoBean protected AgencyList agencyList;
  @MockitoBean protected HotlinePeriodTotals totals;

  @BeforeEach
  void emptyLists() {
    when(calls.search(any(), any(), any())).thenReturn(new Page<>(List.of(), 0, 25, 0));
    when(totals.page(any())).thenReturn(new Page<>(List.of(), 0, 12, 0));
    when(agencyList.page(any(), any(), any())).thenReturn(new Page<>(List.of(), 0, 25, 0));
  }
}
