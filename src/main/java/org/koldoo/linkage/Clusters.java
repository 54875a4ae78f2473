package org.koldoo.linkage;

import java.util.List;

/** Groups records into persons from pairwise matches (union-find with path halving). */
public final class Clusters {

  private final int[] parent;

  public Clusters(int size) {
    parent = new int[size];
    for (int i = 0; i < size; i++) {
      parent[i] = i;
    }
  }

  public static Clusters of(int size, List<Match> matches) {
    Clusters clusters = new Clusters(size);
    matches.forEach(m -> clusters.union(m.left(), m.right()));
    return clusters;
  }

  public int find(int record) {
    int r = record;
    while (parent[r] != r) {
      parent[r] = parent[parent[r]];
      r = parent[r];
    }
    return r;
  }

  public void union(int a, int b) {
    int ra = find(a);
    int rb = find(b);
    if (ra != rb) {
      parent[Math.max(ra, rb)] = Math.min(ra, rb);
    }
  }

  public int count() {
    int roots = 0;
    for (int i = 0; i < parent.length; i++) {
      if (find(i) == i) {
        roots++;
      }
    }
    return roots;
  }
}
