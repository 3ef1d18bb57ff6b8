package org.gongkai.organization.resolution;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.gongkai.organization.ResolvedUnit;
import org.gongkai.organization.UnitResolution;
import org.gongkai.organization.resolution.TextFragments.Span;
import org.gongkai.organization.resolution.UnitTree.Node;
import org.jspecify.annotations.Nullable;

/**
 * Turns a free-text unit expression, as found in the 责任单位 / 指导单位 columns of real task tables (the seeds
 * 000, 002 and 004), into units of the organisation tree. It never drops a fragment silently: every fragment of
 * the text ends up in {@link UnitResolution#units()}, {@link UnitResolution#unresolved()} or
 * {@link UnitResolution#needsChoice()}.
 *
 * <h2>Cutting the text</h2>
 * <ol>
 * <li>The text is cut at 、 ， , ； ; 。 outside parentheses (各县（市、区）政府 stays whole).</li>
 * <li>Each piece is cut at whitespace; neighbouring words are merged greedily, longest first, when together they
 * are recognised (seed 000 writes 县政府办公室 and 政务公开办 on separate lines of one cell, meaning
 * 县政府办公室政务公开办; seed 002 writes 市发改委 住房和城乡建设局, meaning two units).</li>
 * <li>A fragment that is not recognised whole is cut at 和 / 及 / 与, but only if every part is then recognised
 * (住房和城乡建设局, 人力资源和社会保障局 and 数据资源与网络信息中心 are names, 县民政局及县农业农村局 is two
 * units); the cut with the fewest parts wins.</li>
 * </ol>
 *
 * <h2>Recognising a fragment</h2>
 * Fragments are compared without whitespace, with full-width and half-width parentheses alike and with 人民政府
 * written 政府. In this order:
 * <ol>
 * <li><b>Names and aliases</b>, and the keys derived from them by dropping the governing government's place
 * name: 示范县发展和改革局 is also 县发展和改革局 and 发展和改革局, 示范市人民政府 is also 市政府 (see
 * {@code UnitNames.keysOf}). Inactive units are never found.</li>
 * <li><b>Collective expressions</b> relative to the scope government: 各乡（镇）人民政府 (township
 * governments), 各镇（街道） (townships and street offices), 各街道, 县政府各部门 (departments directly under the
 * scope; the level word must be the scope's own), 各县（市、区）政府, 各区政府, 各村（社区） (see
 * {@code CollectiveExpression}). Without a scope, or when the level word does not fit, a collective needs a
 * choice; when it covers no unit under the scope it is unresolved.</li>
 * <li><b>Vague groups</b> (县政府相关部门, 市级有关部门（单位）, 有关部门: a level, 有关 or 相关, then 部门 or
 * 单位) need a choice.</li>
 * <li><b>Parenthesised alternatives</b> (seed 000: 县行政审批局（政务服务管理办公室）; 区委组织部（区公务员局））
 * name one unit: the outer name if it resolves. Otherwise the fragment is first cut at 和 / 及 / 与 (县发改局和
 * 县行政审批局（政务服务管理办公室） is two units), and only then, if the outer name is a single unknown name, the
 * inner one is taken (县经济发展局（县发改局）). While neighbouring words are tried for a merge, the inner name is
 * never taken, as it would swallow the words before it.</li>
 * </ol>
 *
 * <h2>Scope</h2>
 * With a scope unit (read as its nearest government), a key is looked for among the units in the scope's subtree
 * and the units governed by the scope's ancestors (市政府 and 市发改委 resolve from a county), but not in
 * cousin subtrees. If several units carry the key, the one whose government is closest to the scope in levels
 * wins (住房和城乡建设局 means the county's bureau at a county, the city's at the city); a tie needs a choice.
 * Without a scope a key that names one unit resolves and a key that names several needs a choice.
 *
 * <p>Instances are immutable and {@link #resolve} is thread-safe; build a new resolver when the tree changes.
 */
public final class UnitExpressionResolver {

    /** How many whitespace-separated words may be merged into one name. */
    private static final int MAX_MERGED_WORDS = 6;

    /** More 和 / 及 / 与 than this in one fragment and it is not cut at them (the cut is quadratic). */
    private static final int MAX_CONNECTORS = 12;

    private final UnitTree tree;
    private final Map<String, List<Node>> byKey;

    public UnitExpressionResolver(Collection<UnitEntry> units) {
        this.tree = new UnitTree(units);
        var index = new HashMap<String, List<Node>>();
        for (var node : tree.preorder()) {
            if (!node.entry.active()) {
                continue;
            }
            for (var key : UnitNames.keysOf(node)) {
                index.computeIfAbsent(key, k -> new ArrayList<>(1)).add(node);
            }
        }
        index.replaceAll((key, nodes) -> List.copyOf(nodes));
        this.byKey = Map.copyOf(index);
    }

