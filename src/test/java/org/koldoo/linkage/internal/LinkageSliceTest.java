package org.koldoo.linkage.internal;

import org.koldoo.support.ControllerSliceTest;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * The linkage review page and API as one slice (one context for all of their tests): the
 * controllers and templates for real, runs, decisions and the read model mocked.
 */
@WebMvcTest({LinkageApiController.class, LinkageController.class})
abstract class LinkageSliceTest extends ControllerSliceTest {

  @MockitoBean protected LinkageRuns runs;
  @MockitoBean protected LinkageDecisions decisions;
  @MockitoBean protected LinkageReadModel readModel;
}
