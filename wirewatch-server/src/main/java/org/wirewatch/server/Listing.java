package org.wirewatch.server;

import java.util.List;

/** The shape of every list answer: how many there are in all, and this page of them. */
record Listing<T>(long total, List<T> items) {
    static <T> Listing<T> page(List<T> all, Paging paging) {
        int from = Math.min(paging.offset(), all.size());
        int to = Math.min(from + paging.limit(), all.size());
        return new Listing<>(all.size(), List.copyOf(all.subList(from, to)));
    }
}
