package org.gongkai.catalog;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * What changed between two versions of a catalog, item by item (matched by their stable key) and, for a changed
 * item, field by field — what the public sees when it compares versions (issue 3).
 */
public record VersionDiff(int from, int to, List<ItemSummary> added, List<ItemSummary> removed,
        List<ItemChange> changed) {

    public record ItemSummary(String key, String firstLevel, String secondLevel) {}

    public record ItemChange(String key, String firstLevel, String secondLevel, List<FieldChange> fields) {}

    public record FieldChange(String field, String before, String after) {}

    public boolean isEmpty() {
        return added.isEmpty() && removed.isEmpty() && changed.isEmpty();
    }

    static VersionDiff between(CatalogVersion a, CatalogVersion b) {
        Map<String, CatalogItem> before = index(a.items());
        Map<String, CatalogItem> after = index(b.items());
        var added = new ArrayList<ItemSummary>();
        var changed = new ArrayList<ItemChange>();
        for (var item : after.values()) {
            var old = before.get(item.key());
            if (old == null) {
                added.add(summary(item));
                continue;
            }
            var fields = compare(describe(old), describe(item));
            if (!fields.isEmpty()) {
                var e = item.elements();
                changed.add(new ItemChange(item.key(), e.firstLevel(), e.secondLevel(), fields));
            }
        }
        var removed = before.values().stream().filter(item -> !after.containsKey(item.key()))
                .map(VersionDiff::summary).toList();
        return new VersionDiff(a.number(), b.number(), added, removed, changed);
    }

    private static Map<String, CatalogItem> index(List<CatalogItem> items) {
        var map = new LinkedHashMap<String, CatalogItem>();
        items.forEach(item -> map.put(item.key(), item));
        return map;
    }

    private static ItemSummary summary(CatalogItem item) {
        var e = item.elements();
        return new ItemSummary(item.key(), e.firstLevel(), e.secondLevel());
    }

    /** The item as the public reads it, one line per element, in table order. */
    static Map<String, String> describe(CatalogItem item) {
        var e = item.elements();
        var fields = new LinkedHashMap<String, String>();
        fields.put("一级事项", e.firstLevel());
        fields.put("二级事项", e.secondLevel());
        fields.put("公开内容（要素）", e.content());
        fields.put("公开依据", e.basis());
        fields.put("公开时限", e.timeLimit());
        fields.put("公开主体", e.subject());
        fields.put("公开渠道和载体", channels(e));
        fields.put("公开对象", join(e.toPublic() ? "全社会" : null, e.toSpecificGroups() ? "特定群体" : null));
        fields.put("公开方式", join(e.proactive() ? "主动" : null, e.onRequest() ? "依申请" : null));
        fields.put("公开层级", e.levels().stream().sorted().map(DisclosureLevel::label).collect(Collectors.joining("、")));
        fields.put("适用情况", item.notApplicable() ? "不适用：" + item.notApplicableReason() : "适用");
        return fields;
    }

    static String channels(ItemElements e) {
        return e.channels().stream().sorted()
                .map(channel -> channel == Channel.OTHER && e.otherChannel() != null
                        ? channel.label() + "（" + e.otherChannel() + "）" : channel.label())
                .collect(Collectors.joining("、"));
    }

    private static String join(String a, String b) {
        return java.util.stream.Stream.of(a, b).filter(Objects::nonNull).collect(Collectors.joining("、"));
    }

    private static List<FieldChange> compare(Map<String, String> before, Map<String, String> after) {
        var changes = new ArrayList<FieldChange>();
        before.forEach((field, value) -> {
            var next = after.get(field);
            if (!Objects.equals(blankToNull(value), blankToNull(next))) {
                changes.add(new FieldChange(field, value, next));
            }
        });
        return changes;
    }

    private static String blankToNull(String text) {
        return text == null || text.isEmpty() ? null : text;
    }
}
