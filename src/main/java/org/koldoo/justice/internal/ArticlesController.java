package org.koldoo.justice.internal;

import jakarta.validation.Valid;
import java.util.UUID;
import org.koldoo.justice.ArticleClass;
import org.koldoo.justice.internal.JusticeForms.ArticleForm;
import org.koldoo.platform.web.FormSubmission;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The Criminal Code catalogue, kept by the administrator. */
@Controller
class ArticlesController {

  private final ArticleCatalogue articles;

  ArticlesController(ArticleCatalogue articles) {
    this.articles = articles;
  }

  @ModelAttribute
  void lists(Model model) {
    model.addAttribute("articles", articles.all());
    model.addAttribute("articleClasses", ArticleClass.values());
  }

  @GetMapping("/admin/articles")
  String articles(Model model) {
    if (!model.containsAttribute("form")) {
      model.addAttribute(
          "form",
          new ArticleForm(
              null, null, null, null, ArticleClass.LESSER, null, null, null, null, null));
    }
    return "justice/articles";
  }

  @PostMapping("/admin/articles")
  String addArticle(
      @Valid @ModelAttribute("form") ArticleForm form,
      BindingResult errors,
      RedirectAttributes redirect) {
    return FormSubmission.submit(
        errors,
        () -> {
          articles.add(form);
          redirect.addFlashAttribute("saved", true);
          return "redirect:/admin/articles";
        },
        () -> "justice/articles");
  }

  @GetMapping("/admin/articles/{id}")
  String article(@PathVariable UUID id, Model model) {
    ArticleCatalogue.Article article =
        articles.find(id).orElseThrow(() -> new ArticleCatalogue.ArticleNotFound(id));
    if (!model.containsAttribute("form")) {
      model.addAttribute("form", ArticleForm.of(article));
    }
    model.addAttribute("article", article);
    model.addAttribute("history", articles.history(id));
    return "justice/article";
  }

  @PostMapping("/admin/articles/{id}")
  String changeArticle(
      @PathVariable UUID id,
      @Valid @ModelAttribute("form") ArticleForm form,
      BindingResult errors,
      Model model,
      RedirectAttributes redirect) {
    return FormSubmission.submit(
        errors,
        () -> {
          articles.change(id, form);
          redirect.addFlashAttribute("saved", true);
          return "redirect:/admin/articles/" + id;
        },
        () -> article(id, model));
  }
}
