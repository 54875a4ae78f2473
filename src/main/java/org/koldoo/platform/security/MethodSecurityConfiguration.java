package org.koldoo.platform.security;

import java.util.function.Supplier;
import org.aopalliance.intercept.MethodInvocation;
import org.springframework.aop.ClassFilter;
import org.springframework.aop.Pointcut;
import org.springframework.aop.support.ComposablePointcut;
import org.springframework.aop.support.Pointcuts;
import org.springframework.aop.support.annotation.AnnotationMatchingPointcut;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.security.access.expression.method.DefaultMethodSecurityExpressionHandler;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.authorization.method.AuthorizationInterceptorsOrder;
import org.springframework.security.authorization.method.AuthorizationManagerBeforeMethodInterceptor;
import org.springframework.security.authorization.method.MethodAuthorizationDeniedHandler;
import org.springframework.security.authorization.method.PreAuthorizeAuthorizationManager;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.util.function.SingletonSupplier;

/**
 * Method security for the one annotation Koldoo uses, {@code @PreAuthorize}, on Koldoo's own
 * classes.
 *
 * <p>Plain {@code @EnableMethodSecurity} registers four advisors ({@code @PreAuthorize},
 * {@code @PostAuthorize}, {@code @PreFilter}, {@code @PostFilter}), and Spring matches each against
 * every method of every bean as the application starts. Here the pre/post set is off and one
 * advisor does what the {@code PreAuthorize} one did, with the same expression handling (bean
 * references such as {@code @importAccess}), order and observation; its class filter passes only
 * classes of {@code org.koldoo}, so Spring's and the libraries' beans are not searched for it at
 * all (the jar's start, measured: 0.4 s shorter, ADR 0010). {@code ArchitectureTests} holds the
 * rest in place: {@code @PreAuthorize} stands only on classes, never on an interface (whose proxy
 * would not pass the filter), and the other three annotations and {@code @Secured} are not used.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity(prePostEnabled = false)
public class MethodSecurityConfiguration {

  /** The package whose classes may carry {@code @PreAuthorize}. */
  static final String SECURED_PACKAGE = "org.koldoo.";

  private static final ClassFilter KOLDOO_CLASSES =
      type -> type.getName().startsWith(SECURED_PACKAGE);

  @Bean
  @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
  static AuthorizationManagerBeforeMethodInterceptor preAuthorizeAdvisor(
      ApplicationContext context,
      ObjectProvider<ObjectPostProcessor<AuthorizationManager<MethodInvocation>>> postProcessor) {
    var expressions = new DefaultMethodSecurityExpressionHandler();
    expressions.setApplicationContext(context);
    var preAuthorize = new PreAuthorizeAuthorizationManager();
    preAuthorize.setExpressionHandler(expressions);
    // resolved at the first call, not as the advisor is made: Spring makes advisors while it
    // still makes its post-processors, and the observation behind this one must not be made then
    Supplier<AuthorizationManager<MethodInvocation>> observed =
        SingletonSupplier.of(
            () ->
                postProcessor.getIfUnique(ObjectPostProcessor::identity).postProcess(preAuthorize));
    var advisor =
        new AuthorizationManagerBeforeMethodInterceptor(
            pointcut(), new Deferred(observed, preAuthorize));
    advisor.setOrder(AuthorizationInterceptorsOrder.PRE_AUTHORIZE.getOrder());
    return advisor;
  }

  /**
   * The manager as it is at the first call; a refusal handled as {@code @PreAuthorize}'s own
   * manager handles it ({@code @HandleAuthorizationDenied}, else the refusal thrown).
   */
  private record Deferred(
      Supplier<AuthorizationManager<MethodInvocation>> manager,
      PreAuthorizeAuthorizationManager denials)
      implements AuthorizationManager<MethodInvocation>, MethodAuthorizationDeniedHandler {

    @Override
    public AuthorizationResult authorize(
        Supplier<? extends Authentication> authentication, MethodInvocation invocation) {
      return manager.get().authorize(authentication, invocation);
    }

    @Override
    public Object handleDeniedInvocation(MethodInvocation invocation, AuthorizationResult result) {
      return denials.handleDeniedInvocation(invocation, result);
    }
  }

  /** A method annotated, or a method of an annotated class, of a Koldoo class. */
  static Pointcut pointcut() {
    Pointcut annotated =
        Pointcuts.union(
            new AnnotationMatchingPointcut(null, PreAuthorize.class, true),
            new AnnotationMatchingPointcut(PreAuthorize.class, true));
    return new ComposablePointcut(KOLDOO_CLASSES).intersection(annotated);
  }
}