    /**
     * Resolves {@code text} relative to the unit {@code scopeUnitId} (usually a government), or without a scope.
     *
     * @throws IllegalArgumentException if the scope unit is not in the tree
     */
    public UnitResolution resolve(String text, @Nullable Long scopeUnitId) {
        Objects.requireNonNull(text, "text");
        Node scope = null;
        if (scopeUnitId != null) {
            var node = tree.node(scopeUnitId);
            if (node == null) {
                throw new IllegalArgumentException("Unknown scope unit " + scopeUnitId);
            }
            scope = node.governmentOrSelf();
        }
        var result = new Collector();
        for (var piece : TextFragments.pieces(text)) {
            var words = TextFragments.words(text, piece);
            var i = 0;
            while (i < words.size()) {
                var merged = false;
                for (var j = Math.min(words.size() - 1, i + MAX_MERGED_WORDS - 1); j > i; j--) {
                    var outcomes = recognise(new Span(words.get(i).start(), words.get(j).end()).of(text), scope,
                            true, false);
                    if (allKnown(outcomes)) {
                        result.addAll(outcomes);
                        i = j + 1;
                        merged = true;
                        break;
                    }
                }
                if (!merged) {
                    result.addAll(recognise(words.get(i).of(text), scope, true, true));
                    i++;
                }
            }
        }
        return result.toResolution();
    }

    /**
     * What {@code fragment} stands for. {@code mayCut}: whether it may be cut at 和 / 及 / 与. {@code mayTakeInner}:
     * whether 甲（乙） may stand for 乙 alone; not while trying to merge words, where it would swallow the words
     * before the parentheses.
     */
    private List<Outcome> recognise(String fragment, @Nullable Node scope, boolean mayCut, boolean mayTakeInner) {
        var key = UnitNames.canonical(fragment);
        if (key.isEmpty()) {
            return List.of();
        }
        var named = lookUp(key, fragment, scope);
        if (named != null) {
            return List.of(named);
        }
        var collective = CollectiveExpression.parse(key);
        if (collective != null) {
            return List.of(collectively(collective, fragment, scope));
        }
        if (CollectiveExpression.isVague(key)) {
            return List.of(new NeedsChoice(fragment.strip()));
        }
        var alternative = Alternative.of(fragment);
        if (alternative != null) {
            var outer = recognise(alternative.outer(), scope, false, false);
            if (allFound(outer)) {
                return outer;
            }
        }
        if (mayCut) {
            var parts = cutAtConnectors(fragment, scope, mayTakeInner);
            if (parts != null) {
                return parts;
            }
        }
        // the inner name stands in for a single unknown outer name only, never for a list of them
        if (alternative != null && mayTakeInner && TextFragments.connectors(alternative.outer()).isEmpty()) {
            var inner = recognise(alternative.inner(), scope, false, true);
            if (allFound(inner)) {
                return inner;
            }
            if (allKnown(inner) || allKnown(recognise(alternative.outer(), scope, false, false))) {
                return List.of(new NeedsChoice(fragment.strip()));
            }
        }
        return List.of(new Unresolved(fragment.strip()));
    }

    private @Nullable Outcome lookUp(String key, String fragment, @Nullable Node scope) {
        var candidates = byKey.get(key);
        if (candidates == null) {
            return null;
        }
        if (scope == null) {
            return candidates.size() == 1 ? new Found(candidates) : new NeedsChoice(fragment.strip());
        }
        var closest = new ArrayList<Node>(1);
        var bestDistance = Integer.MAX_VALUE;
        for (var candidate : candidates) {
            if (!isVisible(candidate, scope)) {
                continue;
            }
            var distance = distance(candidate, scope);
            if (distance < bestDistance) {
                closest.clear();
                bestDistance = distance;
            }
            if (distance == bestDistance) {
                closest.add(candidate);
            }
        }
        if (closest.isEmpty()) {
            return null;
        }
        return closest.size() == 1 ? new Found(closest) : new NeedsChoice(fragment.strip());
    }

    /** In the scope's subtree, or governed by the scope or one of the governments above it. */
    private static boolean isVisible(Node candidate, Node scope) {
        if (scope.isAncestorOrSelfOf(candidate)) {
            return true;
        }
        var government = candidate.government;
        return government != null && government.isAncestorOrSelfOf(scope);
    }

    /** Levels of government between the candidate's government and the scope: 0 for the scope's own units. */
    private static int distance(Node candidate, Node scope) {
        return Math.abs(candidate.governmentOrSelf().depth - scope.depth);
    }

    private Outcome collectively(CollectiveExpression collective, String fragment, @Nullable Node scope) {
        if (scope == null || !collective.fits(scope)) {
            return new NeedsChoice(fragment.strip());
        }
        var members = collective.members(tree, scope);
        return members.isEmpty() ? new Unresolved(fragment.strip()) : new Found(members);
    }

