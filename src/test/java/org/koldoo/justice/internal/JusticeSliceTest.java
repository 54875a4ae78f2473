package org.koldoo.justice.internal;

import org.junit.jupiter.api.BeforeEach;
import org.koldoo.platform.pdf.DocumentPrinter;
import org.koldoo.support.ControllerSliceTest;
import org.mockito.Mockito;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * The justice module's pages and API as one slice (one context for all of their tests): every
 * controller and template for real, the module's use cases mocked, without a database.
 */
@WebMvcTest({
  ArticlesController.class,
  CriminalCaseSummary.class,
  CriminalCaseWorkWeb.Api.class,
  CriminalCaseWorkWeb.Page.class,
  JusticeApiController.class,
  JusticeController.class,
  OperationsController.class
})
@Import(JusticeSliceUseCases.class)
abstract class JusticeSliceTest extends ControllerSliceTest {

  @Autowired protected Justice justice;
  @MockitoBean protected JusticeRegister register;
  @MockitoBean protected ArticleCatalogue articles;
  @MockitoBean protected CriminalCaseService cases;
  @MockitoBean protected CriminalCaseRecords records;
  @MockitoBean protected CriminalCaseWork work;
  @MockitoBean protected DocumentPrinter printer;

  /** The use cases made here are beans of this slice, not overrides: each test starts afresh. */
  @BeforeEach
  void freshUseCases() {
    Mockito.reset(
        justice.events(),
        justice.defendants(),
        justice.bodies(),
        justice.operations(),
        justice.policy());
  }
}
