package org.gongkai.catalog;

import java.util.EnumSet;
import java.util.Set;

/**
 * The standard elements of one catalog row (DOMAIN.md §8.1): 一级事项, 二级事项, 公开内容（要素）, 公开依据, 公开时限,
 * 公开主体, 公开渠道和载体, 公开对象 (全社会 / 特定群体), 公开方式 (主动 / 依申请), 公开层级 (县级 / 乡级 / 村级). The same
 * record describes a national guideline item and an item of a government's own catalog. Text is kept as written
 * (trimmed); null for an empty cell.
 */
public record ItemElements(String firstLevel, String secondLevel, String content, String basis, String timeLimit,
        String subject, Set<Channel> channels, String otherChannel, boolean toPublic, boolean toSpecificGroups,
        boolean proactive, boolean onRequest, Set<DisclosureLevel> levels) {

    public ItemElements {
        firstLevel = trim(firstLevel);
        secondLevel = trim(secondLevel);
        content = trim(content);
        basis = trim(basis);
        timeLimit = trim(timeLimit);
        subject = trim(subject);
        channels = channels == null || channels.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(channels));
        otherChannel = trim(otherChannel);
        levels = levels == null || levels.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(levels));
    }

    private static String trim(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
