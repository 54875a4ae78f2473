package org.koldoo.platform.security;

/** Implemented by authenticated principals so any module can learn who is acting. */
public interface ActorAware {

  Actor actor();

  /** The person's name as shown in the page header. */
  default String displayName() {
    return actor().username();
  }
}
