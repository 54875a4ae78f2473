package org.koldoo.organisations.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.koldoo.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.event.ContextRefreshedEvent;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Without KOLDOO_ADMIN_PASSWORD the first administrator gets a one-time password. */
class FirstStartIntegrationTests extends IntegrationTest {

  @Autowired JdbcClient jdbc;
  @Autowired AdminBootstrap bootstrap;
  @Autowired ApplicationContext context;

  @Test
  void the_first_start_creates_one_administrator_who_must_change_the_password() {
    var admin =
        jdbc.sql(
                "select u.must_change_password, r.role, u.organisation_id from user_account u"
                    + " join user_role r on r.user_account = u.id where u.username = 'admin'")
            .query((rs, n) -> new Object[] {rs.getBoolean(1), rs.getString(2), rs.getObject(3)})
            .single();
    assertThat(admin[0]).isEqualTo(true);
    assertThat(admin[1]).isEqualTo("SYSTEM_ADMINISTRATOR");
    assertThat(admin[2]).isEqualTo(AdminBootstrap.COORDINATING_BODY);
  }

  @Test
  void a_second_start_leaves_the_administrator_alone() throws Exception {
    String before =
        jdbc.sql("select password_hash from user_account where username = 'admin'")
            .query(String.class)
            .single();
    bootstrap.run(new ContextRefreshedEvent(context));
    assertThat(
            jdbc.sql("select count(*) from user_account where lower(username) = 'admin'")
                .query(Long.class)
                .single())
        .isEqualTo(1);
    assertThat(
            jdbc.sql("select password_hash from user_account where username = 'admin'")
                .query(String.class)
                .single())
        .isEqualTo(before);
  }
}
