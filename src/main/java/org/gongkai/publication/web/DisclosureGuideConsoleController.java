package org.gongkai.publication.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import org.gongkai.organization.CurrentStaff;
import org.gongkai.organization.UnitNotFound;
import org.gongkai.publication.DisclosureGuideEditing;
import org.gongkai.publication.InvalidInformation;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The console page where a unit's staff rewrite its 政府信息公开指南: the editor drafts, the unit's reviewer (or the
 * openness office) saves; anyone who may edit or review the unit's content may save.
 */
@Controller
@RequestMapping("/console/disclosure-guide")
class DisclosureGuideConsoleController {

    private final DisclosureGuideEditing guides;
    private final CurrentStaff currentStaff;

    DisclosureGuideConsoleController(DisclosureGuideEditing guides, CurrentStaff currentStaff) {
        this.guides = guides;
        this.currentStaff = currentStaff;
    }

    @GetMapping
    String edit(@RequestParam(required = false) Long unit, Model model) {
        var actor = currentStaff.require();
        var editable = guides.editableUnits(actor);
        model.addAttribute("units", editable);
        var chosen = unit != null ? unit : editable.stream().filter(u -> u.id() == actor.unitId()).findFirst()
                .or(() -> editable.stream().findFirst()).map(u -> u.id()).orElse(null);
        if (chosen != null) {
            model.addAttribute("guide", guides.draft(actor, chosen));
        }
        return "publication/guide-console";
    }

    @PostMapping("/{unitId:\\d+}")
    String save(@PathVariable long unitId, @RequestParam String body, Model model, RedirectAttributes flash) {
        var actor = currentStaff.require();
        try {
            guides.save(actor, unitId, body);
        } catch (InvalidInformation e) {
            model.addAttribute("units", guides.editableUnits(actor));
            var draft = guides.draft(actor, unitId);
            model.addAttribute("guide", new org.gongkai.publication.GuideView(draft.unitId(), draft.unitName(),
                    draft.contact(), body, draft.updatedBy(), draft.updatedAt()));
            model.addAttribute("problem", e.getMessage());
            return "publication/guide-console";
        }
        flash.addFlashAttribute("saved", true);
        return "redirect:/console/disclosure-guide?unit=" + unitId;
    }

    @ExceptionHandler
    void on(UnitNotFound e, HttpServletResponse response) throws IOException {
        response.sendError(HttpServletResponse.SC_NOT_FOUND, e.getMessage());
    }
}
