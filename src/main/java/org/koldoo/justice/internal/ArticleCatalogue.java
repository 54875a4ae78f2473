package org.koldoo.justice.internal;

import java.time.Clock;
import java.time.Instant;
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
import org.koldoo.platform.security.Actors;
import org.koldoo.platform.web.ConflictException;
import org.koldoo.platform.web.InvalidInput;
import org.koldoo.platform.web.NotFoundException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The Criminal Code articles, maintained by administrators. */
@Component
class ArticleCatalogue {

  private final JdbcClient jdbc;
  private final AuditTrail audit;
  private final Clock clock;

  ArticleCatalogue(JdbcClient jdbc, AuditTrail audit, Clock clock) {
    this.jdbc = jdbc;
    this.audit = audit;
    this.clock = clock;
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
      LocalDate effectiveTo,
      int version) {

    public String title(Locale locale) {
      return switch (locale.getLanguage()) {
        case "ky" -> titleKy;
        case "ru" -> titleRu;
        default -> titleEn;
      };
    }

    /**
     * The article as the reader names it: its number written the language's way ({@code numbered},
     * from {@code justice.articleNumber}) before its title, or the title alone while it has none.
     */
    public String label(Locale locale, String numbered) {
      return (code.chars().allMatch(Character::isDigit) ? numbered + " — " : "") + title(locale);
    }

    boolean inForceOn(LocalDate day) {
      return (effectiveFrom == null || !day.isBefore(effectiveFrom))
          && (effectiveTo == null || !day.isAfter(effectiveTo));
    }

    CaseTimeline.ArticleRef ref() {
      return new CaseTimeline.ArticleRef(id, code, articleClass, maxMonths);
    }
  }

  private static final String SELECT =
      """
      select id, code, title_en, title_ru, title_ky, article_class, min_months, max_months,
          effective_from, effective_to, version from criminal_article
      """;

  List<Article> all() {
    return jdbc.sql("%s order by article_class desc, code".formatted(SELECT))
        .query(ArticleCatalogue::article)
        .list();
  }

  private static Article article(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
    return new Article(
        rs.getObject(1, UUID.class),
        rs.getString(2),
        rs.getString(3),
        rs.getString(4),
        rs.getString(5),
        ArticleClass.valueOf(rs.getString(6)),
        (Integer) rs.getObject(7),
        (Integer) rs.getObject(8),
        rs.getObject(9, LocalDate.class),
        rs.getObject(10, LocalDate.class),
        rs.getInt(11));
  }

  Map<UUID, Article> byId() {
    Map<UUID, Article> map = new LinkedHashMap<>();
    all().forEach(a -> map.put(a.id(), a));
    return map;
  }

  /** One article, read alone (an edit reads it twice and checks it against all the others). */
  Optional<Article> find(UUID id) {
    return jdbc.sql("%s where id = :id".formatted(SELECT))
        .param("id", id)
        .query(ArticleCatalogue::article)
        .optional();
  }

  @Transactional
  Article add(ArticleForm form) {
    check(null, form);
    UUID id = UUID.randomUUID();
    jdbc.sql(
            """
            insert into criminal_article (id, code, title_en, title_ru, title_ky, article_class,
                min_months, max_months, effective_from, effective_to, version)
            values (:id, :code, :en, :ru, :ky, :cls, :min, :max, :from, :to, 0)
            """)
        .paramSource(values(id, form))
        .update();
    keepRevision(id, 0, form);
    audit.record(AuditRecord.of("ARTICLE_ADDED", "criminal-article", id).withDetails(form.code()));
    return find(id).orElseThrow();
  }

  /**
   * Changes an article as the administrator entered it, from the version they started with; the
   * earlier versions stay in its history.
   */
  @Transactional
  Article change(UUID id, ArticleForm form) {
    Article before = find(id).orElseThrow(() -> new ArticleNotFound(id));
    if (form.version() == null || form.version() != before.version()) {
      throw new StaleArticle();
    }
    check(id, form);
    int version = before.version() + 1;
    int changed =
        jdbc.sql(
                """
                update criminal_article set code = :code, title_en = :en, title_ru = :ru,
                    title_ky = :ky, article_class = :cls, min_months = :min, max_months = :max,
                    effective_from = :from, effective_to = :to, version = :version
                where id = :id and version = :was
                """)
            .paramSource(
                values(id, form).addValue("version", version).addValue("was", before.version()))
            .update();
    if (changed == 0) {
      throw new StaleArticle();
    }
    keepRevision(id, version, form);
    audit.record(
        AuditRecord.of("ARTICLE_CHANGED", "criminal-article", id)
            .withDetails(before.code() + " → " + form.code().strip() + " v" + version));
    return find(id).orElseThrow();
  }

