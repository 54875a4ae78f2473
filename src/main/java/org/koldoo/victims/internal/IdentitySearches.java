package org.koldoo.victims.internal;

import jakarta.servlet.http.HttpSession;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The cases an identity search on the case register found, kept in the searcher's session under a
 * random token. The register's address then carries the token, never the name, birth date or
 * document asked for: an address is kept in the browser's history, in the logs of every proxy and
 * load balancer on the way, and in a session that asks for a sign-in again.
 *
 * <p>The session keeps the cases' ids only, and the last {@value #KEPT} searches; an older or
 * another session's token finds nothing, and the page asks for the search again.
 */
@Component
class IdentitySearches {

  static final String ATTRIBUTE = "koldoo.identitySearches";
  static final int KEPT = 5;

  private final SecureRandom random = new SecureRandom();

  /** Keeps what a search found; the token that names it. */
  String keep(HttpSession session, Set<UUID> found) {
    byte[] bytes = new byte[12];
    random.nextBytes(bytes);
    String token = HexFormat.of().formatHex(bytes);
    // a new map each time: a session kept in the database saves an attribute when it is set again
    LinkedHashMap<String, ArrayList<UUID>> kept = new LinkedHashMap<>(kept(session));
    kept.put(token, new ArrayList<>(found));
    while (kept.size() > KEPT) {
      kept.remove(kept.keySet().iterator().next());
    }
    session.setAttribute(ATTRIBUTE, kept);
    return token;
  }

  /** What the search named by {@code token} found; empty when this session has no such search. */
  Optional<Set<UUID>> found(HttpSession session, String token) {
    var ids = kept(session).get(token);
    return ids == null ? Optional.empty() : Optional.of(Set.copyOf(ids));
  }

  @SuppressWarnings("unchecked")
  private static Map<String, ArrayList<UUID>> kept(HttpSession session) {
    Object kept = session.getAttribute(ATTRIBUTE);
    return kept instanceof Map<?, ?> map ? (Map<String, ArrayList<UUID>>) map : Map.of();
  }
}
