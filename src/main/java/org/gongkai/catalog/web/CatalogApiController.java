package org.gongkai.catalog.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.gongkai.catalog.CatalogManagement;
import org.gongkai.catalog.CatalogNotFound;
import org.gongkai.catalog.CatalogSummary;
import org.gongkai.catalog.DomainView;
import org.gongkai.catalog.GuidelineLibrary;
import org.gongkai.catalog.GuidelineSummary;
import org.gongkai.catalog.IllegalCatalogTransition;
import org.gongkai.catalog.InvalidCatalogData;
import org.gongkai.catalog.ItemElements;
import org.gongkai.catalog.ItemView;
import org.gongkai.catalog.PublishedCatalogs;
import org.gongkai.catalog.VersionDiff;
import org.gongkai.catalog.VersionView;
import org.gongkai.catalog.table.CatalogTable;
import org.gongkai.catalog.table.CatalogTables;
import org.gongkai.catalog.table.TableRejected;
import org.gongkai.organization.CurrentStaff;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The catalogs' REST API (issue 3): domains, guidelines, published catalogs, their items, versions and diffs —
 * public; importing guidelines and catalogs from .xlsx/.docx — staff (HTTP Basic).
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "catalogs", description = "政务公开事项标准目录")
class CatalogApiController {

    static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    static final MediaType DOCX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    private final GuidelineLibrary library;
    private final PublishedCatalogs published;
    private final CatalogManagement catalogs;
    private final CurrentStaff currentStaff;

    CatalogApiController(GuidelineLibrary library, PublishedCatalogs published, CatalogManagement catalogs,
            CurrentStaff currentStaff) {
        this.library = library;
        this.published = published;
        this.catalogs = catalogs;
        this.currentStaff = currentStaff;
    }

    @GetMapping("/domains")
    @Operation(summary = "领域（26个试点领域及其他领域）")
    List<DomainView> domains() {
        return library.domains();
    }

    @GetMapping("/guidelines")
    @Operation(summary = "领域标准指引（各版本）")
    List<GuidelineSummary> guidelines() {
        return library.guidelines();
    }

    @GetMapping("/guidelines/{id}/items")
    @Operation(summary = "标准指引的事项")
    List<ItemElements> guidelineItems(@PathVariable long id) {
        return library.guidelineItems(id);
    }

    @GetMapping("/guidelines/{id}/export.{format:xlsx|docx}")
    @Operation(summary = "以标准表格（.xlsx 或 .docx）导出标准指引")
    ResponseEntity<byte[]> exportGuideline(@PathVariable long id, @PathVariable String format) {
        var guideline = library.guideline(id);
        return file(guideline.title(), format, CatalogTable.standard(library.guidelineItems(id)));
    }

    @PostMapping(path = "/guidelines/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "从标准表格导入一个领域标准指引的新版本（系统管理员、政务公开办）")
    ResponseEntity<GuidelineSummary> importGuideline(@RequestParam("file") MultipartFile file,
            @RequestParam String domainCode, @RequestParam String title, @RequestParam(required = false) String issuer,
            @RequestParam String edition,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate issuedOn)
            throws IOException {
        var table = read(file);
        var summary = library.importGuideline(domainCode, title, issuer, edition, issuedOn, table.rows());
        return ResponseEntity.status(HttpStatus.CREATED).body(summary);
    }

    @GetMapping("/catalogs")
    @Operation(summary = "已发布的目录（可按单位筛选）")
    List<CatalogDto> catalogs(@RequestParam(required = false) Long unitId) {
        return published.catalogs(unitId).stream().map(CatalogDto::of).toList();
    }

    @GetMapping("/catalogs/{id}")
    @Operation(summary = "一个已发布目录")
    CatalogDto catalog(@PathVariable long id) {
        return CatalogDto.of(published.catalog(id));
    }

    @GetMapping("/catalogs/{id}/items")
    @Operation(summary = "已发布目录的事项（默认当前版本）")
    List<ItemView> items(@PathVariable long id, @RequestParam(required = false) Integer version) {
        return published.items(id, version);
    }

    @GetMapping("/catalogs/{id}/versions")
    @Operation(summary = "目录的发布历史")
    List<VersionDto> versions(@PathVariable long id) {
        return published.history(id).stream().map(VersionDto::of).toList();
    }

    @GetMapping("/catalogs/{id}/versions/{a}/diff/{b}")
    @Operation(summary = "两个已发布版本的差异：新增、删除、逐项逐字段的修改")
    VersionDiff diff(@PathVariable long id, @PathVariable int a, @PathVariable int b) {
        return published.diff(id, a, b);
    }

    @GetMapping("/catalogs/{id}/export.{format:xlsx|docx}")
    @Operation(summary = "以标准表格（.xlsx 或 .docx）导出已发布目录（文件汇编形式）")
    ResponseEntity<byte[]> exportCatalog(@PathVariable long id, @PathVariable String format,
            @RequestParam(required = false) Integer version) {
        return file(published.catalog(id).title(), format, CatalogTable.standard(published.rows(id, version)));
    }

    @PostMapping(path = "/catalogs/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "从标准表格导入一个单位的目录（生成草稿，需登录）")
    ResponseEntity<CreatedDto> importCatalog(@RequestParam("file") MultipartFile file, @RequestParam long unitId,
            @RequestParam String title, @RequestParam String domainCode) throws IOException {
        var table = read(file);
        var id = catalogs.importCatalog(currentStaff.require(), unitId, title, domainCode, table.rows());
        return ResponseEntity.status(HttpStatus.CREATED).body(new CreatedDto(id, table.rows().size()));
    }

    record CreatedDto(long id, int items) {}

    record CatalogDto(long id, String title, long unitId, String unitName, Integer version, Instant publishedAt,
            int itemCount) {

        static CatalogDto of(CatalogSummary summary) {
            return new CatalogDto(summary.id(), summary.title(), summary.unitId(), summary.unitName(),
                    summary.publishedVersion(), summary.publishedAt(), summary.itemCount());
        }
    }

    record VersionDto(int number, Instant publishedAt, String changeNote, int itemCount) {

        static VersionDto of(VersionView version) {
            return new VersionDto(version.number(), version.publishedAt(), version.changeNote(), version.itemCount());
        }
    }

    private static CatalogTable read(MultipartFile file) throws IOException {
        return GuidelineConsoleController.read(file);
    }

    private static ResponseEntity<byte[]> file(String title, String format, CatalogTable table) {
        var xlsx = format.equals("xlsx");
        var body = xlsx ? CatalogTables.writeXlsx(title, table) : CatalogTables.writeDocx(title, table);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(title + "." + format, StandardCharsets.UTF_8).build().toString())
                .contentType(xlsx ? XLSX : DOCX)
                .body(body);
    }

    @ExceptionHandler
    ProblemDetail on(CatalogNotFound e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
    }

    @ExceptionHandler
    ProblemDetail on(InvalidCatalogData e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
    }

    @ExceptionHandler
    ProblemDetail on(IllegalCatalogTransition e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
    }

    @ExceptionHandler
    ProblemDetail on(TableRejected e) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "文件不符合标准目录表格格式，未导入任何内容：" + String.join("；", e.problems()));
        problem.setProperty("problems", e.problems());
        return problem;
    }
}
