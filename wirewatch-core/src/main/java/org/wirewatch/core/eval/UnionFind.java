package org.wirewatch.core.eval;

/** Disjoint sets over 0..n-1, for turning "same story" links into clusters. Not thread-safe; local to one run. */
final class UnionFind {
    private final int[] parent;

    UnionFind(int n) {
        parent = new int[n];
        for (int i = 0; i < n; i++) parent[i] = i;
    }

    int find(int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];   // path halving keeps later finds short
            i = parent[i];
        }
        return i;
    }

    void union(int a, int b) {
        int ra = find(a), rb = find(b);
        // The smaller index wins, so a cluster's representative is its first article in the file.
        if (ra < rb) parent[rb] = ra;
        else if (rb < ra) parent[ra] = rb;
    }
}