  /** Every version of an article, the latest first. */
  List<Revision> history(UUID id) {
    find(id).orElseThrow(() -> new ArticleNotFound(id));
    return jdbc.sql(
            """
            select version, revised_at, revised_by, code, title_en, title_ru, title_ky,
                article_class, min_months, max_months, effective_from, effective_to
            from criminal_article_revision where article_id = :id order by version desc
            """)
        .param("id", id)
        .query(
            (rs, n) ->
                new Revision(
                    rs.getInt(1),
                    rs.getTimestamp(2).toInstant(),
                    rs.getString(3),
                    rs.getString(4),
                    rs.getString(5),
                    rs.getString(6),
                    rs.getString(7),
                    ArticleClass.valueOf(rs.getString(8)),
                    (Integer) rs.getObject(9),
                    (Integer) rs.getObject(10),
                    rs.getObject(11, LocalDate.class),
                    rs.getObject(12, LocalDate.class)))
        .list();
  }

  /** One version of an article: what it said from {@code revisedAt}, and who entered it. */
  record Revision(
      int version,
      Instant revisedAt,
      String revisedBy,
      String code,
      String titleEn,
      String titleRu,
      String titleKy,
      ArticleClass articleClass,
      Integer minMonths,
      Integer maxMonths,
      LocalDate effectiveFrom,
      LocalDate effectiveTo) {}

  /**
   * The rules of an article's entry: ranges the right way round, and no other article with its
   * number or with one of its names (in any language) — an article is edited, never entered twice.
   */
  private void check(UUID self, ArticleForm form) {
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
    for (Article other : all()) {
      if (other.id().equals(self)) {
        continue;
      }
      if (other.code().equalsIgnoreCase(form.code().strip())) {
        throw new InvalidInput("code", "justice.articleCodeTaken", form.code().strip());
      }
      for (String[] title :
          new String[][] {
            {"titleEn", other.titleEn(), form.titleEn()},
            {"titleRu", other.titleRu(), form.titleRu()},
            {"titleKy", other.titleKy(), form.titleKy()}
          }) {
        if (title[1].strip().equalsIgnoreCase(title[2].strip())) {
          throw new InvalidInput(title[0], "justice.articleTitleTaken", other.code());
        }
      }
    }
  }

  private static MapSqlParameterSource values(UUID id, ArticleForm form) {
    return new MapSqlParameterSource()
        .addValue("id", id)
        .addValue("code", form.code().strip())
        .addValue("en", form.titleEn().strip())
        .addValue("ru", form.titleRu().strip())
        .addValue("ky", form.titleKy().strip())
        .addValue("cls", form.articleClass().name())
        .addValue("min", form.minMonths())
        .addValue("max", form.maxMonths())
        .addValue("from", form.effectiveFrom())
        .addValue("to", form.effectiveTo());
  }

  private void keepRevision(UUID id, int version, ArticleForm form) {
    jdbc.sql(
            """
            insert into criminal_article_revision (id, article_id, version, revised_at, revised_by,
                code, title_en, title_ru, title_ky, article_class, min_months, max_months,
                effective_from, effective_to)
            values (:revision, :id, :version, :at, :by, :code, :en, :ru, :ky, :cls, :min, :max,
                :from, :to)
            """)
        .paramSource(
            values(id, form)
                .addValue("revision", UUID.randomUUID())
                .addValue("version", version)
                .addValue("at", java.sql.Timestamp.from(Instant.now(clock)))
                .addValue("by", Actors.current().username()))
        .update();
  }

  static final class ArticleNotFound extends NotFoundException {
    ArticleNotFound(UUID id) {
      super("justice.articleNotFound", id);
    }
  }

  static final class StaleArticle extends ConflictException {
    StaleArticle() {
      super(null, "error.staleEdit");
    }
  }
}
