package org.koldoo.statistics.internal;

import org.koldoo.support.ControllerSliceTest;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * The report pages and the statistics API as one slice (one context for all of their tests): the
 * controllers for real, the report, its views, documents and exports mocked.
 */
@WebMvcTest({StatisticsApiController.class, ReportController.class})
abstract class StatisticsSliceTest extends ControllerSliceTest {

  @MockitoBean protected AnnualReport report;
  @MockitoBean protected Exports exports;
  @MockitoBean protected ReportView views;
  @MockitoBean protected ReportDocuments documents;
}
