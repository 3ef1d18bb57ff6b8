package org.gongkai.organization;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Import and export of the organisation tree as .xlsx, in the template documented in docs/organization.md:
 * one sheet, one header row, one unit per row, parents named by their 单位编码. An import is all or nothing:
 * every problem is reported with its row number and nothing is saved unless every row is good.
 */
@Service
public class UnitTreeSpreadsheet {

    static final List<String> HEADERS = List.of("单位编码", "单位名称", "简称", "别名", "层级", "单位类型", "上级单位编码",
            "排序号", "统一社会信用代码", "地址", "办公时间", "联系电话", "传真", "电子邮箱", "邮政编码", "状态");
    private static final String ALIAS_SEPARATOR = "|";

    private final Units units;
    private final UnitManagement management;
    private final AccessPolicy policy;

    UnitTreeSpreadsheet(Units units, UnitManagement management, AccessPolicy policy) {
        this.units = units;
        this.management = management;
        this.policy = policy;
    }

    /** The units the actor may see, as a workbook that {@link #importTree} reads back. */
    @Transactional(readOnly = true)
    public byte[] export(Actor actor) {
        var visible = management.visibleTree(actor);
        var codes = new HashMap<Long, String>();
        units.findAllInTreeOrder().forEach(unit -> codes.put(unit.id(), unit.code()));
        try (var workbook = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
            var sheet = workbook.createSheet("组织机构");
            writeRow(sheet.createRow(0), HEADERS);
            int r = 1;
            for (var unit : visible) {
                var contact = unit.contact();
                writeRow(sheet.createRow(r++), Arrays.asList(unit.code(), unit.name(), unit.shortName(),
                        String.join(ALIAS_SEPARATOR, unit.aliases()), unit.level().label(), unit.kind().label(),
                        unit.parentId() == null ? "" : codes.get(unit.parentId()), String.valueOf(unit.sortOrder()),
                        unit.creditCode(), contact.address(), contact.officeHours(), contact.phone(), contact.fax(),
                        contact.email(), contact.postcode(), unit.active() ? "在用" : "停用"));
            }
            for (int c = 0; c < HEADERS.size(); c++) {
                sheet.setColumnWidth(c, c == 1 ? 40 * 256 : 16 * 256);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An empty workbook with the header row, for people who start a tree from scratch. */
    public byte[] template() {
        try (var workbook = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
            writeRow(workbook.createSheet("组织机构").createRow(0), HEADERS);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Creates the rows whose 单位编码 is new and updates (and if needed moves) those whose code exists.
     *
     * @throws UnitImportRejected listing every bad row; the transaction is rolled back, nothing is saved
     */
    @Transactional(rollbackFor = Exception.class)
    public ImportSummary importTree(Actor actor, InputStream xlsx) {
        var problems = new ArrayList<String>();
        var rows = read(xlsx, problems);
        var byCode = new LinkedHashMap<String, ParsedRow>();
        for (var row : rows) {
            if (byCode.putIfAbsent(row.code(), row) != null) {
                problems.add("第" + row.rowNumber() + "行：单位编码“" + row.code() + "”在表中重复");
            }
        }
        var existing = new HashMap<String, Unit>();
        units.findAllInTreeOrder().stream().filter(unit -> unit.code() != null)
                .forEach(unit -> existing.put(unit.code(), unit));
        for (var row : rows) {
            if (row.parentCode() != null && !byCode.containsKey(row.parentCode())
                    && !existing.containsKey(row.parentCode())) {
                problems.add("第" + row.rowNumber() + "行：上级单位编码“" + row.parentCode() + "”既不在表中，也不在系统中");
            }
        }
        if (!problems.isEmpty()) {
            throw new UnitImportRejected(problems);
        }
        int created = 0;
        int updated = 0;
        var idsByCode = new HashMap<String, Long>();
        existing.forEach((code, unit) -> idsByCode.put(code, unit.id()));
        for (var row : parentsFirst(rows, byCode)) {
            try {
                Long parentId = row.parentCode() == null ? null : idsByCode.get(row.parentCode());
                var current = existing.get(row.code());
                if (current == null) {
                    idsByCode.put(row.code(), management.create(actor, parentId, row.details()).id());
                    created++;
                } else {
                    management.edit(actor, current.id(), row.details());
                    if (!java.util.Objects.equals(current.parentId(), parentId)) {
                        management.move(actor, current.id(), parentId);
                    }
                    if (!current.active() && row.active()) {
                        management.reactivate(actor, current.id());
                    }
                    updated++;
                }
            } catch (InvalidUnitData | AccessDeniedException | UnitNotFound e) {
                problems.add("第" + row.rowNumber() + "行：" + e.getMessage());
            }
        }
        for (var row : rows) {
            var current = existing.get(row.code());
            if (current != null && current.active() && !row.active()) {
                try {
                    management.deactivate(actor, current.id());
                } catch (InvalidUnitData | AccessDeniedException e) {
                    problems.add("第" + row.rowNumber() + "行：" + e.getMessage());
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new UnitImportRejected(problems);
        }
        return new ImportSummary(created, updated);
    }

    /** How many units an import created and updated. */
    public record ImportSummary(int created, int updated) {}

    private static List<ParsedRow> parentsFirst(List<ParsedRow> rows, Map<String, ParsedRow> byCode) {
        var ordered = new ArrayList<ParsedRow>();
        var placed = new java.util.HashSet<String>();
        for (var row : rows) {
            place(row, byCode, placed, ordered, new java.util.HashSet<>());
        }
        return ordered;
    }

    private static void place(ParsedRow row, Map<String, ParsedRow> byCode, java.util.Set<String> placed,
            List<ParsedRow> ordered, java.util.Set<String> visiting) {
        if (placed.contains(row.code())) {
            return;
        }
        if (!visiting.add(row.code())) {
            throw new UnitImportRejected(List.of("第" + row.rowNumber() + "行：上级单位关系出现循环"));
        }
        var parent = row.parentCode() == null ? null : byCode.get(row.parentCode());
        if (parent != null) {
            place(parent, byCode, placed, ordered, visiting);
        }
        placed.add(row.code());
        ordered.add(row);
    }

    private record ParsedRow(int rowNumber, String code, String parentCode, UnitDetails details, boolean active) {}

    private static List<ParsedRow> read(InputStream xlsx, List<String> problems) {
        Workbook workbook;
        try {
            workbook = WorkbookFactory.create(xlsx);
        } catch (IOException | RuntimeException e) {
            throw new UnitImportRejected(List.of("文件不是有效的 Excel（.xlsx）文件"));
        }
        try (workbook) {
            var sheet = workbook.getSheetAt(0);
            var header = sheet.getRow(0);
            for (int c = 0; c < HEADERS.size(); c++) {
                var actual = header == null ? "" : text(header.getCell(c));
                if (!HEADERS.get(c).equals(actual)) {
                    throw new UnitImportRejected(List.of("第1行第" + (c + 1) + "列：表头应为“" + HEADERS.get(c) + "”，实际为“"
                            + actual + "”（请使用导出的模板）"));
                }
            }
            var rows = new ArrayList<ParsedRow>();
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                var row = sheet.getRow(r);
                if (row == null || isBlank(row)) {
                    continue;
                }
                var rowNumber = r + 1;
                try {
                    rows.add(parse(row, rowNumber));
                } catch (InvalidUnitData | IllegalArgumentException e) {
                    problems.add("第" + rowNumber + "行：" + e.getMessage());
                }
            }
            if (rows.isEmpty() && problems.isEmpty()) {
                problems.add("表中没有单位数据");
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ParsedRow parse(Row row, int rowNumber) {
        var code = UnitContact.trimToNull(text(row.getCell(0)));
        if (code == null) {
            throw new InvalidUnitData("单位编码不能为空");
        }
        var levelText = text(row.getCell(4));
        var kindText = text(row.getCell(5));
        if (levelText.isBlank()) {
            throw new InvalidUnitData("层级不能为空");
        }
        if (kindText.isBlank()) {
            throw new InvalidUnitData("单位类型不能为空");
        }
        int sortOrder;
        try {
            var sort = text(row.getCell(7));
            sortOrder = sort.isBlank() ? 0 : Integer.parseInt(sort);
        } catch (NumberFormatException e) {
            throw new InvalidUnitData("排序号应为整数");
        }
        var status = text(row.getCell(15));
        if (!status.isBlank() && !status.equals("在用") && !status.equals("停用")) {
            throw new InvalidUnitData("状态应为“在用”或“停用”");
        }
        var aliases = Arrays.stream(text(row.getCell(3)).split("[|｜]")).map(String::strip)
                .filter(alias -> !alias.isEmpty()).toList();
        var details = new UnitDetails(text(row.getCell(1)), text(row.getCell(2)), aliases, UnitLevel.fromLabel(levelText),
                UnitKind.fromLabel(kindText), sortOrder, text(row.getCell(8)), code,
                new UnitContact(text(row.getCell(9)), text(row.getCell(10)), text(row.getCell(11)),
                        text(row.getCell(12)), text(row.getCell(13)), text(row.getCell(14))));
        return new ParsedRow(rowNumber, code, UnitContact.trimToNull(text(row.getCell(6))), details,
                !status.equals("停用"));
    }

    private static final DataFormatter FORMATTER = new DataFormatter();

    private static String text(Cell cell) {
        return cell == null ? "" : FORMATTER.formatCellValue(cell).strip();
    }

    private static boolean isBlank(Row row) {
        for (int c = 0; c < HEADERS.size(); c++) {
            if (!text(row.getCell(c)).isEmpty()) {
                return false;
            }
        }
        return true;
    }

    private static void writeRow(Row row, List<String> values) {
        for (int c = 0; c < values.size(); c++) {
            row.createCell(c).setCellValue(values.get(c) == null ? "" : values.get(c));
        }
    }
}
