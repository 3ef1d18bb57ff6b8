package org.gongkai.organization.resolution;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.gongkai.organization.UnitKind;
import org.gongkai.organization.UnitLevel;
import org.gongkai.organization.resolution.UnitTree.Node;
import org.jspecify.annotations.Nullable;

/**
 * A group of units named relative to the government the text is written for: 各乡（镇）人民政府, 县政府各部门,
 * 各县（市、区）政府, 各村（社区）. Matched on the canonical form (no whitespace, half-width parentheses, 人民政府
 * written 政府).
 */
sealed interface CollectiveExpression {

    /** Level words a government collective is made of: 县 市 区 旗 乡 镇 街 街道. */
    String GOVERNMENT_WORD = "(?:街道|县|市|区|旗|乡|镇|街)";

    /**
     * 各乡（镇）人民政府 / 各乡镇 / 各镇（街道）/ 各乡（镇、街道）/ 各街道 / 各县（市、区）政府 / 各区政府 …
     * (seeds 000 and 004; 各镇（街） is how towns and street offices are addressed where there are no 乡).
     */
    Pattern GOVERNMENTS = Pattern.compile("各(?<words>" + GOVERNMENT_WORD + "+)"
            + "(?:\\((?<alternatives>" + GOVERNMENT_WORD + "(?:[、,，/]" + GOVERNMENT_WORD + ")*)\\))?"
            + "(?:政府|办事处|街道办事处|街道办)?(?<offices>\\((?:街道)?办事处\\)|\\(街道\\))?");

    /** 县政府各部门 / 区政府各部门 / 市政府各部门 / 县级各部门 / 县直各部门 / 各部门（单位）(seed 000). */
    Pattern DEPARTMENTS = Pattern.compile(
            "(?<word>[省市县区旗乡镇])?(?:级|直|直属|政府)?(?:所属)?各(?:工作)?部门(?:\\((?:单位|部门)\\))?");

    /** Village-level words: 村 嘎查 (villages), 社区 居 (communities). */
    String COMMITTEE_WORD = "(?:村|社区|居|嘎查)";

    Pattern ONE_GOVERNMENT_WORD = Pattern.compile(GOVERNMENT_WORD);
    Pattern ONE_COMMITTEE_WORD = Pattern.compile(COMMITTEE_WORD);

    /** 各村（社区）/ 各村（居）民委员会 / 各村 / 各社区 / 各村居委会 (seed 004, 村（居）务公开 in seed 000). */
    Pattern COMMITTEES = Pattern.compile("各(?<words>" + COMMITTEE_WORD + "+)"
            + "(?:\\((?<alternatives>" + COMMITTEE_WORD + "(?:[、,，/]" + COMMITTEE_WORD + ")*)\\))?"
            + "(?:民委员会|委员会|民委会|委会)?");

    /**
     * A vague group a person has to pick units for: 县政府相关部门, 县政府有关部门 (seed 000), 市有关部门 (seed 002),
     * 市级有关部门（单位）(seed 004), 有关部门, 相关单位, 各有关单位: an optional level and body, then 有关 or 相关,
     * then 部门, 单位, 机构 or 方面.
     */
    Pattern VAGUE = Pattern.compile("各?(?:[省市县区旗乡镇](?:级|直|直属|委|政府)?)?各?(?:有关|相关)的?"
            + "(?:部门|单位|机构|方面)(?:\\((?:部门|单位|机构)\\))?");

    /** Whether this expression can be read relative to {@code scope} (县政府各部门 only for a county). */
    boolean fits(Node scope);

    /** The active units the expression stands for under {@code scope}, in tree order. */
    List<Node> members(UnitTree tree, Node scope);

