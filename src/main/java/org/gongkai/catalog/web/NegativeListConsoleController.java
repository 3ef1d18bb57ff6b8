package org.gongkai.catalog.web;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.gongkai.catalog.InvalidCatalogData;
import org.gongkai.catalog.NegativeEntryNotFound;
import org.gongkai.catalog.NegativeEntryView;
import org.gongkai.catalog.NegativeList;
import org.gongkai.organization.Actor;
import org.gongkai.organization.CurrentStaff;
import org.gongkai.organization.UnitNotFound;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The staff pages of the negative list (负面清单): a unit's entries (the signed-in user's unit unless another is
 * chosen), the add and edit forms, and the remove, publish and withdraw buttons. Who may do what is decided by
 * {@link NegativeList}; a refusal is a 403 page.
 */
@Controller
@RequestMapping("/console/negative-list")
class NegativeListConsoleController {

    private static final String LIST = "redirect:/console/negative-list?unitId=";

    private final NegativeList negativeList;
    private final CurrentStaff currentStaff;
    private final MessageSource messages;

    NegativeListConsoleController(NegativeList negativeList, CurrentStaff currentStaff, MessageSource messages) {
        this.negativeList = negativeList;
        this.currentStaff = currentStaff;
        this.messages = messages;
    }

    @GetMapping
    String list(@RequestParam(required = false) Long unitId, Model model) {
        var actor = currentStaff.require();
        model.addAttribute("list", negativeList.workspace(actor, unitId == null ? actor.unitId() : unitId));
        model.addAttribute("units", negativeList.unitsFor(actor));
        return "catalog/negative-list/list";
    }

    @GetMapping("/new")
    String newEntry(@RequestParam(required = false) Long unitId, Model model) {
        var actor = currentStaff.require();
        var id = unitId == null ? actor.unitId() : unitId;
        return form(model, null, new EntryForm(id, "", ""));
    }

    @PostMapping
    String add(@ModelAttribute EntryForm form, Model model, RedirectAttributes flash, Locale locale) {
        if (form.unitId() == null) {
            return "redirect:/console/negative-list";
        }
        try {
            negativeList.add(currentStaff.require(), form.unitId(), form.matter(), form.legalBasis());
            flash.addFlashAttribute("message", message("negativeList.flash.added", locale, form.matter().strip()));
            return LIST + form.unitId();
        } catch (InvalidCatalogData e) {
            model.addAttribute("error", e.getMessage());
            return form(model, null, form);
        }
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        var entry = negativeList.entry(currentStaff.require(), id);
        return form(model, entry, new EntryForm(entry.unitId(), entry.matter(), entry.legalBasis()));
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, @ModelAttribute EntryForm form, Model model, RedirectAttributes flash,
            Locale locale) {
        var actor = currentStaff.require();
        var entry = negativeList.entry(actor, id);
        try {
            negativeList.edit(actor, id, form.matter(), form.legalBasis());
            flash.addFlashAttribute("message", message("negativeList.flash.saved", locale));
            return LIST + entry.unitId();
        } catch (InvalidCatalogData e) {
            model.addAttribute("error", e.getMessage());
            return form(model, entry, new EntryForm(entry.unitId(), form.matter(), form.legalBasis()));
        }
    }

    @PostMapping("/{id}/remove")
    String remove(@PathVariable long id, RedirectAttributes flash, Locale locale) {
        return act(id, flash, locale, "negativeList.flash.removed", negativeList::remove);
    }

    @PostMapping("/{id}/publish")
    String publish(@PathVariable long id, RedirectAttributes flash, Locale locale) {
        return act(id, flash, locale, "negativeList.flash.published", negativeList::publish);
    }

    @PostMapping("/{id}/withdraw")
    String withdraw(@PathVariable long id, RedirectAttributes flash, Locale locale) {
        return act(id, flash, locale, "negativeList.flash.withdrawn", negativeList::withdraw);
    }

    @ExceptionHandler({ UnitNotFound.class, NegativeEntryNotFound.class })
    void notFound(HttpServletResponse response) throws IOException {
        response.sendError(HttpStatus.NOT_FOUND.value());
    }

    private String act(long id, RedirectAttributes flash, Locale locale, String done, EntryAction action) {
        var actor = currentStaff.require();
        var entry = negativeList.entry(actor, id);
        try {
            action.run(actor, id);
            flash.addFlashAttribute("message", message(done, locale, entry.matter()));
        } catch (InvalidCatalogData e) {
            flash.addFlashAttribute("error", e.getMessage());
        }
        return LIST + entry.unitId();
    }

    private String form(Model model, NegativeEntryView entry, EntryForm form) {
        var workspace = negativeList.workspace(currentStaff.require(), form.unitId());
        if (!workspace.mayEdit()) {
            throw new AccessDeniedException("您无权编辑“" + workspace.unitName() + "”的负面清单");
        }
        model.addAttribute("entry", entry);
        model.addAttribute("unitName", workspace.unitName());
        model.addAttribute("form", form);
        model.addAttribute("legalBases", negativeList.commonLegalBases());
        return "catalog/negative-list/form";
    }

    private String message(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }

    @FunctionalInterface
    interface EntryAction {
        void run(Actor actor, long entryId);
    }

    /** What the add and edit forms post. */
    record EntryForm(Long unitId, String matter, String legalBasis) {

        EntryForm {
            matter = matter == null ? "" : matter;
            legalBasis = legalBasis == null ? "" : legalBasis;
        }
    }
}