    /** A name followed by another name in parentheses: 县行政审批局（政务服务管理办公室）. */
    private record Alternative(String outer, String inner) {

        static @Nullable Alternative of(String fragment) {
            var text = fragment.strip();
            if (text.isEmpty() || !UnitNames.isClosing(text.charAt(text.length() - 1))) {
                return null;
            }
            var depth = 0;
            for (var i = text.length() - 1; i >= 0; i--) {
                var c = text.charAt(i);
                if (UnitNames.isClosing(c)) {
                    depth++;
                }
                else if (UnitNames.isOpening(c) && --depth == 0) {
                    var outer = text.substring(0, i);
                    var inner = text.substring(i + 1, text.length() - 1);
                    return outer.isBlank() || inner.isBlank() ? null : new Alternative(outer, inner);
                }
            }
            return null;
        }
    }

    /**
     * Cuts at 和 / 及 / 与 into the fewest parts that are all recognised; null if there is no such cut. Parts are
     * not cut again, so a 和 inside a name (住房和城乡建设局) is kept whenever the name is known.
     */
    private @Nullable List<Outcome> cutAtConnectors(String fragment, @Nullable Node scope, boolean mayTakeInner) {
        var connectors = TextFragments.connectors(fragment);
        if (connectors.isEmpty() || connectors.size() > MAX_CONNECTORS) {
            return null;
        }
        var bounds = new int[connectors.size() + 2];
        bounds[0] = -1;
        for (var i = 0; i < connectors.size(); i++) {
            bounds[i + 1] = connectors.get(i);
        }
        bounds[bounds.length - 1] = fragment.length();
        var last = bounds.length - 1;
        var parts = new int[bounds.length];
        var previous = new int[bounds.length];
        Arrays.fill(parts, Integer.MAX_VALUE);
        parts[0] = 0;
        var cache = new HashMap<Long, List<Outcome>>();
        for (var k = 1; k <= last; k++) {
            for (var a = 0; a < k; a++) {
                if (parts[a] == Integer.MAX_VALUE || (a == 0 && k == last)) {
                    continue;
                }
                var from = bounds[a] + 1;
                var to = bounds[k];
                var outcomes = cache.computeIfAbsent(((long) from << 32) | to,
                        span -> fragment.substring(from, to).isBlank() ? List.of()
                                : recognise(fragment.substring(from, to), scope, false, mayTakeInner));
                if (allKnown(outcomes) && parts[a] + 1 < parts[k]) {
                    parts[k] = parts[a] + 1;
                    previous[k] = a;
                }
            }
        }
        if (parts[last] == Integer.MAX_VALUE) {
            return null;
        }
        var cut = new ArrayList<List<Outcome>>();
        for (var k = last; k > 0; k = previous[k]) {
            cut.add(0, cache.get(((long) (bounds[previous[k]] + 1) << 32) | bounds[k]));
        }
        var outcomes = new ArrayList<Outcome>();
        cut.forEach(outcomes::addAll);
        return outcomes;
    }

    private static boolean allKnown(List<Outcome> outcomes) {
        return !outcomes.isEmpty() && outcomes.stream().noneMatch(Unresolved.class::isInstance);
    }

    private static boolean allFound(List<Outcome> outcomes) {
        return !outcomes.isEmpty() && outcomes.stream().allMatch(Found.class::isInstance);
    }

    /** What one fragment turned out to be. */
    private sealed interface Outcome permits Found, NeedsChoice, Unresolved {
    }

    private record Found(List<Node> units) implements Outcome {
    }

    private record NeedsChoice(String fragment) implements Outcome {
    }

    private record Unresolved(String fragment) implements Outcome {
    }

    /** Gathers outcomes in text order, without duplicates. */
    private static final class Collector {

        private final Map<Long, ResolvedUnit> units = new LinkedHashMap<>();
        private final LinkedHashSet<String> unresolved = new LinkedHashSet<>();
        private final LinkedHashSet<String> needsChoice = new LinkedHashSet<>();

        void addAll(List<Outcome> outcomes) {
            for (var outcome : outcomes) {
                if (outcome instanceof Found found) {
                    found.units().forEach(node -> units.putIfAbsent(node.id(),
                            new ResolvedUnit(node.id(), node.entry.name())));
                }
                else if (outcome instanceof NeedsChoice choice) {
                    needsChoice.add(choice.fragment());
                }
                else if (outcome instanceof Unresolved none) {
                    unresolved.add(none.fragment());
                }
            }
        }

        UnitResolution toResolution() {
            return new UnitResolution(List.copyOf(units.values()), List.copyOf(unresolved), List.copyOf(needsChoice));
        }
    }
}
