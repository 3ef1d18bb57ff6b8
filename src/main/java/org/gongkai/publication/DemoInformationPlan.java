package org.gongkai.publication;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.gongkai.calendar.WorkingCalendar;
import org.gongkai.organization.UnitView;

/**
 * The demo records, planned from the vocabulary under {@code demo/information/} (UTF-8, tab-separated, each file
 * described in its header comment) with a fixed seed: titles, 文号, summaries, keywords and HTML bodies come from
 * templates, dates from the three years before {@code today}. Nothing here touches the database;
 * {@link DemoInformation} creates what is planned through the domain.
 *
 * <p>Placeholders in titles, summaries and paragraphs: {@code {unit}} the 发布机构's full name, {@code {name}} the name
 * titles give it (示范县, 县教育局, 城关镇), {@code {area}} the county or the township, {@code {scope}} 全县 / 全镇 /
 * 全乡 / 辖区, {@code {year}} {@code {prev}} {@code {next}} the year of the 成文日期 and the years around it,
 * {@code {lastmonth}} and {@code {lastquarter}} the month and the quarter before it, {@code {date}} the 成文日期,
 * {@code {village}} a village or community of the township (a township for county bodies), {@code {person}} a name,
 * {@code {n}} {@code {big}} {@code {amount}} {@code {small}} numbers (amounts in 万元), {@code {phone}} the unit's telephone, {@code {item}} the
 * catalog item's 一级事项.
 */
final class DemoInformationPlan {