    static @Nullable CollectiveExpression parse(String canonical) {
        Matcher m = DEPARTMENTS.matcher(canonical);
        if (m.matches()) {
            return new Departments(m.group("word"));
        }
        m = GOVERNMENTS.matcher(canonical);
        if (m.matches()) {
            var words = words(m, ONE_GOVERNMENT_WORD);
            if (m.group("offices") != null) {
                words.add("街道");
            }
            return new Governments(Set.copyOf(words));
        }
        m = COMMITTEES.matcher(canonical);
        if (m.matches()) {
            var words = words(m, ONE_COMMITTEE_WORD);
            var villages = words.contains("村") || words.contains("嘎查");
            var communities = words.contains("社区") || words.contains("居");
            return new Committees(villages, communities);
        }
        return null;
    }

    static boolean isVague(String canonical) {
        return VAGUE.matcher(canonical).matches();
    }

    private static Set<String> words(Matcher m, Pattern pattern) {
        var words = new LinkedHashSet<String>();
        for (var group : new String[] {m.group("words"), m.group("alternatives")}) {
            if (group != null) {
                pattern.matcher(group).results().forEach(r -> words.add(r.group()));
            }
        }
        return words;
    }

    /**
     * The departments directly under the scope government. The level word, if any, must be the scope's own: 县
     * for a county, 区 for a district, 市 for a city; 区政府各部门 means nothing definite to a county.
     */
    record Departments(@Nullable String levelWord) implements CollectiveExpression {

        @Override
        public boolean fits(Node scope) {
            return scope.entry.kind().isGovernment() && (levelWord == null || levelWord.equals(scope.levelWord));
        }

        @Override
        public List<Node> members(UnitTree tree, Node scope) {
            return scope.children.stream()
                    .filter(child -> child.entry.active() && child.entry.kind() == UnitKind.DEPARTMENT)
                    .toList();
        }
    }

    /**
     * Governments below the scope. 县, 区 and 旗 are told apart by the last word of the place name (各区政府 names
     * the districts only); 市 is a county-level city, or a prefecture-level city under a province. 乡 and 镇 both
     * stand for every township government, since a county with towns only writes 各镇 for all of them; 街 and
     * 街道 stand for the street offices.
     */
    record Governments(Set<String> words) implements CollectiveExpression {

        @Override
        public boolean fits(Node scope) {
            return true;
        }

        @Override
        public List<Node> members(UnitTree tree, Node scope) {
            return tree.descendantsOf(scope).stream()
                    .filter(node -> node.entry.active() && matches(node, scope))
                    .toList();
        }

        private boolean matches(Node node, Node scope) {
            var entry = node.entry;
            for (var word : words) {
                var match = switch (word) {
                    case "乡", "镇" -> entry.level() == UnitLevel.TOWNSHIP && entry.kind() == UnitKind.GOVERNMENT;
                    case "街", "街道" -> entry.kind() == UnitKind.SUBDISTRICT;
                    case "市" -> entry.kind() == UnitKind.GOVERNMENT && word.equals(node.levelWord)
                            && entry.level() == (scope.entry.level() == UnitLevel.PROVINCE ? UnitLevel.CITY
                                    : UnitLevel.COUNTY);
                    default -> entry.level() == UnitLevel.COUNTY && entry.kind() == UnitKind.GOVERNMENT
                            && word.equals(node.levelWord);
                };
                if (match) {
                    return true;
                }
            }
            return false;
        }
    }

    /** Village and community committees below the scope: 村 and 嘎查 are villages, 社区 and 居 communities. */
    record Committees(boolean villages, boolean communities) implements CollectiveExpression {

        @Override
        public boolean fits(Node scope) {
            return true;
        }

        @Override
        public List<Node> members(UnitTree tree, Node scope) {
            return tree.descendantsOf(scope).stream()
                    .filter(node -> node.entry.active() && node.entry.level() == UnitLevel.VILLAGE
                            && node.entry.kind() == UnitKind.COMMITTEE)
                    .filter(node -> isCommunity(node) ? communities : villages)
                    .toList();
        }

        private static boolean isCommunity(Node node) {
            var name = node.entry.name();
            return name.contains("社区") || name.contains("居民委员会") || name.contains("居委会");
        }
    }
}
