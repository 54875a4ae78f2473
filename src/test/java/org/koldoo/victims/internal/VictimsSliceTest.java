package org.koldoo.victims.internal;

import org.junit.jupiter.api.BeforeEach;
import org.koldoo.support.ControllerSliceTest;
import org.mockito.Mockito;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * The victims module's pages and API as one slice (one context for all of their tests): every
 * controller and template for real, the module's use cases mocked, without a database.
 */
@WebMvcTest({
  CaseApiController.class,
  CaseAttachmentApiController.class,
  CaseController.class,
  CaseListController.class,
  CaseSearchApiController.class,
  CaseStepsController.class,
  CaseWorkController.class,
  CaseDocumentsController.class
})
@Import({VictimsSliceUseCases.class, IdentitySearches.class})
abstract class VictimsSliceTest extends ControllerSliceTest {

  @Autowired protected Victims victims;
  @MockitoBean protected CaseReadModel readModel;
  @MockitoBean protected CaseRecords records;
  @MockitoBean protected CaseDocuments documents;
  @MockitoBean protected Viewers viewers;
  @MockitoBean protected CaseLookUps lookUps;

  /** The use cases are beans of this slice, not overrides: each test starts them afresh. */
  @BeforeEach
  void freshUseCases() {
    Mockito.reset(
        victims.persons(),
        victims.identities(),
        victims.steps(),
        victims.work(),
        victims.duplicates(),
        victims.attachments(),
        victims.guard(),
        victims.api(),
        victims.retention());
  }
}
