package org.koldoo.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.web.servlet.support.RequestDataValueProcessor;

/**
 * Gives every form sent by POST a hidden one-time token ({@value #PARAMETER}), new each time the
 * form is shown, beside the CSRF token of the processor it wraps. The token tells the same form
 * sent twice from two forms that say the same ({@link RepeatedFormFilter}).
 */
public final class OnceTokens implements RequestDataValueProcessor {

  /** The hidden field's name. */
  public static final String PARAMETER = "_once";

  private static final String POST_FORM = OnceTokens.class.getName() + ".post";
  private static final SecureRandom RANDOM = new SecureRandom();

  private final RequestDataValueProcessor wrapped;

  OnceTokens(RequestDataValueProcessor wrapped) {
    this.wrapped = wrapped;
  }

  /** A new token: 128 random bits as 32 hex digits. */
  static String token() {
    byte[] bytes = new byte[16];
    RANDOM.nextBytes(bytes);
    return HexFormat.of().formatHex(bytes);
  }

  @Override
  public String processAction(HttpServletRequest request, String action, String httpMethod) {
    // called for each form before its hidden fields: remembers whether this one is sent by POST
    request.setAttribute(POST_FORM, "post".equalsIgnoreCase(httpMethod));
    return wrapped.processAction(request, action, httpMethod);
  }

  @Override
  public String processFormFieldValue(
      HttpServletRequest request, String name, String value, String type) {
    return wrapped.processFormFieldValue(request, name, value, type);
  }

  @Override
  public Map<String, String> getExtraHiddenFields(HttpServletRequest request) {
    Map<String, String> fields = wrapped.getExtraHiddenFields(request);
    if (!Boolean.TRUE.equals(request.getAttribute(POST_FORM))) {
      return fields;
    }
    Map<String, String> all = new LinkedHashMap<>(fields == null ? Map.of() : fields);
    all.put(PARAMETER, token());
    return all;
  }

  @Override
  public String processUrl(HttpServletRequest request, String url) {
    return wrapped.processUrl(request, url);
  }
}
