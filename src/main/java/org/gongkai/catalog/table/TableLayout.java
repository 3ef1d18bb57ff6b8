package org.gongkai.catalog.table;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.gongkai.catalog.Channel;
import org.gongkai.catalog.DisclosureLevel;
import org.jspecify.annotations.Nullable;

/**
 * The locality's own wording of a catalog table (DOMAIN.md §8.1), kept so that an export reproduces the labels of
 * the file it was read from.
 *
 * @param specificGroupLabel the second sub-column of 公开对象: 特定群体, or the variant 特定群众
 * @param onRequestLabel the second sub-column of 公开方式: 依申请, or 依申请公开
 * @param levelLabels the sub-columns of 公开层级 in order, e.g. 县级/乡级/村级, 县级/乡、村级 or 县级/镇级/村级; empty
 *     when the table has no 公开层级 column (some township catalogs). Each label must name one or more
 *     {@link DisclosureLevel}s (see {@link #levelsNamed(String)}), and no level may sit under two labels.
 * @param publicLabel the first sub-column of 公开对象: 全社会
 * @param proactiveLabel the first sub-column of 公开方式: 主动, or 主动公开
 * @param secondLevelColumn whether 公开事项 is split into 一级事项 and 二级事项; without it the single 公开事项
 *     column holds the {@link org.gongkai.catalog.ItemElements#firstLevel() first level}
 * @param channelLabels the check-box vocabulary printed in every 公开渠道和载体 cell, in {@link Channel} order, with
 *     the locality's label for each channel (纸质载体 for 纸质媒体; 12345政务服务热线 only where the locality lists it)
 */
public record TableLayout(String specificGroupLabel, String onRequestLabel, List<String> levelLabels,
        String publicLabel, String proactiveLabel, boolean secondLevelColumn, Map<Channel, String> channelLabels) {

    private static final Pattern LEVEL_PARTS = Pattern.compile("[、，,/和及与]");

    public TableLayout {
        specificGroupLabel = label(specificGroupLabel, "specificGroupLabel");
        onRequestLabel = label(onRequestLabel, "onRequestLabel");
        publicLabel = label(publicLabel, "publicLabel");
        proactiveLabel = label(proactiveLabel, "proactiveLabel");
        levelLabels = List.copyOf(levelLabels).stream().map(text -> label(text, "levelLabels")).toList();
        var covered = EnumSet.noneOf(DisclosureLevel.class);
        for (var levelLabel : levelLabels) {
            var levels = levelsNamed(levelLabel).orElseThrow(
                    () -> new IllegalArgumentException("Not a disclosure level: " + levelLabel));
            if (levels.stream().anyMatch(covered::contains)) {
                throw new IllegalArgumentException("Two level columns name the same level: " + levelLabels);
            }
            covered.addAll(levels);
        }
        var labels = new EnumMap<Channel, String>(Channel.class);
        channelLabels.forEach((channel, text) -> labels.put(Objects.requireNonNull(channel, "channel"),
                label(text, "channelLabels")));
        channelLabels = Collections.unmodifiableMap(labels);
    }

    /** 全社会/特定群体, 主动/依申请, 县级/乡级/村级, 一级事项/二级事项, every {@link Channel} with its standard label. */
    public static TableLayout standard() {
        var channels = new EnumMap<Channel, String>(Channel.class);
        for (var channel : Channel.values()) {
            channels.put(channel, channel.label());
        }
        return new TableLayout("特定群体", "依申请", List.of("县级", "乡级", "村级"), "全社会", "主动", true, channels);
    }

    /** The levels ticked by each column of 公开层级, in the order of {@link #levelLabels()}. */
    public List<Set<DisclosureLevel>> levelColumns() {
        var columns = new ArrayList<Set<DisclosureLevel>>(levelLabels.size());
        for (var levelLabel : levelLabels) {
            columns.add(levelsNamed(levelLabel).orElseThrow());
        }
        return List.copyOf(columns);
    }

    /** Every level the table can show. */
    public Set<DisclosureLevel> levels() {
        var levels = EnumSet.noneOf(DisclosureLevel.class);
        levelColumns().forEach(levels::addAll);
        return Collections.unmodifiableSet(levels);
    }

    /** The label this table prints for a channel: the locality's own, else the standard {@link Channel#label()}. */
    public String channelLabel(Channel channel) {
        return channelLabels.getOrDefault(channel, channel.label());
    }

    /**
     * The levels a 公开层级 sub-column names. The label is cut at 、 / 和 及 与 and each part is recognised by its
     * place word: 村 or 社区 is {@link DisclosureLevel#VILLAGE}; 乡, 镇 or 街 (街道) is
     * {@link DisclosureLevel#TOWNSHIP}; 县, 市, 区 or 旗 is {@link DisclosureLevel#COUNTY}. So 乡、村级 names township
     * and village, 镇级 and 镇街乡 the township, 东阳市级 the county. Empty when a part is not recognised.
     */
    public static Optional<Set<DisclosureLevel>> levelsNamed(String label) {
        var text = Labels.compact(label);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        var levels = EnumSet.noneOf(DisclosureLevel.class);
        for (var part : LEVEL_PARTS.split(text)) {
            var level = levelOfPart(part);
            if (level == null) {
                return Optional.empty();
            }
            levels.add(level);
        }
        return Optional.of(Collections.unmodifiableSet(levels));
    }

    private static @Nullable DisclosureLevel levelOfPart(String part) {
        if (part.contains("村") || part.contains("社区") || part.contains("居委")) {
            return DisclosureLevel.VILLAGE;
        }
        if (part.contains("乡") || part.contains("镇") || part.contains("街")) {
            return DisclosureLevel.TOWNSHIP;
        }
        if (part.contains("县") || part.contains("市") || part.contains("区") || part.contains("旗")) {
            return DisclosureLevel.COUNTY;
        }
        return null;
    }

    private static String label(String text, String name) {
        Objects.requireNonNull(text, name);
        var stripped = text.strip();
        if (stripped.isEmpty()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
        return stripped;
    }
}
