package org.koldoo.demo.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.koldoo.audit.AuditTrail;
import org.koldoo.demo.SyntheticDatasets;
import org.koldoo.platform.synthetic.Scale;
import org.koldoo.platform.synthetic.SyntheticContributor;
import org.koldoo.platform.synthetic.SyntheticWorld;
import org.koldoo.support.TestDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * The demo module on its own, with two contributors of the tests in place of the modules' own: they
 * run in their order in one transaction (a failure leaves nothing written), and a dataset is
 * generated once: asked again it is the one there, another is refused. On a database of its own,
 * since the whole application's tests share theirs and its one dataset.
 */
@ApplicationModuleTest(verifyAutomatically = false, webEnvironment = WebEnvironment.NONE)
@Import(DemoModuleTests.Contributors.class)
class DemoModuleTests {

  static final List<String> calls = new CopyOnWriteArrayList<>();
  static final AtomicBoolean failing = new AtomicBoolean();

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    TestDatabase.registerOwn(registry, "demo_module");
    registry.add("spring.datasource.hikari.maximum-pool-size", () -> "4");
  }

  @TestConfiguration(proxyBeanMethods = false)
  static class Contributors {

    /** Writes three rows of a table of the tests; runs second. */
    @Bean
    SyntheticContributor later() {
      return contributor(
          20,
          world -> {
            try (var rows = world.bulk().into("demo_probe", "n")) {
              for (int n = 0; n < 3; n++) {
                rows.row(n);
              }
            }
            world.counted("demo_probe", 3);
            if (failing.get()) {
              throw new IllegalStateException("a contributor fails after writing");
            }
          });
    }

    /** Makes the table of the tests; runs first. */
    @Bean
    SyntheticContributor earlier() {
      return contributor(
          10, world -> world.bulk().execute("create table if not exists demo_probe (n integer)"));
    }

    private static SyntheticContributor contributor(
        int order, java.util.function.Consumer<SyntheticWorld> work) {
      return new SyntheticContributor() {
        @Override
        public int order() {
          return order;
        }

        @Override
        public void generate(SyntheticWorld world) {
          calls.add("order " + order);
          work.accept(world);
        }
      };
    }
  }

  @MockitoBean AuditTrail audit;
  @Autowired SyntheticDatasets datasets;
  @Autowired JdbcClient jdbc;

  @Test
  void a_failed_run_leaves_nothing_and_a_dataset_is_generated_once() {
    failing.set(true);
    assertThatThrownBy(() -> datasets.ensure(Scale.NATIONAL, 2019, 2021, 7))
        .hasMessageContaining("a contributor fails");
    assertThat(calls).containsExactly("order 10", "order 20");
    assertThat(datasets.current()).isEmpty();
    assertThat(jdbc.sql("select to_regclass('demo_probe') is null").query(Boolean.class).single())
        .as("what the failed run wrote is gone")
        .isTrue();

    failing.set(false);
    calls.clear();
    SyntheticDatasets.Dataset made = datasets.ensure(Scale.NATIONAL, 2019, 2021, 7);
    assertThat(calls).containsExactly("order 10", "order 20");
    assertThat(made.totalRows()).isEqualTo(3);
    assertThat(jdbc.sql("select count(*) from demo_probe").query(Long.class).single()).isEqualTo(3);

    calls.clear();
    SyntheticDatasets.Dataset again = datasets.ensure(Scale.NATIONAL, 2019, 2021, 7);
    assertThat(calls).as("not generated again").isEmpty();
    assertThat(again.totalRows()).isEqualTo(3);
    assertThatThrownBy(() -> datasets.ensure(Scale.NATIONAL, 2019, 2021, 8))
        .hasMessageContaining("already holds the synthetic dataset");
    verify(audit, times(1)).record(argThat(r -> r.action().equals("SYNTHETIC_DATA_GENERATED")));
  }
}
