package org.koldoo.imports.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.koldoo.platform.cli.IoFailure;
import org.koldoo.platform.cli.Json;
import org.koldoo.platform.cli.KoldooCommand;
import org.koldoo.platform.cli.OperatorCommand;
import org.koldoo.platform.web.MessageException;
import org.springframework.context.MessageSource;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/**
 * {@code import --kind K --file F --user U [--commit]} and {@code import --resume ID --user U}: a
 * sheet checked (and committed) on the server, as that account, through the same service as the
 * screen; for files too large to upload and for finishing an interrupted import. Prints one JSON
 * object: the import's id, status and counts.
 */
@Component
class ImportCommand implements KoldooCommand {

  private final ImportService imports;
  private final UserDetailsService users;
  private final MessageSource messages;

  ImportCommand(ImportService imports, UserDetailsService users, MessageSource messages) {
    this.imports = imports;
    this.users = users;
    this.messages = messages;
  }

  @Override
  public OperatorCommand command() {
    return OperatorCommand.IMPORT;
  }

  @Override
  public int run(List<String> arguments, PrintStream out) {
    Map<String, String> options = options(arguments);
    if (options == null) {
      return usage();
    }
    if (options.get("user") == null
        || (options.get("resume") == null
            && (options.get("kind") == null || options.get("file") == null))) {
      return usage();
    }
    try {
      UserDetails user = users.loadUserByUsername(options.get("user"));
      if (!user.isEnabled() || !user.isAccountNonLocked()) {
        System.err.println("the account " + options.get("user") + " may not sign in");
        return 1;
      }
      SecurityContextHolder.getContext()
          .setAuthentication(
              UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
      ImportRun run;
      if (options.get("resume") != null) {
        run = imports.commit(importId(options.get("resume")));
      } else {
        Path file = Path.of(options.get("file"));
        run =
            imports.validate(
                options.get("kind"), file.getFileName().toString(), Files.readAllBytes(file));
        System.out.println(
            Json.write(Json.object("id", run.id().toString(), "status", run.status())));
        System.out.flush();
        if (options.containsKey("commit")) {
          run = imports.commit(run.id());
        }
      }
      out.println(outcome(run));
      return 0;
    } catch (UsernameNotFoundException e) {
      System.err.println("no account " + options.get("user"));
      return 1;
    } catch (MessageException refused) {
      // an import not found, discarded or being written: said as the API says it, in English
      out.println(
          Json.write(
              Json.object(
                  "error",
                  messages.getMessage(
                      refused.messageKey(), refused.arguments(), java.util.Locale.ENGLISH))));
      return 2;
    } catch (IOException e) {
      System.err.println("cannot read the sheet: " + IoFailure.of(e));
      return 1;
    } finally {
      SecurityContextHolder.clearContext();
    }
  }

  /** What the command prints of an import: its id, status, counts and why rows were refused. */
  private static String outcome(ImportRun run) {
    return Json.write(
        Json.object(
            "id", run.id().toString(),
            "status", run.status(),
            "rows", run.counts().total(),
            "created", run.counts().create(),
            "updated", run.counts().update(),
            "unchanged", run.counts().unchanged(),
            "invalid", run.counts().invalid(),
            // why rows were refused, as the page and the API say it: the operator at a terminal
            // has nothing else to read it in
            "problemsTotal", run.problemsTotal(),
            "problems", run.problems()));
  }

  /** The ID given to {@code --resume}; refused as the API refuses an unknown import. */
  private static UUID importId(String given) {
    try {
      return UUID.fromString(given);
    } catch (IllegalArgumentException e) {
      throw new ImportExceptions.ImportNotFound(given);
    }
  }

  /** The {@code --name value} pairs and the {@code --commit} flag; null when they are off. */
  private static Map<String, String> options(List<String> arguments) {
    Map<String, String> options = new HashMap<>();
    for (int i = 0; i < arguments.size(); i++) {
      String word = arguments.get(i);
      if (word.equals("--commit")) {
        options.put("commit", "true");
      } else if (word.startsWith("--") && i + 1 < arguments.size()) {
        options.put(word.substring(2), arguments.get(++i));
      } else {
        return null;
      }
    }
    return options;
  }

  private int usage() {
    System.err.println("import " + description());
    return 2;
  }
}
