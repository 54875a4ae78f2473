package org.koldoo.notifications.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.koldoo.platform.security.Actor;
import org.koldoo.platform.security.Actors;
import org.koldoo.platform.security.Role;
import org.koldoo.platform.web.NotFoundException;
import org.koldoo.platform.web.Screen;
import org.koldoo.platform.work.WorkGroup;
import org.koldoo.platform.work.WorkItem;
import org.koldoo.platform.work.WorkSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Each person's notices, on a screen, over the API and as a badge in the navigation. */
final class NotificationsWeb {

  private NotificationsWeb() {}

  static final String PATH = "/notifications";

  @Configuration(proxyBeanMethods = false)
  static class Screens {

    @Bean
    Screen notificationsScreen() {
      return new Screen(PATH, "nav.notifications", EnumSet.allOf(Role.class), 980, true);
    }
  }

  /** Unread notices on the home page and as the navigation's badge. */
  @org.springframework.stereotype.Component
  static class Unread implements WorkSource {

    private final Inbox inbox;

    Unread(Inbox inbox) {
      this.inbox = inbox;
    }

    @Override
    public List<WorkGroup> waitingFor(Actor actor, LocalDate today) {
      int unread = inbox.unread(actor.username());
      if (unread == 0) {
        return List.of();
      }
      List<WorkItem> items =
          inbox.of(actor.username(), 0, WorkGroup.LISTED).items().stream()
              .filter(Inbox.Notice::unread)
              .map(
                  n ->
                      new WorkItem(
                          n.link(), n.title(), null, n.kind().messageKey(), List.of(), null, false))
              .toList();
      return List.of(new WorkGroup("work.group.notices", PATH, unread, items, PATH));
    }
  }

  @Controller
  @RequestMapping(PATH)
  static class Page {

    private final Inbox inbox;
    private final java.time.Clock clock;

    Page(Inbox inbox, java.time.Clock clock) {
      this.inbox = inbox;
      this.clock = clock;
    }

    @GetMapping
    String list(@RequestParam(defaultValue = "0") int page, Model model) {
      model.addAttribute("zone", clock.getZone());
      model.addAttribute(
          "notices",
          inbox.of(
              Actors.current().username(),
              Math.max(page, 0),
              org.koldoo.platform.web.Page.DEFAULT_SIZE));
      model.addAttribute("pagerBase", PATH);
      return "notifications/list";
    }

    /** Marks the notice read and opens what it is about (the link Koldoo stored, nothing sent). */
    @PostMapping("/{id}/open")
    String open(@PathVariable UUID id) {
      String me = Actors.current().username();
      String link = inbox.linkOf(me, id).orElseThrow(() -> new Missing(id));
      inbox.markRead(me, id);
      // only ever a page of Koldoo's own, whatever a stored link says
      return "redirect:" + (local(link) ? link : PATH);
    }

    /** A path on this server: one slash, never a scheme, another host or a backslash. */
    static boolean local(String link) {
      return link.startsWith("/") && !link.startsWith("//") && !link.contains("\\");
    }

    @PostMapping("/read")
    String readAll() {
      inbox.markAllRead(Actors.current().username());
      return "redirect:" + PATH;
    }
  }

  @RestController
  @RequestMapping("/api/v1/notifications")
  @Tag(name = "Notifications", description = "The caller's notices: no names, pseudonyms only")
  static class Api {

    private final Inbox inbox;

    Api(Inbox inbox) {
      this.inbox = inbox;
    }

    record Unread(int unread) {}

    @GetMapping
    @Operation(summary = "The caller's notices, newest first, 25 a page")
    org.koldoo.platform.web.Page<Inbox.Notice> list(@RequestParam(defaultValue = "0") int page) {
      return inbox.of(
          Actors.current().username(),
          Math.max(page, 0),
          org.koldoo.platform.web.Page.DEFAULT_SIZE);
    }

    @PostMapping("/{id}/read")
    @Operation(summary = "Mark one of the caller's notices read")
    Unread read(@PathVariable UUID id) {
      if (!inbox.markRead(Actors.current().username(), id)) {
        throw new Missing(id);
      }
      return new Unread(inbox.unread(Actors.current().username()));
    }

    @PostMapping("/read")
    @Operation(summary = "Mark all the caller's notices read")
    Unread readAll() {
      inbox.markAllRead(Actors.current().username());
      return new Unread(0);
    }
  }

  static final class Missing extends NotFoundException {
    Missing(UUID id) {
      super("notice.notFound", id);
    }
  }
}
