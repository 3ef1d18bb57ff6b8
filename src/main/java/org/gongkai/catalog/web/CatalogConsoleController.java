package org.gongkai.catalog.web;

import java.util.List;

import org.gongkai.catalog.CatalogManagement;
import org.gongkai.catalog.Channel;
import org.gongkai.catalog.DisclosureLevel;
import org.gongkai.catalog.GuidelineLibrary;
import org.gongkai.catalog.IllegalCatalogTransition;
import org.gongkai.catalog.InvalidCatalogData;
import org.gongkai.organization.CurrentStaff;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The staff pages of the catalogs: compile, localise, submit, review, publish, start the next version. */
@Controller
@RequestMapping("/console/catalogs")
class CatalogConsoleController {

    private final CatalogManagement catalogs;
    private final GuidelineLibrary library;
    private final CurrentStaff currentStaff;

    CatalogConsoleController(CatalogManagement catalogs, GuidelineLibrary library, CurrentStaff currentStaff) {
        this.catalogs = catalogs;
        this.library = library;
        this.currentStaff = currentStaff;
    }

    @GetMapping
    String list(Model model) {
        var actor = currentStaff.require();
        model.addAttribute("catalogs", catalogs.workList(actor));
        model.addAttribute("queue", catalogs.reviewQueue(actor));
        model.addAttribute("mayCompile", !catalogs.compilableUnits(actor).isEmpty());
        return "catalog/console/list";
    }

    @GetMapping("/new")
    String newCatalog(@RequestParam(required = false) Long unitId, Model model) {
        var actor = currentStaff.require();
        var compilable = catalogs.compilableUnits(actor);
        model.addAttribute("units", compilable);
        model.addAttribute("guidelines", library.guidelines());
        model.addAttribute("domains", library.domains());
        model.addAttribute("selectedUnit", unitId != null ? unitId : compilable.isEmpty() ? null : compilable.get(0).id());
        return "catalog/console/new";
    }

    @PostMapping
    String compile(@RequestParam long unitId, @RequestParam String title,
            @RequestParam(required = false) List<Long> guidelineIds, RedirectAttributes flash) {
        try {
            var id = catalogs.compile(currentStaff.require(), unitId, title, guidelineIds);
            flash.addFlashAttribute("message", "目录已生成，请逐项核对、补全要素后报送审核");
            return "redirect:/console/catalogs/" + id;
        } catch (InvalidCatalogData e) {
            flash.addFlashAttribute("error", e.getMessage());
            return "redirect:/console/catalogs/new?unitId=" + unitId;
        }
    }

