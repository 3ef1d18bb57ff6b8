package org.gongkai.organization;

import java.util.List;

/**
 * What a free-text unit expression such as {@code 各乡（镇）人民政府、县政府相关部门} stands for. Every fragment of
 * the text ends up in exactly one place: the units it named (deduplicated, in text order), the fragments that
 * name no unit ({@code unresolved}), or the fragments that name several units or a vague group which a person
 * has to pick ({@code needsChoice}). Both lists hold the fragments as written.
 */
public record UnitResolution(List<ResolvedUnit> units, List<String> unresolved, List<String> needsChoice) {

    public UnitResolution {
        units = List.copyOf(units);
        unresolved = List.copyOf(unresolved);
        needsChoice = List.copyOf(needsChoice);
    }
}
