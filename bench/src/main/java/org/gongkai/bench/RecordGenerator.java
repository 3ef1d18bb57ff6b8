package org.gongkai.bench;

import static org.gongkai.bench.GovernmentVocabulary.*;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Realistic published 主动公开 records: titles and bodies from government vocabulary, 文号 such as
 * 示政办发〔2024〕37号, units of the demo organisation tree, dates from 2015 to 2025 and the text of attachments
 * (task tables), about 1,000 characters of body each.
 *
 * <p>Deterministic: the same seed gives the same records in the same order, so the H2 database of the search
 * benchmarks and the PostgreSQL database of the {@code LIKE} comparison hold the same rows.
 */
final class RecordGenerator {

    /** One row of {@code publication.information}, as far as the benchmarks need it. */
    record GeneratedRecord(long serial, long unitId, String title, String summary, String documentNumber,
            String typeCode, String topicCode, String keywords, String body, String bodyText, LocalDate writtenOn,
            LocalDate dueOn, LocalDate publishedOn, String validity) {

        /** 索引号: the unit's code, the year, a serial unique over the whole data set. */
        String indexNumber(String unitCode) {
            return "%s/%d-%07d".formatted(unitCode, writtenOn.getYear(), serial);
        }
    }

    private static final LocalDate FIRST_DAY = LocalDate.of(2015, 1, 1);
    private static final int DAYS = 11 * 365;

    private final SplittableRandom random;
    private final int units;
    private final List<String> typeCodes = codes("publication/types.csv", false);
    private final List<String> topicCodes = codes("publication/topics.csv", true);
    private long serial;

    /** @param units the number of units (ids 1..units) records are spread over */
    RecordGenerator(long seed, int units) {
        this.random = new SplittableRandom(seed);
        this.units = units;
    }

    GeneratedRecord next() {
        serial++;
        var unitId = 1 + random.nextInt(units);
        var field = pick(FIELDS);
        var other = pick(FIELDS);
        var writtenOn = FIRST_DAY.plusDays(random.nextInt(DAYS));
        var publishedOn = writtenOn.plusDays(1 + random.nextInt(25));
        var kind = pick(KINDS);
        var title = title(field, kind, writtenOn.getYear());
        var paragraphs = body(field, other, writtenOn);
        var bodyText = String.join("\n", paragraphs);
        var bodyHtml = new StringBuilder();
        paragraphs.forEach(p -> bodyHtml.append("<p>").append(p).append("</p>"));
        var documentNumber = random.nextInt(10) < 8
                ? "%s〔%d〕%d号".formatted(DOCUMENT_PREFIXES.get((int) (unitId % DOCUMENT_PREFIXES.size())),
                        writtenOn.getYear(), 1 + random.nextInt(180))
                : null;
        var typeCode = pick(typeCodes);
        return new GeneratedRecord(serial, unitId, title, paragraphs.get(0), documentNumber, typeCode,
                pick(topicCodes), field + " " + other + " " + kind, bodyHtml.toString(), bodyText, writtenOn,
                writtenOn.plusDays(28), publishedOn, "NORMATIVE".equals(typeCode) ? "VALID" : null);
    }

    private String title(String field, String kind, int year) {
        return switch (random.nextInt(8)) {
            case 0 -> "关于印发《%s%d年%s%s》的通知".formatted(CITY, year, field, kind);
            case 1 -> "关于进一步%s%s工作的通知".formatted(pick(VERBS), field);
            case 2 -> "关于做好%d年%s%s工作的通知".formatted(year, field, pick(TASKS));
            case 3 -> "%s%s%s".formatted(CITY, field, kind);
            case 4 -> "关于%d年度%s资金分配情况的公示".formatted(year, field);
            case 5 -> "%d年%s%s工作情况的报告".formatted(year, field, pick(TASKS));
            case 6 -> "关于开展%s%s的通知".formatted(field, pick(TASKS));
            default -> "关于%s有关事项的批复".formatted(field);
        };
    }

