package org.koldoo.statistics.internal;

import org.koldoo.demo.SyntheticDatasets;
import org.koldoo.organisations.Organisations;
import org.koldoo.support.ModuleTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * Base of the statistics module's own tests: the module alone against the test database, reading
 * nothing but what its queries select; the organisations and the synthetic datasets (the report
 * benchmark's) stubbed. Its tests share this one context.
 */
@ApplicationModuleTest(verifyAutomatically = false, webEnvironment = WebEnvironment.NONE)
abstract class StatisticsModuleTest extends ModuleTest {

  @MockitoBean Organisations organisations;
  @MockitoBean SyntheticDatasets datasets;
}
