package org.koldoo.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.junit.jupiter.api.Test;
import org.koldoo.platform.security.Role;
import org.koldoo.support.ApiClient;
import org.koldoo.support.IntegrationTest;
import org.koldoo.support.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Watching Koldoo: Prometheus metrics for the machines allowed to scrape them (requests and their
 * latencies, the connection pool, report durations, the audit chain's state), never for a browser
 * elsewhere on the network; liveness and readiness for a load balancer.
 */
class MetricsIntegrationTests extends IntegrationTest {

  @Autowired MockMvc mvc;
  @Autowired ApiClient api;
  @Autowired ApplicationContext context;

  private MockHttpServletResponse scrape(String from, RequestPostProcessor who) throws Exception {
    return mvc.perform(
            get("/actuator/prometheus")
                .with(who)
                .with(
                    request -> {
                      request.setRemoteAddr(from);
                      return request;
                    }))
        .andReturn()
        .getResponse();
  }

  @Test
  void a_scraper_on_this_machine_reads_the_metrics_and_nobody_else_does() throws Exception {
    var coordinator = api.person("met-nat", TestAccounts.MOL, Role.NATIONAL_COORDINATOR);
    api.call(coordinator, "GET", "/api/v1/reports/annual?from=2019-01-01&to=2019-12-31", null);
    // the background verification, run now rather than a minute after the start
    org.springframework.test.util.ReflectionTestUtils.invokeMethod(
        context.getBean("auditChainWatch"), "verify");

    RequestPostProcessor anonymous = request -> request;
    var metrics = scrape("127.0.0.1", anonymous);
    assertThat(metrics.getStatus()).isEqualTo(200);
    assertThat(metrics.getContentAsString())
        .contains(
            "http_server_requests_seconds_bucket",
            "hikaricp_connections_active",
            "koldoo_report_seconds_count",
            "koldoo_linkage_run_seconds_count",
            "koldoo_audit_chain_intact{application=\"koldoo\"} 1.0",
            "koldoo_audit_chain_entries",
            "koldoo_privacy_values_under_older_keys");

    assertThat(scrape("10.20.30.40", anonymous).getStatus())
        .as("another machine")
        .isNotEqualTo(200);
    assertThat(scrape("10.20.30.40", coordinator).getStatus())
        .as("nor a signed-in person on another machine")
        .isNotEqualTo(200);

    for (String probe :
        new String[] {"/actuator/health/liveness", "/actuator/health/readiness", "/livez"}) {
      var answer = mvc.perform(get(probe)).andReturn().getResponse();
      assertThat(answer.getStatus()).as(probe).isEqualTo(200);
      assertThat(answer.getContentAsString()).as(probe).contains("UP");
    }
  }

  /**
   * Requests are counted per address pattern ({@code uri}); past Micrometer's limit, every further
   * pattern's requests go uncounted. The limit must leave room for every screen and operation, with
   * room to grow, and for the few fixed values (NOT_FOUND, REDIRECTION, the actuator's).
   */
  @Test
  void every_screen_and_operation_is_counted_under_its_own_address() {
    var mappings =
        context.getBean(
            "requestMappingHandlerMapping",
            org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping
                .class);
    long patterns =
        mappings.getHandlerMethods().keySet().stream()
            .flatMap(info -> info.getPatternValues().stream())
            .distinct()
            .count();
    assertThat(patterns).as("the application's address patterns").isGreaterThan(100);
    int limit =
        context
            .getEnvironment()
            .getRequiredProperty("management.metrics.web.server.max-uri-tags", Integer.class);
    assertThat(limit).isGreaterThanOrEqualTo((int) (patterns * 1.5));
  }
}
