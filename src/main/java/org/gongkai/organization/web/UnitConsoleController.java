package org.gongkai.organization.web;

import java.io.IOException;
import java.util.List;

import org.gongkai.organization.CurrentStaff;
import org.gongkai.organization.InvalidUnitData;
import org.gongkai.organization.UnitImportRejected;
import org.gongkai.organization.UnitKind;
import org.gongkai.organization.UnitLevel;
import org.gongkai.organization.UnitManagement;
import org.gongkai.organization.UnitTreeSpreadsheet;
import org.gongkai.organization.UnitView;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
@RequestMapping("/console/units")
class UnitConsoleController {

    private static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final UnitManagement units;
    private final UnitTreeSpreadsheet spreadsheet;
    private final CurrentStaff currentStaff;

    UnitConsoleController(UnitManagement units, UnitTreeSpreadsheet spreadsheet, CurrentStaff currentStaff) {
        this.units = units;
        this.spreadsheet = spreadsheet;
        this.currentStaff = currentStaff;
    }

    @GetMapping
    String tree(@RequestParam(required = false) String q, @RequestParam(defaultValue = "false") boolean inactive,
            Model model) {
        var actor = currentStaff.require();
        var needle = q == null ? "" : q.strip();
        var rows = units.visibleTree(actor).stream()
                .filter(unit -> inactive || unit.active())
                .filter(unit -> needle.isEmpty() || unit.name().contains(needle)
                        || unit.aliases().stream().anyMatch(alias -> alias.contains(needle)))
                .toList();
        var minDepth = rows.stream().mapToInt(UnitView::depth).min().orElse(0);
        var manageable = units.manageableUnitIds(actor);
        model.addAttribute("rows", rows.stream()
                .map(unit -> new TreeRow(unit, Math.min(unit.depth() - minDepth, 6), manageable.contains(unit.id()))).toList());
        model.addAttribute("q", needle);
        model.addAttribute("inactive", inactive);
        return "organization/units";
    }

    @GetMapping("/new")
    String newUnit(@RequestParam(required = false) Long parentId, Model model) {
        var parent = parentId == null ? null : units.detail(currentStaff.require(), parentId);
        return form(model, null, parent, UnitForm.empty(parentId, parent));
    }

    @PostMapping
    String create(@ModelAttribute UnitForm form, Model model, RedirectAttributes flash) {
        var actor = currentStaff.require();
        try {
            var unit = units.create(actor, form.parentId(), form.toDetails());
            flash.addFlashAttribute("message", "已创建单位“" + unit.name() + "”");
            return "redirect:/console/units/" + unit.id();
        } catch (InvalidUnitData e) {
            model.addAttribute("error", e.getMessage());
            var parent = form.parentId() == null ? null : units.detail(actor, form.parentId());
            return form(model, null, parent, form);
        }
    }

    @GetMapping("/{id}")
    String edit(@PathVariable long id, Model model) {
        var actor = currentStaff.require();
        var unit = units.detail(actor, id);
        var parent = unit.parentId() == null ? null : units.detail(actor, unit.parentId());
        return form(model, unit, parent, UnitForm.of(unit));
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, @ModelAttribute UnitForm form, Model model, RedirectAttributes flash) {
        var actor = currentStaff.require();
        try {
            units.edit(actor, id, form.toDetails());
            flash.addFlashAttribute("message", "已保存");
            return "redirect:/console/units/" + id;
        } catch (InvalidUnitData e) {
            model.addAttribute("error", e.getMessage());
            var unit = units.detail(actor, id);
            return form(model, unit, unit.parentId() == null ? null : units.detail(actor, unit.parentId()), form);
        }
    }

    @PostMapping("/{id}/move")
    String move(@PathVariable long id, @RequestParam(required = false) Long parentId, RedirectAttributes flash) {
        return act(id, flash, "已移动", () -> units.move(currentStaff.require(), id, parentId));
    }

    @PostMapping("/{id}/deactivate")
    String deactivate(@PathVariable long id, RedirectAttributes flash) {
        return act(id, flash, "已停用", () -> units.deactivate(currentStaff.require(), id));
    }

    @PostMapping("/{id}/reactivate")
    String reactivate(@PathVariable long id, RedirectAttributes flash) {
        return act(id, flash, "已启用", () -> units.reactivate(currentStaff.require(), id));
    }

    @GetMapping("/export.xlsx")
    ResponseEntity<byte[]> export() {
        return xlsx(spreadsheet.export(currentStaff.require()), "组织机构.xlsx");
    }

    @GetMapping("/template.xlsx")
    ResponseEntity<byte[]> template() {
        return xlsx(spreadsheet.template(), "组织机构导入模板.xlsx");
    }

    @PostMapping("/import")
    String importTree(@RequestParam("file") MultipartFile file, RedirectAttributes flash) throws IOException {
        if (file.isEmpty()) {
            flash.addFlashAttribute("error", "请选择要导入的 .xlsx 文件");
            return "redirect:/console/units";
        }
        try (var in = file.getInputStream()) {
            var summary = spreadsheet.importTree(currentStaff.require(), in);
            flash.addFlashAttribute("message", "导入完成：新建 " + summary.created() + " 个单位，更新 " + summary.updated() + " 个单位");
        } catch (UnitImportRejected e) {
            flash.addFlashAttribute("error", "导入失败，未保存任何数据");
            flash.addFlashAttribute("problems", e.problems());
        }
        return "redirect:/console/units";
    }

    private String act(long id, RedirectAttributes flash, String done, Runnable action) {
        try {
            action.run();
            flash.addFlashAttribute("message", done);
        } catch (InvalidUnitData e) {
            flash.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/console/units/" + id;
    }

    private String form(Model model, UnitView unit, UnitView parent, UnitForm form) {
        var actor = currentStaff.require();
        model.addAttribute("unit", unit);
        model.addAttribute("parent", parent);
        model.addAttribute("form", form);
        model.addAttribute("levels", UnitLevel.values());
        model.addAttribute("kinds", UnitKind.values());
        var manageable = units.manageableUnitIds(actor);
        model.addAttribute("editable", unit == null || manageable.contains(unit.id()));
        model.addAttribute("moveTargets", unit == null ? List.of()
                : units.visibleTree(actor).stream()
                        .filter(candidate -> candidate.active() && candidate.id() != unit.id()
                                && manageable.contains(candidate.id()))
                        .toList());
        return "organization/unit";
    }

    private static ResponseEntity<byte[]> xlsx(byte[] body, String filename) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(filename, java.nio.charset.StandardCharsets.UTF_8)
                                .build().toString())
                .contentType(XLSX)
                .body(body);
    }

    record TreeRow(UnitView unit, int indent, boolean manageable) {}
}
