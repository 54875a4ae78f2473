package org.koldoo.organisations.internal;

import org.koldoo.platform.work.WorkQueues;
import org.koldoo.support.ControllerSliceTest;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * The organisations module's pages and API as one slice (one context for all of their tests):
 * accounts, users, organisations, API clients, tokens and the second factor, each controller and
 * template for real, the services behind them mocked, without a database.
 */
@WebMvcTest({
  AccountController.class,
  ApiClientApiController.class,
  ApiClientController.class,
  HomeController.class,
  OrganisationApiController.class,
  OrganisationController.class,
  TokenApiController.class,
  TwoFactorController.class,
  UserApiController.class,
  UserController.class
})
@Import(OrganisationsSliceSettings.class)
abstract class OrganisationsSliceTest extends ControllerSliceTest {

  @MockitoBean protected UserService users;
  @MockitoBean protected UserReadModel readModel;
  @MockitoBean protected ApiTokenService tokens;
  @MockitoBean protected ApiClientService clients;
  @MockitoBean protected OrganisationService service;
  @MockitoBean protected KoldooUserDetailsService details;
  @MockitoBean protected SecurityContextRepository contexts;
  @MockitoBean protected WorkQueues work;
  @MockitoBean protected AuthenticationManager authentication;
  @MockitoBean protected SecondFactors factors;
}
