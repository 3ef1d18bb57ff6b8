package org.gongkai.catalog;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** How {@link ItemElements} are stored: one column per element, channel and level sets as comma lists. */
@Embeddable
class ElementColumns {

    @Column(name = "first_level")
    private String firstLevel;
    @Column(name = "second_level")
    private String secondLevel;
    private String content;
    private String basis;
    @Column(name = "time_limit")
    private String timeLimit;
    private String subject;
    private String channels;
    @Column(name = "other_channel")
    private String otherChannel;
    @Column(name = "to_public", nullable = false)
    private boolean toPublic;
    @Column(name = "to_specific_groups", nullable = false)
    private boolean toSpecificGroups;
    @Column(nullable = false)
    private boolean proactive;
    @Column(name = "on_request", nullable = false)
    private boolean onRequest;
    private String levels;

    protected ElementColumns() {} // for JPA

    static ElementColumns of(ItemElements elements) {
        var columns = new ElementColumns();
        columns.firstLevel = elements.firstLevel();
        columns.secondLevel = elements.secondLevel();
        columns.content = elements.content();
        columns.basis = elements.basis();
        columns.timeLimit = elements.timeLimit();
        columns.subject = elements.subject();
        columns.channels = join(elements.channels());
        columns.otherChannel = elements.otherChannel();
        columns.toPublic = elements.toPublic();
        columns.toSpecificGroups = elements.toSpecificGroups();
        columns.proactive = elements.proactive();
        columns.onRequest = elements.onRequest();
        columns.levels = join(elements.levels());
        return columns;
    }

    ItemElements toElements() {
        return new ItemElements(firstLevel, secondLevel, content, basis, timeLimit, subject,
                split(channels, Channel.class), otherChannel, toPublic, toSpecificGroups, proactive, onRequest,
                split(levels, DisclosureLevel.class));
    }

    private static <E extends Enum<E>> String join(Set<E> values) {
        return values.isEmpty() ? null
                : values.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }

    private static <E extends Enum<E>> Set<E> split(String text, Class<E> type) {
        if (text == null || text.isBlank()) {
            return EnumSet.noneOf(type);
        }
        return Arrays.stream(text.split(",")).map(name -> Enum.valueOf(type, name))
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(type)));
    }
}
