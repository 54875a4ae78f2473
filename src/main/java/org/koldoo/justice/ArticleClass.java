package org.koldoo.justice;

import org.koldoo.platform.web.CodeList;

/** Whether an article is a trafficking article or a lesser offence used instead. */
public enum ArticleClass implements CodeList {
  TRAFFICKING,
  LESSER,
  OTHER
}
