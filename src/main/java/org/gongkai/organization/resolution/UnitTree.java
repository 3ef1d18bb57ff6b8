package org.gongkai.organization.resolution;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.gongkai.organization.UnitKind;
import org.jspecify.annotations.Nullable;

/**
 * An immutable snapshot of the organisation tree, numbered in pre-order so that "is an ancestor of" is two
 * comparisons, with each unit's governing government and each government's place name worked out once.
 */
final class UnitTree {

    /** One unit of the snapshot. Fields are set while the tree is built and never change afterwards. */
    static final class Node {

        final UnitEntry entry;
        @Nullable Node parent;
        final List<Node> children = new ArrayList<>();
        int depth;
        /** Pre-order number of this node and the highest pre-order number in its subtree. */
        int first;
        int last;
        /** The government this unit belongs to: itself for a government or street office, else the nearest one above. */
        @Nullable Node government;
        /** For a government: its place name (示范县, 示范市东城区, 城东街道); null otherwise. */
        @Nullable String place;
        /** For a government: the last word of its place name (县, 区, 市, 镇, 乡, 街道); null otherwise. */
        @Nullable String levelWord;

        Node(UnitEntry entry) {
            this.entry = entry;
        }

        long id() {
            return entry.id();
        }

        boolean isAncestorOrSelfOf(Node other) {
            return first <= other.first && other.first <= last;
        }

        boolean isStrictAncestorOf(Node other) {
            return this != other && isAncestorOrSelfOf(other);
        }

        /** The nearest government at or above this unit; the unit itself when there is none. */
        Node governmentOrSelf() {
            return government == null ? this : government;
        }

        /** The government governing this unit's government, one level of government up. */
        @Nullable Node governmentAbove() {
            var self = governmentOrSelf();
            return self.parent == null ? null : self.parent.government;
        }

        @Override
        public String toString() {
            return entry.name() + "#" + entry.id();
        }
    }

    private final Map<Long, Node> byId;
    /** All nodes in pre-order. */
    private final List<Node> preorder;

    UnitTree(Collection<UnitEntry> entries) {
        var nodes = new HashMap<Long, Node>(entries.size() * 2);
        var inInputOrder = new ArrayList<Node>(entries.size());
        for (var entry : entries) {
            var node = new Node(entry);
            if (nodes.put(entry.id(), node) != null) {
                throw new IllegalArgumentException("Duplicate unit id " + entry.id());
            }
            inInputOrder.add(node);
        }
        var roots = new ArrayList<Node>();
        for (var node : inInputOrder) {
            var parentId = node.entry.parentId();
            var parent = parentId == null ? null : nodes.get(parentId);
            if (parent == null) {
                // a parent outside the snapshot makes the unit a root of its own
                roots.add(node);
            }
            else {
                node.parent = parent;
                parent.children.add(node);
            }
        }
        this.preorder = number(roots, inInputOrder.size());
        if (preorder.size() != inInputOrder.size()) {
            throw new IllegalArgumentException("The parent links of the units form a cycle");
        }
        for (var node : preorder) {
            settleGovernment(node);
        }
        this.byId = Collections.unmodifiableMap(nodes);
    }

    @Nullable Node node(long id) {
        return byId.get(id);
    }

    /** All units in pre-order (parents before children, siblings in input order). */
    List<Node> preorder() {
        return preorder;
    }

    /** The strict descendants of {@code node}, in pre-order. */
    List<Node> descendantsOf(Node node) {
        return preorder.subList(node.first + 1, node.last + 1);
    }

    private static List<Node> number(List<Node> roots, int size) {
        var order = new ArrayList<Node>(size);
        var stack = new ArrayDeque<Node>();
        for (var i = roots.size() - 1; i >= 0; i--) {
            stack.push(roots.get(i));
        }
        while (!stack.isEmpty()) {
            var node = stack.pop();
            node.depth = node.parent == null ? 0 : node.parent.depth + 1;
            node.first = order.size();
            order.add(node);
            for (var i = node.children.size() - 1; i >= 0; i--) {
                stack.push(node.children.get(i));
            }
        }
        // children come after their parent in pre-order, so walking backwards settles them first
        for (var i = order.size() - 1; i >= 0; i--) {
            var node = order.get(i);
            node.last = node.children.isEmpty() ? node.first
                    : node.children.get(node.children.size() - 1).last;
        }
        return order;
    }

    private static void settleGovernment(Node node) {
        if (node.entry.kind().isGovernment()) {
            node.government = node;
            node.place = placeOf(node.entry);
            if (node.place != null) {
                node.levelWord = node.place.endsWith("街道") ? "街道" : node.place.substring(node.place.length() - 1);
            }
        }
        else {
            node.government = node.parent == null ? null : node.parent.government;
        }
    }

    /** 示范县人民政府 → 示范县, 示范市东城区人民政府 → 示范市东城区, 城东街道办事处 → 城东街道. */
    private static @Nullable String placeOf(UnitEntry entry) {
        var name = UnitNames.compact(entry.name());
        String place = null;
        if (entry.kind() == UnitKind.SUBDISTRICT) {
            if (name.endsWith("办事处")) {
                place = name.substring(0, name.length() - "办事处".length());
            }
            else if (name.endsWith("街道办")) {
                place = name.substring(0, name.length() - 1);
            }
            else if (name.endsWith("街道")) {
                place = name;
            }
        }
        else if (name.endsWith("人民政府")) {
            place = name.substring(0, name.length() - "人民政府".length());
        }
        else if (name.endsWith("政府")) {
            place = name.substring(0, name.length() - "政府".length());
        }
        return place == null || place.length() < 2 ? null : place;
    }
}
