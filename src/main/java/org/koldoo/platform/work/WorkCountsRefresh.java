package org.koldoo.platform.work;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.koldoo.platform.security.Actors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * After a person changes something, their navigation counts are read afresh on the next page rather
 * than kept for the usual half minute: what they just did shows at once.
 */
@Configuration(proxyBeanMethods = false)
class WorkCountsRefresh implements WebMvcConfigurer {

  private final ObjectProvider<WorkQueues> queues;

  WorkCountsRefresh(ObjectProvider<WorkQueues> queues) {
    this.queues = queues;
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    registry.addInterceptor(
        new HandlerInterceptor() {
          @Override
          public void afterCompletion(
              HttpServletRequest request,
              HttpServletResponse response,
              Object handler,
              Exception failure) {
            WorkQueues work = queues.getIfAvailable();
            if (work != null && !"GET".equals(request.getMethod())) {
              work.forget(Actors.current().username());
            }
          }
        });
  }
}