    static final long SEED = 20_190_515L; // the day the 2019 条例 came into force
    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final String FOLDER = "demo/information/";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z]+)}");
    private static final String[] NUMERALS = { "一", "二", "三", "四", "五", "六", "七", "八", "九", "十" };
    private static final String SURNAMES = "王李张刘陈杨赵黄周吴徐孙马朱胡郭何高林罗郑梁谢宋唐";
    private static final List<String> GIVEN_NAMES = List.of("建国", "志强", "海燕", "丽华", "国平", "卫东", "晓明", "红梅",
            "文军", "玉兰", "春生", "秀英", "永刚", "静", "磊", "鹏飞", "雪梅", "振华", "桂芳", "德明", "雅婷", "子涵");

    enum Kind {
        COUNTY, OFFICE, DEPARTMENT, TOWNSHIP, SUBDISTRICT;

        boolean countyLevel() {
            return this == COUNTY || this == OFFICE || this == DEPARTMENT;
        }
    }

    /** Where a planned record ends up. */
    enum Stage {
        PUBLISHED, APPROVED, SUBMITTED, DRAFT
    }

    record Publisher(UnitView unit, String name, String fa, String banfa, String han, Kind kind, int records,
            List<String> themes) {

        String issuerCode(String numbered) {
            return switch (numbered) {
                case "办发" -> banfa.equals("-") ? fa : banfa;
                case "函" -> han.equals("-") ? fa : han;
                default -> fa;
            };
        }

        String area() {
            return kind.countyLevel() ? "示范县" : name;
        }

        String scope() {
            return switch (kind) {
                case TOWNSHIP -> name.endsWith("乡") ? "全乡" : "全镇";
                case SUBDISTRICT -> "辖区";
                default -> "全县";
            };
        }

        String phone() {
            return unit.contact() == null || unit.contact().phone() == null ? "" : unit.contact().phone();
        }
    }

    record Theme(String code, String topic, List<String> keywords) {}

    record TitleTemplate(String theme, String type, Set<String> levels, Set<Integer> months, String numbered,
            String title, String summary) {

        boolean fits(Publisher publisher) {
            return levels.contains("*") || levels.contains(publisher.name())
                    || levels.contains(publisher.kind().countyLevel() ? "C" : "T");
        }
    }

    record Section(String heading, String text) {}

    /** The values a record's placeholders take, chosen once so that its title and body agree. */
    record Context(Publisher publisher, LocalDate date, int n, int big, String amount, String small, String village,
            String person, String item) {}

    /** One record to create. The body is written once every record has its 文号. */
    static final class Planned {
        String key;
        Publisher publisher;
        String type;
        String topic;
        String title;
        String summary;
        String keywords;
        LocalDate writtenOn;
        LocalDate workedOn; // drafted, submitted, approved and (if it is) published on this day
        Stage stage = Stage.PUBLISHED;
        OpennessAttribute openness = OpennessAttribute.PROACTIVE;
        ExemptionBasis basis;
        String note;
        String numbered;
        String documentNumber;
        Validity validity;
        LocalDate effectiveOn;
        LocalDate expiresOn;
        RelationKind relationKind;
        String relatedKey;
        String catalogKey;
        String itemFirst;
        String itemSecond;
        Instant createdAt;
        Instant submittedAt;
        Instant approvedAt;
        Instant publishedAt;
        String body;
        Function<Planned, String> writer;
        Context context;

        InformationDraft draft(List<CatalogLink> links) {
            return new InformationDraft(title, summary, writtenOn, documentNumber, topic, type, keywords, body, openness,
                    basis, note, validity, effectiveOn, expiresOn, null, links);
        }
    }

    private final LocalDate today;
    private final WorkingCalendar calendar;
    private final Map<String, List<String>> villages;
    private final Random random = new Random(SEED);
    private final Map<String, Publisher> publishers = new LinkedHashMap<>();
    private final Map<String, Theme> themes = new LinkedHashMap<>();
    private final List<TitleTemplate> templates = new ArrayList<>();
    private final Map<String, List<Section>> sections = new HashMap<>();
    private final Set<String> titles = new HashSet<>();
    private final List<Planned> planned = new ArrayList<>();
    private final Map<String, Planned> byKey = new HashMap<>();

    /**
     * @param units the demo units by name
     * @param villages the short names of each township's villages and communities, by the township's name
     */
    DemoInformationPlan(LocalDate today, WorkingCalendar calendar, Map<String, UnitView> units,
            Map<String, List<String>> villages) {
        this.today = today;
        this.calendar = calendar;
        this.villages = villages;
        for (var row : table("publishers.tsv")) {
            var unit = units.get(row.get("unit"));
            if (unit == null) {
                throw new IllegalStateException(FOLDER + "publishers.tsv：演示单位中没有“" + row.get("unit") + "”");
            }
            publishers.put(unit.name(), new Publisher(unit, row.get("name"), row.get("fa"), row.get("banfa"),
                    row.get("han"), Kind.valueOf(row.get("kind")), Integer.parseInt(row.get("records")),
                    List.of(row.get("themes").split("\\|"))));
        }
        for (var row : table("themes.tsv")) {
            themes.put(row.get("theme"), new Theme(row.get("theme"), row.get("topic"),
                    List.of(row.get("keywords").split("\\|"))));
        }
        for (var row : table("titles.tsv")) {
            templates.add(new TitleTemplate(theme(row.get("theme")).code(), row.get("type"),
                    Set.of(row.get("level").split("\\|")), months(row.get("months")), row.get("numbered"),
                    row.get("title"), row.get("summary")));
        }
        for (var row : table("sections.tsv")) {
            sections.computeIfAbsent(theme(row.get("theme")).code(), theme -> new ArrayList<>())
                    .add(new Section(row.get("heading"), row.get("text")));
        }
    }

    /** Every demo record, in the order they are created (by the time they were drafted). */
    List<Planned> plan() {
        planGeneric();
        planNormative();
        planCatalogRecords();
        planOtherRecords();
        numberDocuments();
        for (var record : planned) {
            record.body = record.writer.apply(record);
        }
        var ordered = new ArrayList<>(planned);
        ordered.sort(Comparator.comparing((Planned p) -> p.createdAt == null ? Instant.MAX : p.createdAt));
        return ordered;
    }

    // --- the kinds of records ----------------------------------------------------------------------------------

    private void planGeneric() {
        var from = today.minusYears(3).plusDays(7);
        var to = today.minusDays(14);
        for (var publisher : publishers.values()) {
            var made = 0;
            for (var attempt = 0; made < publisher.records() && attempt < publisher.records() * 30; attempt++) {
                var theme = publisher.themes().get(random.nextInt(publisher.themes().size()));
                var candidates = templates.stream().filter(t -> t.theme().equals(theme) && t.fits(publisher)).toList();
                if (candidates.isEmpty()) {
                    continue;
                }
                var template = candidates.get(random.nextInt(candidates.size()));
                var date = pickDate(template.months(), from, to);
                if (date == null) {
                    continue;
                }
                var context = context(publisher, date, null);
                var title = fill(template.title(), context);
                if (!titles.add(title)) {
                    continue;
                }
                var record = record(publisher, template.type(), themes.get(theme), title,
                        fill(template.summary(), context), date, context);
                record.numbered = template.numbered().equals("-") ? null : template.numbered();
                publishWithin(record, random.nextInt(9));
                record.writer = r -> body(r, theme);
                made++;
            }
        }
    }

    private void planNormative() {
        for (var row : table("normative.tsv")) {
            var publisher = publisher(row.get("unit"));
            var written = workingDayFrom(today.minusMonths(Long.parseLong(row.get("months_ago")))
                    .plusDays(random.nextInt(10)));
            var context = context(publisher, written, null);
            var doc = row.get("doc");
            var amends = row.get("form").equals("AMEND");
            var title = publisher.unit().name() + (amends ? "关于修改《" + doc + "》的决定" : "关于印发《" + doc + "》的通知");
            titles.add(title);
            var theme = theme(row.get("theme"));
            var record = record(publisher, "NORMATIVE", theme, title, null, written, context);
            record.key = row.get("key");
            record.topic = row.get("topic");
            record.keywords = String.join(" ", row.get("keywords").split("\\|"));
            record.numbered = row.get("numbered");
            publishWithin(record, 1 + random.nextInt(4));
            record.effectiveOn = record.workedOn.plusDays(30);
            var years = row.get("valid_years").isBlank() ? null : Integer.valueOf(row.get("valid_years"));
            record.expiresOn = years == null ? null : record.effectiveOn.plusYears(years).minusDays(1);
            // a document past its 有效期 is marked 失效; 废止 and 已修订 come from the later documents' publication
            record.validity = record.expiresOn != null && record.expiresOn.isBefore(today) ? Validity.EXPIRED
                    : Validity.VALID;
            if (!row.get("relation").isBlank()) {
                var relation = row.get("relation").split(":");
                record.relationKind = RelationKind.valueOf(relation[0]);
                record.relatedKey = relation[1];
                if (!byKey.containsKey(record.relatedKey)) {
                    throw new IllegalStateException(FOLDER + "normative.tsv：" + record.key + " 关联的 "
                            + record.relatedKey + " 须写在它之前");
                }
            }
            var earlier = record.relatedKey == null ? null : byKey.get(record.relatedKey);
            record.summary = amends ? "对《" + doc + "》部分条款作出修改，自" + chinese(record.effectiveOn) + "起施行。"
                    : "印发《" + doc + "》，自" + chinese(record.effectiveOn) + "起施行"
                            + (years == null ? "" : "，有效期" + NUMERALS[years - 1] + "年")
                            + (earlier == null ? "。" : "；原《" + docName(earlier) + "》同时废止。");
            record.writer = r -> normativeBody(r, row, years);
            byKey.put(record.key, record);
            if (!row.get("interpreted_by").isBlank()) {
                planInterpretation(record, row);
            }
        }
    }

    private void planInterpretation(Planned document, Map<String, String> row) {
        var publisher = publisher(row.get("interpreted_by"));
        var doc = row.get("doc");
        var title = document.relationKind == RelationKind.AMENDS ? "关于修改《" + doc + "》的政策解读"
                : "《" + doc + "》政策解读";
        titles.add(title);
        var record = record(publisher, "INTERPRETATION", theme(row.get("theme")), title,
                "解读《" + doc + "》的起草背景、主要内容和施行时间。", document.writtenOn,
                context(publisher, document.writtenOn, null));
        record.topic = document.topic;
        record.keywords = "政策解读 " + document.keywords;
        record.relationKind = RelationKind.INTERPRETS;
        record.relatedKey = document.key;
        // 三同步: the interpretation follows the document within a working day
        record.workedOn = calendar.addWorkingDays(document.workedOn, 1);
        times(record);
        record.writer = r -> interpretationBody(r, document, row);
    }

    private void planCatalogRecords() {
        var from = today.minusYears(3).plusDays(7);
        var to = today.minusDays(14);
        for (var row : table("catalog-records.tsv")) {
            var publisher = publisher(row.get("unit"));
            var count = Integer.parseInt(row.get("count"));
            var late = Integer.parseInt(row.get("late"));
            var theme = theme(row.get("theme"));
            var made = 0;
            for (var attempt = 0; made < count && attempt < count * 40; attempt++) {
                // a late record needs room for its 20 and more working days before today
                var date = pickDate(months(row.get("months")), from, made < late ? to.minusDays(60) : to);
                if (date == null) {
                    continue;
                }
                var context = context(publisher, date, row.get("first"));
                var title = fill(row.get("title"), context);
                if (!titles.add(title)) {
                    continue;
                }
                var record = record(publisher, row.get("type"), theme, title, fill(row.get("summary"), context), date,
                        context);
                record.catalogKey = row.get("catalog");
                record.itemFirst = row.get("first");
                record.itemSecond = row.get("second");
                if (made < late) {
                    publishWithin(record, Publishing.PROACTIVE_DISCLOSURE_WORKING_DAYS + 5 + random.nextInt(8));
                } else {
                    publishWithin(record, random.nextInt(9));
                }
                var roster = row.get("table").equals("roster");
                record.writer = r -> roster ? rosterBody(r, theme.code()) : body(r, theme.code());
                made++;
            }
        }
    }

    private void planOtherRecords() {
        for (var row : table("other-records.tsv")) {
            var publisher = publisher(row.get("unit"));
            var kind = row.get("kind");
            var monthsAgo = Long.parseLong(row.get("months_ago"));
            var written = monthsAgo == 0 ? latestWorkingDayBefore(today.minusDays(1))
                    : workingDayFrom(today.minusMonths(monthsAgo).plusDays(random.nextInt(10)));
            var context = context(publisher, written, null);
            var title = fill(row.get("title"), context);
            titles.add(title);
            var theme = theme(row.get("theme"));
            var record = record(publisher, row.get("type"), theme, title, fill(row.get("summary"), context), written,
                    context);
            record.topic = row.get("topic");
            record.writer = r -> body(r, theme.code());
            switch (kind) {
                case "LATE" -> publishWithin(record,
                        Publishing.PROACTIVE_DISCLOSURE_WORKING_DAYS + Integer.parseInt(row.get("extra")));
                case "DRAFT", "SUBMITTED" -> record.stage = Stage.valueOf(kind); // created now, through Publishing
                default -> {
                    record.stage = Stage.APPROVED;
                    record.openness = OpennessAttribute.valueOf(kind);
                    record.basis = ExemptionBasis.valueOf(row.get("basis"));
                    record.note = row.get("note");
                    record.workedOn = calendar.addWorkingDays(written, 1 + random.nextInt(4));
                    times(record);
                }
            }
        }
    }

    // --- 文号 ---------------------------------------------------------------------------------------------------

    /** Serials run per issuer code and year in the order of the 成文日期, with gaps for the documents not in the demo. */
    private void numberDocuments() {
        var next = new HashMap<String, Integer>();
        planned.stream().filter(p -> p.numbered != null)
                .sorted(Comparator.comparing((Planned p) -> p.writtenOn).thenComparing(p -> p.title))
                .forEach(p -> {
                    var code = p.publisher.issuerCode(p.numbered);
                    var key = code + p.writtenOn.getYear();
                    var serial = next.getOrDefault(key, 1 + random.nextInt(3));
                    p.documentNumber = DocumentNumber.of(code, p.writtenOn.getYear(), serial).toString();
                    next.put(key, serial + 1 + random.nextInt(3));
                });
    }

    // --- bodies --------------------------------------------------------------------------------------------------

    private String body(Planned record, String theme) {
        return switch (record.type) {
            case "NEWS" -> newsBody(record, theme);
            case "STATISTICS" -> statisticsBody(record, theme);
            case "PERSONNEL" -> record.title.contains("任免") ? appointmentBody(record)
                    : record.title.contains("拟聘用") ? hiringBody(record) : documentBody(record, theme);
            default -> record.title.contains("公示") ? listBody(record, theme) : documentBody(record, theme);
        };
    }

    /** A notice, plan, report or guide: salutation, opening, numbered sections, closing and signature. */
    private String documentBody(Planned record, String theme) {
        var html = new StringBuilder();
        var context = record.context;
        if (record.title.contains("通知") || record.title.endsWith("决定") || record.title.endsWith("意见")) {
            html.append(plain(salutation(record.publisher)));
            html.append(indented(fill(first(theme, "@intro", record.summary), context)));
        } else if (record.title.contains("公示") || record.title.contains("公告") || record.title.contains("通告")) {
            html.append(indented(record.summary + "现将有关事项" + (record.title.contains("公示") ? "公示" : "公告")
                    + "如下："));
        } else if (record.type.equals("FINANCE") || record.title.endsWith("措施")) {
            html.append(indented(fill(first(theme, "@intro", record.summary), context)));
        } else if (!record.type.equals("GUIDE")) {
            html.append(indented(record.summary));
        }
        var numbered = numberedSections(theme);
        if (!record.type.equals("GUIDE") && numbered.size() > 4) {
            numbered = pickInOrder(numbered, 3 + random.nextInt(2));
        }
        for (int i = 0; i < numbered.size(); i++) {
            var section = numbered.get(i);
            html.append(section(NUMERALS[i] + "、" + section.heading() + "。", fill(section.text(), context)));
        }
        closing(record, html);
        return html.toString();
    }

    private String newsBody(Planned record, String theme) {
        var html = new StringBuilder();
        for (var section : sections(theme)) {
            if (section.heading().equals("@news")) {
                html.append(indented(fill(section.text(), record.context)));
            }
        }
        html.append(indented(fill(first(theme, "@next", record.summary), record.context)));
        return html.toString();
    }

    private String statisticsBody(Planned record, String theme) {
        var html = new StringBuilder(indented(record.summary + "主要数据如下："));
        html.append("<table><thead><tr><th>指标</th><th>单位</th><th>数值</th><th>比上年同期增长（%）</th></tr></thead><tbody>");
        for (var section : sections(theme)) {
            if (section.heading().equals("@indicator")) {
                var cells = section.text().split("\\|");
                var low = Double.parseDouble(cells[2]);
                var high = Double.parseDouble(cells[3]);
                var value = low + random.nextDouble() * (high - low);
                var shown = cells[1].equals("元") ? String.valueOf(Math.round(value)) : String.format(Locale.ROOT, "%.2f", value);
                html.append("<tr><td>").append(cells[0]).append("</td><td>").append(cells[1]).append("</td><td>")
                        .append(shown).append("</td><td>").append(growth())
                        .append("</td></tr>");
            }
        }
        html.append("</tbody></table>");
        for (var section : numberedSections(theme)) {
            html.append(indented(fill(section.text(), record.context)));
        }
        return html.toString();
    }

    private String appointmentBody(Planned record) {
        var posts = sections("personnel").stream().filter(s -> s.heading().equals("@post")).map(Section::text)
                .toList();
        var appointed = pickInOrder(posts, 2);
        var second = person();
        return plain(salutation(record.publisher))
                + indented("经" + record.publisher.unit().name().replace("办公室", "") + "研究，决定：")
                + indented("任命" + record.context.person() + "为" + appointed.get(0) + "；")
                + indented("任命" + second + "为" + appointed.get(1) + "，免去其原任职务。")
                + signature(record);
    }

    private String hiringBody(Planned record) {
        var html = new StringBuilder(indented("根据公开招聘有关规定，经笔试、面试、资格复审、考察和体检，现将拟聘用人员名单公示如下："));
        html.append("<table><thead><tr><th>序号</th><th>姓名</th><th>性别</th><th>学历</th><th>拟聘岗位</th></tr></thead><tbody>");
        var count = 3 + random.nextInt(5);
        for (int i = 1; i <= count; i++) {
            html.append("<tr><td>").append(i).append("</td><td>").append(person()).append("</td><td>")
                    .append(random.nextBoolean() ? "男" : "女").append("</td><td>")
                    .append(random.nextInt(4) == 0 ? "硕士研究生" : "大学本科").append("</td><td>")
                    .append(List.of("综合管理岗", "财务会计岗", "专业技术岗", "信息技术岗").get(random.nextInt(4)))
                    .append("</td></tr>");
        }
        html.append("</tbody></table>");
        closing(record, html);
        return html.toString();
    }

    /** A 公示: of projects when the theme has them and the title names 项目 or 计划, else of households. */
    private String listBody(Planned record, String theme) {
        var projects = sections(theme).stream().filter(s -> s.heading().equals("@project")).toList();
        if (projects.isEmpty() || !(record.title.contains("项目") || record.title.contains("计划"))) {
            return rosterBody(record, theme);
        }
        var html = new StringBuilder(indented(record.summary + "现将有关情况公示如下："));
        html.append("<table><thead><tr><th>序号</th><th>项目名称</th><th>建设地点</th><th>建设内容</th>"
                + "<th>资金（万元）</th></tr></thead><tbody>");
        var count = 3 + random.nextInt(4);
        for (int i = 1; i <= count; i++) {
            var row = context(record.publisher, record.writtenOn, null);
            var project = projects.get(random.nextInt(projects.size())).text().split("\\|");
            // villages name their own small projects; county projects stand on their own name
            var name = theme.equals("village") ? row.village() + project[0] : project[0];
            html.append("<tr><td>").append(i).append("</td><td>").append(name)
                    .append("</td><td>").append(row.village()).append("</td><td>").append(fill(project[1], row))
                    .append("</td><td>").append(row.small()).append("</td></tr>");
        }
        html.append("</tbody></table>");
        closing(record, html);
        return html.toString();
    }

    /** A 公示 of households: a table with masked names, as townships publish them. */
    private String rosterBody(Planned record, String theme) {
        var html = new StringBuilder(indented(record.summary + "现将有关情况公示如下："));
        html.append("<table><thead><tr><th>序号</th><th>村（社区）</th><th>户主</th><th>保障人数</th>"
                + "<th>金额（元）</th></tr></thead><tbody>");
        var places = villages.getOrDefault(record.publisher.unit().name(), List.of(record.publisher.name()));
        var count = 4 + random.nextInt(6);
        for (int i = 1; i <= count; i++) {
            var name = person();
            html.append("<tr><td>").append(i).append("</td><td>").append(places.get(random.nextInt(places.size())))
                    .append("</td><td>").append(name.charAt(0)).append("*").append(name.substring(name.length() - 1))
                    .append("</td><td>").append(1 + random.nextInt(4)).append("</td><td>")
                    .append(300 + 10 * random.nextInt(60)).append("</td></tr>");
        }
        html.append("</tbody></table>");
        var rules = numberedSections(theme);
        if (theme.equals("assist") && !rules.isEmpty()) {
            html.append(indented(fill(rules.get(rules.size() - 1).text(), record.context)));
        }
        closing(record, html);
        return html.toString();
    }

    private String normativeBody(Planned record, Map<String, String> row, Integer years) {
        var doc = row.get("doc");
        var html = new StringBuilder();
        if (record.relationKind == RelationKind.AMENDS) {
            var earlier = byKey.get(record.relatedKey);
            html.append(plain(salutation(record.publisher)));
            html.append(indented("经研究，决定对《" + doc + "》（" + earlier.documentNumber + "）作如下修改："));
            var articles = row.get("articles").split("\\|");
            for (int i = 0; i < Math.min(2, articles.length); i++) {
                html.append(indented(NUMERALS[i] + "、将第" + NUMERALS[2 + i] + "条修改为：“" + articles[i] + "”"));
            }
            html.append(indented("本决定自" + chinese(record.effectiveOn) + "起施行。《" + doc + "》根据本决定作相应修改，重新公布。"));
            html.append(signature(record));
            return html.toString();
        }
        html.append(plain(salutation(record.publisher)));
        html.append(indented("现将《" + doc + "》印发给你们，请认真贯彻执行。"));
        html.append(signature(record));
        html.append("<h2>" + doc + "</h2>");
        var own = doc.endsWith("细则") ? "细则" : doc.endsWith("规定") ? "规定" : doc.endsWith("措施") ? "措施" : "办法";
        var articles = new ArrayList<String>();
        articles.add("为" + row.get("purpose") + "，根据" + row.get("basis") + "等有关规定，结合本县实际，制定本" + own + "。");
        articles.add("本" + own + "适用于" + row.get("applies") + "。");
        articles.addAll(List.of(row.get("articles").split("\\|")));
        articles.add("本" + own + "由" + row.get("drafting") + "负责解释。");
        var end = new StringBuilder("本" + own + "自" + chinese(record.effectiveOn) + "起施行");
        end.append(years == null ? "。" : "，有效期" + NUMERALS[years - 1] + "年。");
        if (record.relationKind == RelationKind.REPEALS) {
            var earlier = byKey.get(record.relatedKey);
            end.append("《").append(docName(earlier)).append("》（").append(earlier.documentNumber).append("）同时废止。");
        }
        articles.add(end.toString());
        for (int i = 0; i < articles.size(); i++) {
            html.append(section("第" + articleNumber(i + 1) + "条", articles.get(i)));
        }
        return html.toString();
    }

    private String interpretationBody(Planned record, Planned document, Map<String, String> row) {
        var doc = row.get("doc");
        var html = new StringBuilder();
        html.append(section("一、起草背景。", "为" + row.get("purpose") + "，根据" + row.get("basis") + "等有关规定，"
                + row.get("drafting") + "起草了" + (document.relationKind == RelationKind.AMENDS ? "修改决定" : "《" + doc + "》")
                + "，经" + document.publisher.unit().name() + "同意，以" + document.documentNumber + "印发。"));
        var points = row.get("articles").split("\\|");
        html.append(section("二、主要内容。", "主要包括以下" + (points.length == 2 ? "两" : NUMERALS[points.length - 1])
                + "个方面："));
        for (int i = 0; i < points.length; i++) {
            html.append(indented("（" + NUMERALS[i] + "）" + points[i]));
        }
        html.append(section("三、适用范围。", "适用于" + row.get("applies") + "。"));
        html.append(section("四、施行时间。", "自" + chinese(document.effectiveOn) + "起施行。"));
        html.append(section("五、解读机关及联系方式。", "解读机关：" + record.publisher.unit().name() + "；联系电话："
                + record.publisher.phone() + "。"));
        return html.toString();
    }

    private void closing(Planned record, StringBuilder html) {
        if (record.title.contains("通知")) {
            html.append(indented("特此通知。"));
        } else if (record.title.contains("通告")) {
            html.append(indented("特此通告。"));
        } else if (record.title.contains("公示")) {
            var days = 5 + random.nextInt(3);
            var from = record.workedOn != null ? record.workedOn : record.writtenOn;
            html.append(indented("公示期为" + days + "个工作日，自" + chinese(from) + "起至"
                    + chinese(calendar.addWorkingDays(from, days - 1)) + "止。公示期间如有异议，请向"
                    + record.publisher.unit().name() + "反映。联系电话：" + record.publisher.phone() + "。"));
        } else if (record.title.contains("公告")) {
            html.append(indented("特此公告。"));
        }
        if (record.documentNumber != null || record.title.matches(".*(通知|通告|公告|公示|决定|意见|措施)$")) {
            html.append(signature(record));
        }
    }

    // --- helpers -------------------------------------------------------------------------------------------------

    private Planned record(Publisher publisher, String type, Theme theme, String title, String summary,
            LocalDate writtenOn, Context context) {
        var record = new Planned();
        record.publisher = publisher;
        record.type = type;
        record.topic = theme.topic();
        record.title = title;
        record.summary = summary;
        record.keywords = String.join(" ", pickInOrder(theme.keywords(), Math.min(theme.keywords().size(),
                2 + random.nextInt(2))));
        record.writtenOn = writtenOn;
        record.context = context;
        planned.add(record);
        return record;
    }

    /** Published {@code workingDays} after its 成文日期 (at most the day before {@code today}). */
    private void publishWithin(Planned record, int workingDays) {
        var day = calendar.addWorkingDays(record.writtenOn, workingDays);
        record.workedOn = day.isBefore(today) ? day : latestWorkingDayBefore(today.minusDays(1));
        times(record);
    }

    private void times(Planned record) {
        var created = record.workedOn.atTime(8, 30).plusMinutes(random.nextInt(240)).atZone(CHINA).toInstant();
        record.createdAt = created;
        record.submittedAt = created.plusSeconds(60L * (5 + random.nextInt(40)));
        record.approvedAt = record.submittedAt.plusSeconds(60L * (10 + random.nextInt(60)));
        record.publishedAt = record.stage == Stage.PUBLISHED
                ? record.approvedAt.plusSeconds(60L * (5 + random.nextInt(30))) : null;
    }

    private Context context(Publisher publisher, LocalDate date, String item) {
        var places = publisher.kind().countyLevel()
                ? List.of("城关镇", "东桥镇", "西河镇", "北岭乡", "高家乡", "石桥乡")
                : villages.getOrDefault(publisher.unit().name(), List.of(publisher.name()));
        return new Context(publisher, date, 2 + random.nextInt(8), 12 + random.nextInt(87),
                String.format(Locale.ROOT, "%.2f", 100 + random.nextDouble() * 4900),
                String.format(Locale.ROOT, "%.2f", 10 + random.nextDouble() * 80), places.get(random.nextInt(places.size())),
                person(), item);
    }

    String fill(String template, Context context) {
        var date = context.date();
        Matcher matcher = PLACEHOLDER.matcher(template);
        var out = new StringBuilder();
        while (matcher.find()) {
            var publisher = context.publisher();
            var value = switch (matcher.group(1)) {
                case "unit" -> publisher.unit().name();
                case "name" -> publisher.name();
                case "area" -> publisher.area();
                case "scope" -> publisher.scope();
                case "year" -> String.valueOf(date.getYear());
                case "prev" -> String.valueOf(date.getYear() - 1);
                case "next" -> String.valueOf(date.getYear() + 1);
                case "lastmonth" -> {
                    var month = date.minusMonths(1);
                    yield month.getYear() + "年" + month.getMonthValue() + "月";
                }
                case "lastquarter" -> {
                    var quarter = (date.getMonthValue() - 1) / 3; // the one before the current, 0 = last year's fourth
                    yield quarter == 0 ? (date.getYear() - 1) + "年第四季度" : date.getYear() + "年第" + NUMERALS[quarter - 1] + "季度";
                }
                case "date" -> chinese(date);
                case "village" -> context.village();
                case "person" -> context.person();
                case "n" -> String.valueOf(context.n());
                case "big" -> String.valueOf(context.big());
                case "amount" -> context.amount();
                case "small" -> context.small();
                case "phone" -> publisher.phone();
                case "item" -> context.item() == null ? "" : context.item();
                default -> throw new IllegalStateException("演示数据模板中有未知的占位符 " + matcher.group());
            };
            matcher.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    private LocalDate pickDate(Set<Integer> months, LocalDate from, LocalDate to) {
        var days = (int) (to.toEpochDay() - from.toEpochDay());
        for (var attempt = 0; attempt < 400; attempt++) {
            var day = from.plusDays(random.nextInt(days + 1));
            if ((months.isEmpty() || months.contains(day.getMonthValue())) && calendar.isWorkingDay(day)) {
                return day;
            }
        }
        return null;
    }

    private LocalDate workingDayFrom(LocalDate day) {
        while (!calendar.isWorkingDay(day)) {
            day = day.plusDays(1);
        }
        return day;
    }

    private LocalDate latestWorkingDayBefore(LocalDate day) {
        while (!calendar.isWorkingDay(day)) {
            day = day.minusDays(1);
        }
        return day;
    }

    /** A year-on-year growth rate, one decimal, never “-0.0”. */
    private String growth() {
        var tenths = random.nextInt(106) - 15;
        return (tenths < 0 ? "-" : "") + Math.abs(tenths) / 10 + "." + Math.abs(tenths) % 10;
    }

    private String person() {
        return SURNAMES.charAt(random.nextInt(SURNAMES.length())) + GIVEN_NAMES.get(random.nextInt(GIVEN_NAMES.size()));
    }

    private <T> List<T> pickInOrder(List<T> from, int count) {
        var chosen = new ArrayList<>(IntStream.range(0, from.size()).boxed().toList());
        while (chosen.size() > count) {
            chosen.remove(random.nextInt(chosen.size()));
        }
        return chosen.stream().map(from::get).toList();
    }

    private List<Section> sections(String theme) {
        return sections.getOrDefault(theme, List.of());
    }

    private List<Section> numberedSections(String theme) {
        return sections(theme).stream().filter(s -> !s.heading().startsWith("@")).toList();
    }

    private String first(String theme, String heading, String otherwise) {
        var matching = sections(theme).stream().filter(s -> s.heading().equals(heading)).toList();
        return matching.isEmpty() ? otherwise : matching.get(random.nextInt(matching.size())).text();
    }

    private Publisher publisher(String unitName) {
        var publisher = publishers.get(unitName);
        if (publisher == null) {
            throw new IllegalStateException(FOLDER + "：“" + unitName + "”不在 publishers.tsv 中");
        }
        return publisher;
    }

    private Theme theme(String code) {
        var theme = themes.get(code);
        if (theme == null) {
            throw new IllegalStateException(FOLDER + "：themes.tsv 中没有主题“" + code + "”");
        }
        return theme;
    }

    private static String docName(Planned document) {
        var title = document.title;
        return title.substring(title.indexOf('《') + 1, title.lastIndexOf('》'));
    }

    private static String salutation(Publisher publisher) {
        return switch (publisher.kind()) {
            case COUNTY, OFFICE -> "各乡镇人民政府、街道办事处，县政府各部门、各直属机构：";
            case DEPARTMENT -> "各乡镇人民政府、街道办事处，县直有关单位：";
            case TOWNSHIP -> publisher.name().endsWith("乡") ? "各村、乡直各单位：" : "各村（社区）、镇直各单位：";
            case SUBDISTRICT -> "各社区居民委员会、街道各科室：";
        };
    }

    private static String signature(Planned record) {
        return "<p style=\"text-align:right\">" + record.publisher.unit().name() + "</p><p style=\"text-align:right\">"
                + chinese(record.writtenOn) + "</p>";
    }

    private static String articleNumber(int number) {
        if (number <= 10) {
            return NUMERALS[number - 1];
        }
        return (number >= 20 ? NUMERALS[number / 10 - 1] : "") + "十" + (number % 10 == 0 ? "" : NUMERALS[number % 10 - 1]);
    }

    static String chinese(LocalDate date) {
        return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }

    private static String plain(String text) {
        return "<p>" + escape(text) + "</p>";
    }

    private static String indented(String text) {
        return "<p style=\"text-indent:2em\">" + escape(text) + "</p>";
    }

    private static String section(String heading, String text) {
        return "<p style=\"text-indent:2em\"><strong>" + escape(heading) + "</strong>" + escape(text) + "</p>";
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static Set<Integer> months(String text) {
        if (text.equals("*")) {
            return Set.of();
        }
        var months = new HashSet<Integer>();
        for (var part : text.split(",")) {
            var range = part.split("-");
            var from = Integer.parseInt(range[0].strip());
            var to = range.length == 1 ? from : Integer.parseInt(range[1].strip());
            IntStream.rangeClosed(from, to).forEach(months::add);
        }
        return months;
    }

    /** The rows of one vocabulary file: comment lines (#) skipped, the first other line is the header. */
    static List<Map<String, String>> table(String name) {
        var path = FOLDER + name;
        try (var in = DemoInformationPlan.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("缺少演示数据文件 " + path);
            }
            var lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
            String[] header = null;
            var rows = new ArrayList<Map<String, String>>();
            for (int i = 0; i < lines.size(); i++) {
                var line = lines.get(i);
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                var cells = line.split("\t", -1);
                if (header == null) {
                    header = cells;
                    continue;
                }
                if (cells.length != header.length) {
                    throw new IllegalStateException(path + " 第" + (i + 1) + "行：应有" + header.length + "列，实有"
                            + cells.length + "列");
                }
                var row = new LinkedHashMap<String, String>();
                for (int c = 0; c < header.length; c++) {
                    row.put(header[c], cells[c].strip());
                }
                rows.add(row);
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + path, e);
        }
    }

    /** For the log: how many records of each stage were planned. */
    static String describe(List<Planned> records) {
        return records.stream().collect(Collectors.groupingBy(p -> p.stage, java.util.TreeMap::new,
                Collectors.counting())).toString();
    }
}
