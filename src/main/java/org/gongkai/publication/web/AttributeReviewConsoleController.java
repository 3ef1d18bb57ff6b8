package org.gongkai.publication.web;

import java.util.stream.IntStream;

import jakarta.servlet.http.HttpSession;

import org.gongkai.organization.AccessPolicy;
import org.gongkai.organization.Action;
import org.gongkai.organization.CurrentStaff;
import org.gongkai.publication.AttributeReviewing;
import org.gongkai.publication.InformationNotFound;
import org.gongkai.publication.InvalidInformation;
import org.gongkai.publication.ReviewDecision;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The annual review of openness attributes (公开属性年度审查): the year's 依申请公开 and 不予公开 records of the actor's
 * units, those still to decide first; a reviewer keeps each (saying why) or makes it 主动公开; then the result is
 * drafted as a record for the usual review and publication.
 */
@Controller
@RequestMapping("/console/attribute-review")
class AttributeReviewConsoleController {

    private static final int YEARS_SHOWN = 5;

    private final AttributeReviewing reviewing;
    private final AccessPolicy policy;
    private final ConsoleUnits units;
    private final CurrentStaff currentStaff;
    private final ConsoleFormTokens tokens;
    private final ConsoleMessages messages;

    AttributeReviewConsoleController(AttributeReviewing reviewing, AccessPolicy policy, ConsoleUnits units,
            CurrentStaff currentStaff, ConsoleFormTokens tokens, ConsoleMessages messages) {
        this.reviewing = reviewing;
        this.policy = policy;
        this.units = units;
        this.currentStaff = currentStaff;
        this.tokens = tokens;
        this.messages = messages;
    }

    @GetMapping
    String page(@RequestParam(required = false) Integer year, @RequestParam(required = false) Long unitId,
            Model model, HttpSession session) {
        var actor = currentStaff.require();
        var thisYear = ConsoleText.today().getYear();
        var shownYear = year == null ? thisYear : year;
        var items = reviewing.list(actor, unitId, shownYear).stream()
                .map(item -> ConsoleReviewRow.of(item,
                        policy.allows(actor, Action.REVIEW_CONTENT, item.information().unitId())))
                .toList();
        model.addAttribute("year", shownYear);
        model.addAttribute("years", IntStream.rangeClosed(0, YEARS_SHOWN - 1).map(i -> thisYear - i).boxed().toList());
        model.addAttribute("unitId", unitId == null ? "" : unitId.toString());
        model.addAttribute("units", units.options(actor, Action.VIEW));
        model.addAttribute("resultUnits", units.options(actor, Action.EDIT_CONTENT));
        model.addAttribute("items", items);
        model.addAttribute("pending", items.stream().filter(item -> !item.decided()).count());
        model.addAttribute("resultToken", tokens.issue(session));
        return "publication/console/attribute-review";
    }

    @PostMapping("/decide")
    String decide(@RequestParam long informationId, @RequestParam int year,
            @RequestParam(required = false) ReviewDecision decision, @RequestParam(required = false) String note,
            @RequestParam(required = false) Long unitId, RedirectAttributes flash) {
        try {
            var item = reviewing.decide(currentStaff.require(), informationId, year, decision, note);
            flash.addFlashAttribute("message", messages.text("publication.console.review.decided",
                    item.information().title(), item.decision().label()));
        } catch (InvalidInformation | InformationNotFound e) {
            flash.addFlashAttribute("error", e.getMessage());
        }
        return back(year, unitId) + "#review-" + informationId;
    }

    @PostMapping("/result")
    String draftResult(@RequestParam long unitId, @RequestParam int year,
            @RequestParam(required = false) String formToken, HttpSession session, RedirectAttributes flash) {
        var actor = currentStaff.require();
        try {
            var submission = tokens.once(session, formToken,
                    () -> "redirect:/console/information/" + reviewing.draftResult(actor, unitId, year).id());
            switch (submission.outcome()) {
                case DONE -> flash.addFlashAttribute("message", messages.text("publication.console.review.resultDrafted"));
                case REPEATED -> flash.addFlashAttribute("message", messages.text("publication.console.flash.repeated"));
                case UNKNOWN -> flash.addFlashAttribute("error", messages.text("publication.console.flash.staleForm"));
            }
            return submission.redirect() == null ? back(year, unitId) : submission.redirect();
        } catch (InvalidInformation e) {
            flash.addFlashAttribute("error", e.getMessage());
            return back(year, unitId);
        }
    }

    private static String back(int year, Long unitId) {
        return "redirect:/console/attribute-review?year=" + year + (unitId == null ? "" : "&unitId=" + unitId);
    }
}
