package org.koldoo.justice.internal;

import jakarta.validation.Valid;
import org.koldoo.justice.ArticleClass;
import org.koldoo.justice.internal.JusticeForms.ArticleForm;
import org.koldoo.platform.web.FormSubmission;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
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
          new ArticleForm(null, null, null, null, ArticleClass.LESSER, null, null, null, null));
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
}
