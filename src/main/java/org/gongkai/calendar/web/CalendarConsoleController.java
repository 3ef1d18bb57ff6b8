package org.gongkai.calendar.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;

import jakarta.validation.Valid;

import org.gongkai.calendar.ArrangementRejected;
import org.gongkai.calendar.CalendarAdministration;
import org.gongkai.calendar.NoticeYearDetail;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrator's console for the holiday calendar: the loaded notice years, one year's days, and the form
 * that adds or replaces a year (DOMAIN §4.6). Access to {@code /console/calendar/**} is ADMIN only (security
 * configuration); the save itself is also guarded by {@code @PreAuthorize} on {@link CalendarAdministration}.
 */
@Controller
@RequestMapping("/console/calendar")
class CalendarConsoleController {

    private final CalendarAdministration administration;
    private final MessageSource messages;
    private final Clock clock;

    CalendarConsoleController(CalendarAdministration administration, MessageSource messages, Clock clock) {
        this.administration = administration;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping
    String years(Model model) {
        var nextYear = LocalDate.now(clock).getYear() + 1;
        model.addAttribute("form", HolidayYearForm.empty(nextYear));
        return yearsPage(model);
    }

    @GetMapping("/{year}")
    String year(@PathVariable int year, Model model) {
        var detail = administration.year(year)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No notice loaded for " + year));
        model.addAttribute("form", formOf(detail));
        return yearPage(detail, model);
    }

    @PostMapping
    String save(@Valid @ModelAttribute("form") HolidayYearForm form, BindingResult errors, Model model,
            RedirectAttributes flash, Locale locale) {
        if (!errors.hasErrors()) {
            try {
                var saved = administration.save(form.yearNumber(), form.noticeTitle(), form.noticeUrl(), form.rows());
                flash.addFlashAttribute("message", messages.getMessage("calendar.saved", new Object[] {
                        String.valueOf(saved.year()), saved.daysOff(), saved.makeUpWorkingDays() }, locale));
                return "redirect:/console/calendar/" + saved.year();
            } catch (ArrangementRejected e) {
                model.addAttribute("rowProblems", e.problems().stream()
                        .map(problem -> messages.getMessage(problem.messageKey(), problem.messageArguments(),
                                problem.message(), locale))
                        .toList());
            }
        }
        model.addAttribute("error", messages.getMessage("calendar.notSaved", null, locale));
        var existing = errors.hasFieldErrors("year") ? null : administration.year(form.yearNumber()).orElse(null);
        return existing == null ? yearsPage(model) : yearPage(existing, model);
    }

    private String yearsPage(Model model) {
        var nextYear = LocalDate.now(clock).getYear() + 1;
        model.addAttribute("years", administration.years());
        model.addAttribute("nextYear", String.valueOf(nextYear));
        model.addAttribute("nextYearLoaded", administration.isLoaded(nextYear));
        return "calendar/years";
    }

    private static String yearPage(NoticeYearDetail detail, Model model) {
        model.addAttribute("year", detail);
        return "calendar/year";
    }

    private static HolidayYearForm formOf(NoticeYearDetail detail) {
        var summary = detail.summary();
        return new HolidayYearForm(String.valueOf(summary.year()), summary.noticeTitle(), summary.noticeUrl(),
                detail.rows());
    }
}
