package org.koldoo.platform.web;

import java.util.List;
import org.springframework.data.domain.Pageable;

/**
 * One page of a list screen or API listing.
 *
 * @param items the rows on this page
 * @param number zero-based page number
 * @param size rows per page
 * @param total rows across all pages
 */
public record Page<T>(List<T> items, int number, int size, long total) {

  public static final int DEFAULT_SIZE = 25;
  public static final int MAX_SIZE = 200;

  public int totalPages() {
    return size == 0 ? 0 : (int) ((total + size - 1) / size);
  }

  public boolean hasPrevious() {
    return number > 0;
  }

  public boolean hasNext() {
    return number + 1 < totalPages();
  }

  /** The same page with its rows changed (what the viewer may see of them, their names). */
  public <U> Page<U> withItems(List<U> changed) {
    return new Page<>(changed, number, size, total);
  }

  /** One page of a list already in memory (a short one: organisations, a replayed register). */
  public static <T> Page<T> of(List<T> all, Pageable pageable) {
    int from = (int) Math.min(pageable.getOffset(), all.size());
    int to = Math.min(from + pageable.getPageSize(), all.size());
    return new Page<>(
        all.subList(from, to), pageable.getPageNumber(), pageable.getPageSize(), all.size());
  }

  /** Clamps a requested page and size to sane bounds. */
  public static Pageable request(int number, int size) {
    int safeSize = size <= 0 ? DEFAULT_SIZE : Math.min(size, MAX_SIZE);
    return org.springframework.data.domain.PageRequest.of(Math.max(number, 0), safeSize);
  }
}
