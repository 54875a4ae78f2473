package org.koldoo.statistics.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Report queries run with the planner settings that keep them linear, and only there. */
class AnalyticQueriesModuleTests extends StatisticsModuleTest {

  @Autowired ReportEngine engine;
  @Autowired JdbcClient jdbc;

  String setting(String name) {
    return jdbc.sql("select current_setting('" + name + "')").query(String.class).single();
  }

  @Test
  void report_queries_use_hash_joins_and_custom_plans() {
    String inside =
        engine.analytic(
            () ->
                setting("enable_nestloop")
                    + " "
                    + setting("plan_cache_mode")
                    + " "
                    + setting("work_mem"));
    assertThat(inside).isEqualTo("off force_custom_plan 64MB");
    assertThat(setting("enable_nestloop")).as("outside the report").isEqualTo("on");
  }
}
