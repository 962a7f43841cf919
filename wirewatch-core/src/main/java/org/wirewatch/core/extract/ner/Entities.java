package org.wirewatch.core.extract.ner;

import java.util.List;
import org.wirewatch.core.model.Mention;
import org.wirewatch.core.model.RoleMention;

/** What the recognizer found in one article: mentions in text order, and the offices it gives people. */
public record Entities(List<Mention> mentions, List<RoleMention> roles) {
    public static final Entities NONE = new Entities(List.of(), List.of());

    public Entities {
        mentions = List.copyOf(mentions);
        roles = List.copyOf(roles);
    }
}
