package org.gongkai.catalog.web;

import java.util.EnumSet;
import java.util.Set;

import org.gongkai.catalog.Channel;
import org.gongkai.catalog.DisclosureLevel;
import org.gongkai.catalog.ItemElements;
import org.gongkai.catalog.ItemView;

/** The form of one catalog item: every standard element; check boxes arrive as sets or nothing. */
record ItemForm(Long domainId, String firstLevel, String secondLevel, String content, String basis, String timeLimit,
        String subject, Set<Channel> channels, String otherChannel, Boolean toPublic, Boolean toSpecificGroups,
        Boolean proactive, Boolean onRequest, Set<DisclosureLevel> levels) {

    static ItemForm of(ItemView item) {
        var channels = EnumSet.noneOf(Channel.class);
        item.channels().forEach(name -> channels.add(Channel.valueOf(name)));
        var levels = EnumSet.noneOf(DisclosureLevel.class);
        item.levels().forEach(name -> levels.add(DisclosureLevel.valueOf(name)));
        return new ItemForm(item.domainId(), item.firstLevel(), item.secondLevel(), item.content(), item.basis(),
                item.timeLimit(), item.subject(), channels, item.otherChannel(), item.toPublic(),
                item.toSpecificGroups(), item.proactive(), item.onRequest(), levels);
    }

    static ItemForm blank(String subject, DisclosureLevel level) {
        return new ItemForm(null, "", "", "", "", "信息形成或者变更之日起20个工作日内", subject,
                EnumSet.of(Channel.GOVERNMENT_WEBSITE), "", true, false, true, false,
                level == null ? EnumSet.noneOf(DisclosureLevel.class) : EnumSet.of(level));
    }

    ItemElements toElements() {
        return new ItemElements(firstLevel, secondLevel, content, basis, timeLimit, subject, channels, otherChannel,
                Boolean.TRUE.equals(toPublic), Boolean.TRUE.equals(toSpecificGroups), Boolean.TRUE.equals(proactive),
                Boolean.TRUE.equals(onRequest), levels);
    }

    public boolean has(Channel channel) {
        return channels != null && channels.contains(channel);
    }

    public boolean has(DisclosureLevel level) {
        return levels != null && levels.contains(level);
    }
}
