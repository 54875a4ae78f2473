package org.koldoo.prevention.internal;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.when;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.koldoo.platform.web.Page;
import org.koldoo.support.ControllerSliceTest;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * The registry pages as one slice (one context for all of their tests): the pages, their shared
 * model ({@link RegistryPages}) and their templates, rendered for real; the registries behind them
 * mocked, every list empty unless a test says otherwise.
 */
@WebMvcTest({
  InspectionsController.class,
  TrainingController.class,
  OutreachController.class,
  CoordinationController.class,
  RightsController.class,
  RegistryCsvController.class
})
@Import(
    Registries.class) // the pages' facade over the mocked registries, as the application wires it
abstract class RegistryPagesSliceTest extends ControllerSliceTest {

  @MockitoBean protected InspectionRegistry inspections;
  @MockitoBean protected TrainingRegistry training;
  @MockitoBean protected OutreachRegistry outreach;
  @MockitoBean protected CoordinationRegistry coordination;
  @MockitoBean protected RightsRegistry rights;
  @MockitoBean protected RegistryStore store;
  @MockitoBean protected InspectionPeriodTotals inspectionTotals;

  @BeforeEach
  void emptyRegisters() {
    when(store.page(any(), any(), any())).thenReturn(new Page<>(List.of(), 0, 25, 0));
    when(organisations.active()).thenReturn(List.of());
    when(organisations.all()).thenReturn(List.of());
  }
}
