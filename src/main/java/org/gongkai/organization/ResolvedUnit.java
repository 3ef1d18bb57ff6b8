package org.gongkai.organization;

import java.util.Objects;

/** A unit that a free-text unit expression named: its id and its full name. */
public record ResolvedUnit(long id, String name) {

    public ResolvedUnit {
        Objects.requireNonNull(name, "name");
    }
}