    /** A catalog compiled elsewhere, as a standard table: its rows become the first draft's items. */
    @PostMapping("/import")
    String importCatalog(@RequestParam long unitId, @RequestParam String title, @RequestParam String domainCode,
            @RequestParam("file") org.springframework.web.multipart.MultipartFile file, RedirectAttributes flash)
            throws java.io.IOException {
        try {
            var rows = GuidelineConsoleController.read(file).rows();
            var id = catalogs.importCatalog(currentStaff.require(), unitId, title, domainCode, rows);
            flash.addFlashAttribute("message", "已从表格导入 " + rows.size() + " 个事项，请核对后报送审核");
            return "redirect:/console/catalogs/" + id;
        } catch (org.gongkai.catalog.table.TableRejected e) {
            flash.addFlashAttribute("error", "文件不符合标准目录表格格式，未导入任何内容");
            flash.addFlashAttribute("problems", e.problems());
        } catch (InvalidCatalogData e) {
            flash.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/console/catalogs/new?unitId=" + unitId;
    }

    @GetMapping("/{id}")
    String detail(@PathVariable long id, Model model) {
        model.addAttribute("catalog", catalogs.detail(currentStaff.require(), id));
        return "catalog/console/detail";
    }

    @GetMapping("/{id}/items/new")
    String newItem(@PathVariable long id, Model model) {
        var detail = catalogs.detail(currentStaff.require(), id);
        return itemForm(model, id, null, ItemForm.blank(detail.summary().unitName(), null));
    }

    @PostMapping("/{id}/items")
    String addItem(@PathVariable long id, @ModelAttribute ItemForm form, Model model, RedirectAttributes flash) {
        try {
            if (form.domainId() == null) {
                throw new InvalidCatalogData("请选择事项所属领域");
            }
            catalogs.addLocalItem(currentStaff.require(), id, form.domainId(), form.toElements());
            flash.addFlashAttribute("message", "已新增本级事项");
            return "redirect:/console/catalogs/" + id;
        } catch (InvalidCatalogData e) {
            model.addAttribute("error", e.getMessage());
            return itemForm(model, id, null, form);
        }
    }

    @GetMapping("/{id}/items/{key}")
    String editItem(@PathVariable long id, @PathVariable String key, Model model) {
        return itemForm(model, id, key, ItemForm.of(catalogs.workingItem(currentStaff.require(), id, key)));
    }

    @PostMapping("/{id}/items/{key}")
    String saveItem(@PathVariable long id, @PathVariable String key, @ModelAttribute ItemForm form, Model model,
            RedirectAttributes flash) {
        try {
            catalogs.editItem(currentStaff.require(), id, key, form.toElements());
            flash.addFlashAttribute("message", "已保存事项“" + (form.secondLevel() == null ? "" : form.secondLevel()) + "”");
            return "redirect:/console/catalogs/" + id + "#item-" + key;
        } catch (InvalidCatalogData e) {
            model.addAttribute("error", e.getMessage());
            return itemForm(model, id, key, form);
        }
    }

    @PostMapping("/{id}/items/{key}/not-applicable")
    String notApplicable(@PathVariable long id, @PathVariable String key, @RequestParam String reason,
            RedirectAttributes flash) {
        return act(id, flash, "已标记为不适用", () -> catalogs.markNotApplicable(currentStaff.require(), id, key, reason));
    }

    @PostMapping("/{id}/items/{key}/restore")
    String restore(@PathVariable long id, @PathVariable String key, RedirectAttributes flash) {
        return act(id, flash, "已恢复为适用", () -> catalogs.restoreItem(currentStaff.require(), id, key));
    }

    @PostMapping("/{id}/items/{key}/remove")
    String remove(@PathVariable long id, @PathVariable String key, RedirectAttributes flash) {
        return act(id, flash, "已删除本级事项", () -> catalogs.removeLocalItem(currentStaff.require(), id, key));
    }

    @PostMapping("/{id}/submit")
    String submit(@PathVariable long id, RedirectAttributes flash) {
        return act(id, flash, "已报送上一级审核", () -> catalogs.submit(currentStaff.require(), id));
    }

    @PostMapping("/{id}/return")
    String returnForChanges(@PathVariable long id, @RequestParam(required = false) String comment,
            RedirectAttributes flash) {
        return act(id, flash, "已退回修改", () -> catalogs.returnForChanges(currentStaff.require(), id, comment));
    }

    @PostMapping("/{id}/approve")
    String approve(@PathVariable long id, @RequestParam(required = false) String comment, RedirectAttributes flash) {
        return act(id, flash, "审核通过", () -> catalogs.approve(currentStaff.require(), id, comment));
    }

    @PostMapping("/{id}/publish")
    String publish(@PathVariable long id, @RequestParam(required = false) String note, RedirectAttributes flash) {
        return act(id, flash, "已发布，公众现在可以查看", () -> catalogs.publish(currentStaff.require(), id, note));
    }

    @PostMapping("/{id}/revise")
    String revise(@PathVariable long id, RedirectAttributes flash) {
        return act(id, flash, "已新建版本，可以开始调整", () -> catalogs.startRevision(currentStaff.require(), id));
    }

    private String act(long id, RedirectAttributes flash, String done, Runnable action) {
        try {
            action.run();
            flash.addFlashAttribute("message", done);
        } catch (InvalidCatalogData | IllegalCatalogTransition e) {
            flash.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/console/catalogs/" + id;
    }

    private String itemForm(Model model, long id, String key, ItemForm form) {
        model.addAttribute("catalogId", id);
        model.addAttribute("itemKey", key);
        model.addAttribute("form", form);
        model.addAttribute("channels", Channel.values());
        model.addAttribute("levels", DisclosureLevel.values());
        model.addAttribute("domains", library.domains());
        return "catalog/console/item";
    }
}
