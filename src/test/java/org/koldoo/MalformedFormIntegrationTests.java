package org.koldoo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.koldoo.platform.security.Role;
import org.koldoo.support.IntegrationTest;
import org.koldoo.support.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.MethodParameter;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The screens' counterpart of {@link MalformedInputIntegrationTests}: every form the pages accept,
 * found in the application's own request mappings so that a new form is covered the day it is
 * added, is sent once as plausible, once with a value not of its field's type, and then with each
 * field alone broken while still of its type (text far over any column and with control characters,
 * the largest number the field holds, year 9999, the id of nothing). No answer may be a 5xx: a page
 * answers a bad value with the form and its message, or a plain 4xx page. The forms of a record (a
 * case's steps, say) are sent about the record its register's plausible form made, so that they
 * reach the steps and not only "not found". The pages' searches and filters are sent broken the
 * same ways.
 */
class MalformedFormIntegrationTests extends IntegrationTest {

  @Autowired MockMvc mvc;
  @Autowired TestAccounts accounts;
  @Autowired UserDetailsService users;

  @Autowired
  @Qualifier("requestMappingHandlerMapping")
  RequestMappingHandlerMapping mappings;

  /** A form's field: its name as posted and its type (the element type, for a list). */
  private record Field(String name, Class<?> type) {}

  @Test
  void no_malformed_form_reaches_a_5xx() throws Exception {
    // one person holding every role at the police, so each form gets past its role check and the
    // broken value travels as deep as the code lets it; a form of no fields is sent by someone it
    // refuses, so that sending it changes nothing (a linkage run over the whole register, say)
    RequestPostProcessor fuzzer =
        user(
            users.loadUserByUsername(
                accounts.create("form-fuzzer", TestAccounts.MVD, Role.values())));
    RequestPostProcessor bystander =
        accounts.signedIn(users, "form-bystander", TestAccounts.MVD, Role.AUDITOR);
    List<String> failures = new ArrayList<>();
    Map<String, Integer> sent = new TreeMap<>();
    // in order, so that a register's form ("/cases/new", "/agencies") comes before the forms of
    // one of its records ("/cases/{id}/…"): the record the plausible form made is theirs
    Map<String, String> made = new TreeMap<>();
    for (var mapping : new TreeMap<>(pages(RequestMethod.POST)).entrySet()) {
      String path = path(mapping.getKey(), made);
      List<Field> fields = fields(mapping.getValue());
      RequestPostProcessor who = fields.isEmpty() ? bystander : fuzzer;
      List<Map<String, List<String>>> forms = variants(fields);
      sent.put(mapping.getKey(), forms.size());
      remember(plausibleAnswer(who, path, forms.get(0)), made);
      for (Map<String, List<String>> form : forms.subList(1, forms.size())) {
        String outcome = send(post(path).with(csrf()).with(who), form);
        if (outcome != null) {
          failures.add("POST " + mapping.getKey() + " ← " + abbreviate(form) + " → " + outcome);
        }
      }
    }
    // the searches and filters of the pages: each parameter broken the same ways
    Map<String, Integer> searched = new TreeMap<>();
    for (var mapping : new TreeMap<>(pages(RequestMethod.GET)).entrySet()) {
      List<Field> fields = fields(mapping.getValue());
      String path = path(mapping.getKey(), made);
      if (!fields.isEmpty()) {
        searched.put(mapping.getKey(), fields.size());
      }
      for (Map<String, List<String>> query :
          fields.isEmpty() ? List.<Map<String, List<String>>>of() : variants(fields)) {
        String outcome = send(get(path).with(fuzzer), query);
        if (outcome != null) {
          failures.add("GET " + mapping.getKey() + " ← " + abbreviate(query) + " → " + outcome);
        }
      }
    }
    // the forms of a victim case and of a criminal case were sent about real ones, so that their
    // broken values got past "not found" to the steps themselves
    assertThat(made).containsKeys("/cases", "/justice");
    assertThat(sent).as("forms found in the pages' request mappings").hasSizeGreaterThan(60);
    assertThat(searched).as("pages with search parameters").hasSizeGreaterThan(15);
    assertThat(failures).isEmpty();
  }

  /**
   * The plausible form first; then once with a value not of its field's type (which leaves the form
   * unmade, whichever field it is in: the first field that can hold one); then each field alone
   * broken in each way of its type.
   */
  private static List<Map<String, List<String>>> variants(List<Field> fields) {
    List<Map<String, List<String>>> forms = new ArrayList<>();
    forms.add(plausible(fields));
    fields.stream()
        .filter(f -> f.type() != String.class)
        .findFirst()
        .ifPresent(
            f -> {
              Map<String, List<String>> form = plausible(fields);
              form.put(f.name(), List.of("x"));
              forms.add(form);
            });
    for (Field field : fields) {
      for (String bad : malformed(field.type())) {
        Map<String, List<String>> form = plausible(fields);
        form.put(field.name(), List.of(bad));
        forms.add(form);
      }
    }
    return forms;
  }

  /** Every request of this method a page (not the API) answers, by path pattern. */
  private Map<String, HandlerMethod> pages(RequestMethod method) {
    Map<String, HandlerMethod> forms = new LinkedHashMap<>();
    for (Map.Entry<RequestMappingInfo, HandlerMethod> e : mappings.getHandlerMethods().entrySet()) {
      HandlerMethod handler = e.getValue();
      boolean api =
          AnnotatedElementUtils.hasAnnotation(handler.getBeanType(), ResponseBody.class)
              || handler.hasMethodAnnotation(ResponseBody.class);
      if (api || !e.getKey().getMethodsCondition().getMethods().contains(method)) {
        continue;
      }
      e.getKey().getPatternValues().forEach(p -> forms.put(p, handler));
    }
    return forms;
  }

  /** The fields a handler binds from the form: its request parameters and its form records. */
  private static List<Field> fields(HandlerMethod handler) {
    List<Field> fields = new ArrayList<>();
    for (MethodParameter p : handler.getMethodParameters()) {
      RequestParam param = p.getParameterAnnotation(RequestParam.class);
      Class<?> type = p.getParameterType();
      if (param != null) {
        String name = !param.name().isEmpty() ? param.name() : p.getParameterName();
        if (!type.getName().startsWith("org.springframework.web.multipart")) {
          fields.add(field(name, type, p.getGenericParameterType()));
        }
      } else if (type.isRecord()
          && (p.hasParameterAnnotation(ModelAttribute.class)
              || type.getName().startsWith("org.koldoo"))) {
        for (RecordComponent c : type.getRecordComponents()) {
          fields.add(field(c.getName(), c.getType(), c.getGenericType()));
        }
      }
    }
    return fields;
  }

  private static Field field(String name, Class<?> type, Type generic) {
    if (Collection.class.isAssignableFrom(type) && generic instanceof ParameterizedType list) {
      Type element = list.getActualTypeArguments()[0];
      if (element instanceof ParameterizedType annotated) {
        element = annotated.getRawType();
      }
      return new Field(name, element instanceof Class<?> c ? c : String.class);
    }
    return new Field(name, type);
  }

  /**
   * Values the forms accept for fields that a type alone does not fill well: codes of their lists,
   * references to what exists, numbers in their range. Unique ones get a suffix of their own.
   */
  private static final Map<String, String> BY_NAME =
      Map.ofEntries(
          Map.entry("citizenships", "KG"),
          Map.entry("citizenship", "KG"),
          Map.entry("country", "KG"),
          Map.entry("countries", "KG"),
          Map.entry("destinationCountries", "KG"),
          Map.entry("articleId", "10000000-0000-0000-0000-000000000166"),
          Map.entry("birthYear", "1990"),
          Map.entry("estimatedAge", "30"),
          Map.entry("dateOfBirth", "1990-05-01"),
          Map.entry("email", "form-fuzz@example.kg"),
          Map.entry("language", "ky"),
          Map.entry("preferredLanguage", "ky"),
          Map.entry("validTo", "2027-01-15"),
          Map.entry("endsOn", "2026-02-15"),
          // references that may be left empty, and must be unless to what exists
          Map.entry("operationId", ""),
          Map.entry("parentId", ""),
          Map.entry("referredTo", ""));

  /** Fields whose value must be new each time: identifiers people type. */
  private static final Set<String> UNIQUE =
      Set.of("code", "username", "licenceNumber", "registrationNumber", "name");

  /** A value of each field that its form accepts, and the marker of every checkbox. */
  private static Map<String, List<String>> plausible(List<Field> fields) {
    Map<String, List<String>> form = new LinkedHashMap<>();
    for (Field f : fields) {
      if (f.name().equals("version")) {
        continue; // a new record has none, and an edit's is not known here
      }
      String value =
          UNIQUE.contains(f.name()) && f.type() == String.class
              ? "FUZZ-" + Long.toString(System.nanoTime() % 1_000_000_000L, 36)
              : BY_NAME.getOrDefault(f.name(), plausible(f.type()));
      form.put(f.name(), List.of(value));
      if (f.type() == boolean.class || f.type() == Boolean.class) {
        form.put("_" + f.name(), List.of("on"));
      }
    }
    return form;
  }

  private static String plausible(Class<?> type) {
    if (type.isEnum()) {
      return ((Enum<?>) type.getEnumConstants()[0]).name();
    }
    if (type == LocalDate.class) {
      return "2026-01-15";
    }
    if (type == LocalDateTime.class) {
      return "2026-01-15T10:00";
    }
    if (type == Instant.class) {
      return "2026-01-15T10:00:00Z";
    }
    if (type == UUID.class) {
      return TestAccounts.MOL.toString();
    }
    if (type == boolean.class || type == Boolean.class) {
      return "false";
    }
    if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
      return "1";
    }
    return "Test";
  }

  /**
   * The ways a value of this type is sent broken while still of its type, so that it passes the
   * binding and reaches what comes after: validation, the use case, the database.
   */
  private static List<String> malformed(Class<?> type) {
    if (type == LocalDate.class || type == LocalDateTime.class || type == Instant.class) {
      return List.of(type == LocalDate.class ? "9999-12-31" : "9999-12-31T23:59");
    }
    if (type == UUID.class) {
      return List.of(UUID.randomUUID().toString()); // the id of nothing
    }
    if (Number.class.isAssignableFrom(type) || type.isPrimitive() && type != boolean.class) {
      return List.of(largest(type));
    }
    if (type == String.class) {
      return List.of("x".repeat(5000), "a\u0000b\u0007c");
    }
    return List.of(); // a code of a list or a yes/no: only the type mismatch above
  }

  /** The largest number the type holds: past every column of its kind. */
  private static String largest(Class<?> type) {
    if (type == int.class || type == Integer.class) {
      return String.valueOf(Integer.MAX_VALUE);
    }
    if (type == long.class || type == Long.class) {
      return String.valueOf(Long.MAX_VALUE);
    }
    return "99999999999999999999.99";
  }

  /** A record's page, as a register's form redirects to it: the register and the record's id. */
  private static final Pattern RECORD =
      Pattern.compile("^(/[a-z/-]+?)/([0-9a-f-]{36})(?:[/?#].*)?$");

  /**
   * The path with the ids of records the plausible forms made where a form of one of them is asked
   * for, and of nothing elsewhere.
   */
  private static String path(String pattern, Map<String, String> made) {
    Matcher record = RECORD_FORM.matcher(pattern);
    String path = pattern;
    if (record.find() && made.containsKey(record.group(1))) {
      path = record.group(1) + "/" + made.get(record.group(1)) + pattern.substring(record.end());
    }
    return path.replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
  }

  /** A form of one record: the register and the record's path variable. */
  private static final Pattern RECORD_FORM = Pattern.compile("^(/[a-z/-]+?)/\\{[^}]+}");

  /** Where the plausible form led, when that is a record's page: the record, by its register. */
  private static void remember(String redirect, Map<String, String> made) {
    Matcher record = RECORD.matcher(String.valueOf(redirect));
    if (redirect != null && record.matches() && !made.containsKey(record.group(1))) {
      made.put(record.group(1), record.group(2));
    }
  }

  /** The plausible form's redirect (null for none); a 5xx fails as any other. */
  private String plausibleAnswer(
      RequestPostProcessor who, String path, Map<String, List<String>> form) throws Exception {
    var answer =
        mvc.perform(filled(post(path).with(csrf()).with(who), form)).andReturn().getResponse();
    assertThat(answer.getStatus()).as("the plausible form of %s", path).isLessThan(500);
    return answer.getRedirectedUrl();
  }

  private static MockHttpServletRequestBuilder filled(
      MockHttpServletRequestBuilder request, Map<String, List<String>> form) {
    form.forEach((name, values) -> request.param(name, values.toArray(String[]::new)));
    return request;
  }

  /** Null when the answer is no 5xx; else what went wrong. */
  private String send(MockHttpServletRequestBuilder request, Map<String, List<String>> form) {
    try {
      int status = mvc.perform(filled(request, form)).andReturn().getResponse().getStatus();
      return status >= 500 ? String.valueOf(status) : null;
    } catch (Exception e) {
      Throwable cause = e;
      while (cause.getCause() != null && cause.getCause() != cause) {
        cause = cause.getCause();
      }
      return "thrown " + cause;
    }
  }

  private static String abbreviate(Map<String, List<String>> form) {
    String text = form.toString();
    return text.length() > 200 ? text.substring(0, 200) + "…" : text;
  }
}
