package org.gongkai.catalog;

import java.util.List;

/** A catalog or guideline item as pages and the API show it. */
public record ItemView(String key, int position, Long domainId, String domainName, boolean local, String firstLevel,
        String secondLevel, String content, String basis, String timeLimit, String timeLimitRule,
        String timeLimitReading, String subject, List<String> channels, String otherChannel, String channelText,
        boolean toPublic, boolean toSpecificGroups, boolean proactive, boolean onRequest, List<String> levels,
        boolean notApplicable, String notApplicableReason) {

    static ItemView of(CatalogItem item, String domainName) {
        var e = item.elements();
        var rule = TimeLimitRule.fromCode(item.timeLimitRule());
        return new ItemView(item.key(), item.position(), item.domainId(), domainName, item.local(), e.firstLevel(),
                e.secondLevel(), e.content(), e.basis(), e.timeLimit(), item.timeLimitRule(),
                rule.map(TimeLimitRule::describe).orElse(null), e.subject(),
                e.channels().stream().sorted().map(Enum::name).toList(), e.otherChannel(), VersionDiff.channels(e),
                e.toPublic(), e.toSpecificGroups(), e.proactive(), e.onRequest(),
                e.levels().stream().sorted().map(Enum::name).toList(), item.notApplicable(),
                item.notApplicableReason());
    }

    public String name() {
        return secondLevel != null ? secondLevel : firstLevel;
    }

    public String audienceText() {
        return toPublic && toSpecificGroups ? "全社会、特定群体" : toPublic ? "全社会" : toSpecificGroups ? "特定群体" : "";
    }

    public String modeText() {
        return proactive && onRequest ? "主动、依申请" : proactive ? "主动" : onRequest ? "依申请" : "";
    }

    public String levelText() {
        return String.join("、", levels.stream().map(level -> DisclosureLevel.valueOf(level).label()).toList());
    }
}
