package org.wirewatch.spark;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Joins window-local story ids that the overlap showed to be one story (union-find). The id that
 * survives is the smallest, which is the one from the earliest window (ids start with the window's
 * first day), so a story keeps the id it was first given. Built on the driver from one pair per
 * overlapping article whose two placements differ.
 */
final class StoryLinks {
    private final Map<String, String> parent = new HashMap<>();

    void link(String a, String b) {
        String ra = root(a);
        String rb = root(b);
        if (ra.equals(rb)) return;
        if (ra.compareTo(rb) < 0) parent.put(rb, ra);
        else parent.put(ra, rb);
    }

    private String root(String id) {
        String r = id;
        for (String p; (p = parent.get(r)) != null; ) r = p;
        for (String i = id, p; !i.equals(r); i = p) {   // path compression
            p = parent.get(i);
            parent.put(i, r);
        }
        return r;
    }

    /** Every linked id that is not its story's surviving id, mapped to that id. */
    Map<String, String> renames() {
        Map<String, String> out = new HashMap<>();
        for (String id : List.copyOf(parent.keySet())) out.put(id, root(id));
        return out;
    }
}
