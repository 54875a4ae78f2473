package org.koldoo.justice.internal;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.koldoo.audit.AuditRecord;
import org.koldoo.audit.AuditTrail;
import org.koldoo.justice.ArticleClass;
import org.koldoo.justice.internal.JusticeForms.ArticleForm;
import org.koldoo.platform.web.InvalidInput;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The Criminal Code articles, maintained by administrators. */
@Component
class ArticleCatalogue {

  private final JdbcClient jdbc;
  private final AuditTrail audit;

  ArticleCatalogue(JdbcClient jdbc, AuditTrail audit) {
    this.jdbc = jdbc;
    this.audit = audit;
  }

  record Article(
      UUID id,
      String code,
      String titleEn,
      String titleRu,
      String titleKy,
      ArticleClass articleClass,
      Integer minMonths,
      Integer maxMonths,
      LocalDate effectiveFrom,
      LocalDate effectiveTo) {

    public String title(Locale locale) {
      return switch (locale.getLanguage()) {
        case "ky" -> titleKy;
        case "ru" -> titleRu;
        default -> titleEn;
      };
    }

    public String label(Locale locale) {
      return (code.chars().allMatch(Character::isDigit) ? "Art. " + code + " — " : "")
          + title(locale);
    }

    boolean inForceOn(LocalDate day) {
      return (effectiveFrom == null || !day.isBefore(effectiveFrom))
          && (effectiveTo == null || !day.isAfter(effectiveTo));
    }

    CaseTimeline.ArticleRef ref() {
      return new CaseTimeline.ArticleRef(id, code, articleClass, maxMonths);
    }
  }

  List<Article> all() {
    return jdbc.sql(
            """
                select id, code, title_en, title_ru, title_ky, article_class, min_months, max_months,
                effective_from, effective_to from criminal_article
                order by article_class desc, code
                """)
        .query(
            (rs, n) ->
                new Article(
                    rs.getObject(1, UUID.class),
                    rs.getString(2),
                    rs.getString(3),
                    rs.getString(4),
                    rs.getString(5),
                    ArticleClass.valueOf(rs.getString(6)),
                    (Integer) rs.getObject(7),
                    (Integer) rs.getObject(8),
                    rs.getObject(9, LocalDate.class),
                    rs.getObject(10, LocalDate.class)))
        .list();
  }

  Map<UUID, Article> byId() {
    Map<UUID, Article> map = new LinkedHashMap<>();
    all().forEach(a -> map.put(a.id(), a));
    return map;
  }

  Optional<Article> find(UUID id) {
    return Optional.ofNullable(byId().get(id));
  }

  @Transactional
  Article add(ArticleForm form) {
    if (form.minMonths() != null
        && form.maxMonths() != null
        && form.minMonths() > form.maxMonths()) {
      throw new InvalidInput("maxMonths", "justice.rangeReversed");
    }
    if (form.effectiveFrom() != null
        && form.effectiveTo() != null
        && form.effectiveTo().isBefore(form.effectiveFrom())) {
      throw new InvalidInput("effectiveTo", "case.periodReversed");
    }
    boolean taken =
        jdbc.sql("select count(*) > 0 from criminal_article where upper(code) = upper(:c)")
            .param("c", form.code().strip())
            .query(Boolean.class)
            .single();
    if (taken) {
      throw new InvalidInput("code", "justice.articleCodeTaken", form.code());
    }
    UUID id = UUID.randomUUID();
    jdbc.sql(
            """
                insert into criminal_article (id, code, title_en, title_ru, title_ky, article_class,
                min_months, max_months, effective_from, effective_to) values (:id, :code, :en,
                :ru, :ky, :cls, :min, :max, :from, :to)
                """)
        .param("id", id)
        .param("code", form.code().strip())
        .param("en", form.titleEn().strip())
        .param("ru", form.titleRu().strip())
        .param("ky", form.titleKy().strip())
        .param("cls", form.articleClass().name())
        .param("min", form.minMonths())
        .param("max", form.maxMonths())
        .param("from", form.effectiveFrom())
        .param("to", form.effectiveTo())
        .update();
    audit.record(AuditRecord.of("ARTICLE_ADDED", "criminal-article", id).withDetails(form.code()));
    return find(id).orElseThrow();
  }
}
