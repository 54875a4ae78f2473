package org.koldoo.platform.work;

import java.time.LocalDate;
import java.util.List;

/**
 * One thing waiting for a person, one click from where it is done. It names a record by its number
 * or pseudonym only, never by a person's name.
 *
 * @param href where the work is done
 * @param title the record's number, pseudonym or code
 * @param codeKey message key of a code that says what kind of thing it is (a follow-up's kind, a
 *     referral's service), or null
 * @param labelKey message key of what is waiting, with {@code args}
 * @param args the message's arguments (numbers, dates, codes)
 * @param day the day that matters: when it is due, or since when it waits
 * @param urgent overdue or waiting too long
 */
public record WorkItem(
    String href,
    String title,
    String codeKey,
    String labelKey,
    List<Object> args,
    LocalDate day,
    boolean urgent) {

  public WorkItem {
    args = List.copyOf(args);
  }

  public Object[] argsArray() {
    return args.toArray();
  }
}
