package org.koldoo.support;

import java.time.Clock;
import java.time.ZoneId;
import org.koldoo.organisations.Organisations;
import org.koldoo.platform.web.Navigation;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * Base of the controller slice tests ({@code @WebMvcTest(SomeController.class)} on the subclass):
 * no database, the controller's use cases mocked by the subclass; here what every page and error
 * handler of the application expects (navigation, organisations, Bishkek's clock) and method
 * security, so that a controller's {@code @PreAuthorize} holds as in the application.
 */
@Import(ControllerSliceTest.Support.class)
public abstract class ControllerSliceTest {

  @MockitoBean protected Navigation navigation;
  @MockitoBean protected Organisations organisations;

  @TestConfiguration(proxyBeanMethods = false)
  @EnableMethodSecurity
  static class Support {

    @Bean
    Clock clock() {
      return Clock.system(ZoneId.of("Asia/Bishkek"));
    }
  }
}
