package org.koldoo.support;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;

@TestConfiguration(proxyBeanMethods = false)
@Import({TestAccounts.class, ApiClient.class, ProbeImportKind.class})
public class TestSupportConfiguration {}
