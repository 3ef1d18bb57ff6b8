package org.gongkai.catalog.web;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;

import org.gongkai.catalog.GuidelineLibrary;
import org.gongkai.catalog.InvalidCatalogData;
import org.gongkai.catalog.table.CatalogTable;
import org.gongkai.catalog.table.CatalogTables;
import org.gongkai.catalog.table.TableRejected;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The domains and their guideline editions; the openness office loads new editions from standard tables. */
@Controller
@RequestMapping("/console/guidelines")
class GuidelineConsoleController {

    private final GuidelineLibrary library;

    GuidelineConsoleController(GuidelineLibrary library) {
        this.library = library;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("domains", library.domains());
        model.addAttribute("guidelines", library.guidelines());
        return "catalog/console/guidelines";
    }

    @GetMapping("/{id}")
    String detail(@PathVariable long id, Model model) {
        model.addAttribute("guideline", library.guideline(id));
        var items = library.guidelineItems(id).stream()
                .map(item -> new GuidelineRow(item, org.gongkai.catalog.TimeLimitRule.parse(item.timeLimit())
                        .map(org.gongkai.catalog.TimeLimitRule::describe).orElse(null)))
                .toList();
        model.addAttribute("items", items);
        model.addAttribute("unrecognised", items.stream().filter(row -> row.rule() == null).toList());
        return "catalog/console/guideline";
    }

    @PostMapping("/import")
    String importGuideline(@RequestParam("file") MultipartFile file, @RequestParam String domainCode,
            @RequestParam String title, @RequestParam(required = false) String issuer, @RequestParam String edition,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate issuedOn,
            RedirectAttributes flash) throws IOException {
        try {
            var summary = library.importGuideline(domainCode, title, issuer, edition, issuedOn, read(file).rows());
            flash.addFlashAttribute("message", "已导入《" + summary.title() + "》" + summary.edition() + "版，共 "
                    + summary.itemCount() + " 个事项");
            return "redirect:/console/guidelines/" + summary.id();
        } catch (TableRejected e) {
            flash.addFlashAttribute("error", "文件不符合标准目录表格格式，未导入任何内容");
            flash.addFlashAttribute("problems", e.problems());
        } catch (InvalidCatalogData e) {
            flash.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/console/guidelines";
    }

    @PostMapping("/domains")
    String addDomain(@RequestParam String code, @RequestParam String name,
            @RequestParam(required = false) String aliases, RedirectAttributes flash) {
        try {
            var list = aliases == null ? java.util.List.<String>of()
                    : java.util.Arrays.stream(aliases.split("[、,，|\\s]+")).map(String::strip).filter(a -> !a.isEmpty()).toList();
            var domain = library.addDomain(code, name, list);
            flash.addFlashAttribute("message", "已新增领域“" + domain.name() + "”");
        } catch (InvalidCatalogData e) {
            flash.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/console/guidelines";
    }

    /** A guideline row with the reading of its 公开时限, or null where the wording is not recognised. */
    record GuidelineRow(org.gongkai.catalog.ItemElements item, String rule) {}

    static CatalogTable read(MultipartFile file) throws IOException {
        if (file == null || file.isEmpty()) {
            throw new InvalidCatalogData("请选择要导入的 .xlsx 或 .docx 文件");
        }
        var name = file.getOriginalFilename() == null ? "" : file.getOriginalFilename().toLowerCase();
        try (InputStream in = file.getInputStream()) {
            if (name.endsWith(".docx")) {
                return CatalogTables.readDocx(in);
            }
            if (name.endsWith(".xlsx")) {
                return CatalogTables.readXlsx(in);
            }
        }
        throw new InvalidCatalogData("请上传 .xlsx 或 .docx 文件");
    }
}