    private List<String> body(String field, String other, LocalDate writtenOn) {
        var paragraphs = new ArrayList<String>();
        paragraphs.add("为深入贯彻落实%s，进一步%s%s工作，根据《%s》等法律法规和有关规定，结合我市实际，制定本方案。"
                .formatted(pick(AUTHORITIES), pick(VERBS), field, pick(LAWS)));
        var headings = 2 + random.nextInt(3);
        for (var h = 0; h < headings; h++) {
            paragraphs.add(chineseNumber(h + 1) + "、" + HEADINGS.get(h % HEADINGS.size()));
            var items = 1 + random.nextInt(3);
            for (var i = 0; i < items; i++) {
                paragraphs.add("（" + chineseNumber(i + 1) + "）" + pick(VERBS) + (i % 2 == 0 ? field : other)
                        + pick(TASKS) + "。" + sentence(field, other, writtenOn) + sentence(other, field, writtenOn));
            }
        }
        paragraphs.add("联系人：%s%s，联系电话：0123-8%07d。".formatted(pick(SURNAMES), pick(GIVEN_NAMES),
                random.nextInt(10_000_000)));
        if (random.nextInt(3) == 0) {
            paragraphs.addAll(attachment(field, writtenOn));
        }
        return paragraphs;
    }

    private String sentence(String field, String other, LocalDate writtenOn) {
        return switch (random.nextInt(7)) {
            case 0 -> "各乡镇（街道）、各有关部门要高度重视%s工作，切实加强组织领导，明确责任分工，确保各项任务落到实处。"
                    .formatted(field);
            case 1 -> "%d年%d月底前，完成%s%s，覆盖率达到%d%%以上。".formatted(writtenOn.getYear(),
                    1 + random.nextInt(12), field, pick(TASKS), 60 + random.nextInt(40));
            case 2 -> "市财政安排%s专项资金%d万元，重点支持%s等方面。".formatted(field, 50 + random.nextInt(5000), other);
            case 3 -> "对工作推进不力、问题整改不到位的单位，依法依规严肃追责问责。";
            case 4 -> "严格落实%s责任制，建立健全%s长效机制，坚决防止反弹回潮。".formatted(field, other);
            case 5 -> "加大%s宣传力度，充分利用政府网站、政务新媒体等渠道，提高群众知晓率和满意度。".formatted(field);
            default -> "%s要会同%s等部门，每季度末将%s工作进展情况报送市政府办公室。".formatted(pick(TOWNS), pick(TOWNS), field);
        };
    }

    /** The text of an attached task table (附件), as extracted from a .docx or .xlsx. */
    private List<String> attachment(String field, LocalDate writtenOn) {
        var rows = new ArrayList<String>();
        rows.add("附件：%s%s任务分解表".formatted(field, pick(TASKS)));
        rows.add("序号 乡镇（街道） 工作任务 完成时限 责任单位");
        var count = 3 + random.nextInt(6);
        for (var r = 1; r <= count; r++) {
            rows.add("%d %s %s%s %s 市%s工作领导小组办公室".formatted(r, pick(TOWNS), field, pick(TASKS),
                    writtenOn.plusMonths(1 + random.nextInt(6)), field));
        }
        return rows;
    }

    private static String chineseNumber(int n) {
        return String.valueOf("一二三四五六七八九十".charAt(n - 1));
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    /** The codes of one of the application's reference lists; only sub-topics when {@code leavesOnly}. */
    private static List<String> codes(String resource, boolean leavesOnly) {
        try (var in = RecordGenerator.class.getClassLoader().getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().skip(1)
                    .filter(line -> !line.isBlank())
                    .map(line -> line.split(",", -1))
                    .filter(cells -> !leavesOnly || !cells[1].isBlank())
                    .map(cells -> cells[0].strip())
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
