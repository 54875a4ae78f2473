package org.koldoo.organisations.internal;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.TestConfiguration;

/** The second factor's settings as the application binds them, defaults only. */
@TestConfiguration(proxyBeanMethods = false)
@EnableConfigurationProperties(TwoFactorProperties.class)
class OrganisationsSliceSettings {}
