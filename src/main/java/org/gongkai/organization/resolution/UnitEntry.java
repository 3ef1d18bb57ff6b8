package org.gongkai.organization.resolution;

import java.util.List;
import java.util.Objects;

import org.gongkai.organization.UnitKind;
import org.gongkai.organization.UnitLevel;
import org.jspecify.annotations.Nullable;

/**
 * What the resolver needs to know about one unit. {@code aliases} holds every other name the unit goes by,
 * the short name included; {@code parentId} is null for a root.
 */
public record UnitEntry(long id, String name, List<String> aliases, UnitLevel level, UnitKind kind,
        @Nullable Long parentId, boolean active) {

    public UnitEntry {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(kind, "kind");
        aliases = aliases == null ? List.of() : aliases.stream().filter(Objects::nonNull).toList();
    }
}
