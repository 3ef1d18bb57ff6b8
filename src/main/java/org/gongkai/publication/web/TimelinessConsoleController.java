package org.gongkai.publication.web;

import java.util.List;

import org.gongkai.organization.Action;
import org.gongkai.organization.Actor;
import org.gongkai.organization.CurrentStaff;
import org.gongkai.publication.Timeliness;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * What the platform watches for the actor's units (issue 4): late 主动公开 records (条例 第二十六条), catalog items
 * with nothing published under them, and items past their 公开时限; each list also as an Excel workbook.
 */
@Controller
@RequestMapping("/console/timeliness")
class TimelinessConsoleController {

    private final Timeliness timeliness;
    private final ConsoleUnits units;
    private final CurrentStaff currentStaff;
    private final ConsoleMessages messages;

    TimelinessConsoleController(Timeliness timeliness, ConsoleUnits units, CurrentStaff currentStaff,
            ConsoleMessages messages) {
        this.timeliness = timeliness;
        this.units = units;
        this.currentStaff = currentStaff;
        this.messages = messages;
    }

    @GetMapping
    String page(@RequestParam(required = false) Long unitId, Model model) {
        var actor = currentStaff.require();
        model.addAttribute("units", units.options(actor, Action.VIEW));
        model.addAttribute("unitId", unitId == null ? "" : unitId.toString());
        model.addAttribute("late", late(actor, unitId));
        model.addAttribute("withoutInformation", withoutInformation(actor, unitId));
        model.addAttribute("pastTimeLimit", pastTimeLimit(actor, unitId));
        return "publication/console/timeliness";
    }

    @GetMapping("/late.xlsx")
    ResponseEntity<byte[]> lateWorkbook(@RequestParam(required = false) Long unitId) {
        var actor = currentStaff.require();
        var rows = late(actor, unitId).stream().map(r -> List.of(text(r.indexNumber()), text(r.title()), text(r.unitName()),
                text(r.writtenOn()), r.dueOn() + (r.dueProvisional() ? messages.text("publication.console.detail.provisional") : ""),
                r.publishedOn() == null ? messages.text("publication.console.timeliness.notPublished") : r.publishedOn(),
                text(r.statusLabel()))).toList();
        return workbook("publication.console.timeliness.late", actor, unitId, List.of(
                column("publication.console.field.indexNumber", 26), column("publication.console.field.title", 50),
                column("publication.console.field.unit", 24), column("publication.console.field.writtenOn", 16),
                column("publication.console.field.dueOn", 18), column("publication.console.field.publishedOn", 16),
                column("publication.console.field.status", 14)), rows);
    }

    @GetMapping("/without-information.xlsx")
    ResponseEntity<byte[]> withoutInformationWorkbook(@RequestParam(required = false) Long unitId) {
        var actor = currentStaff.require();
        var rows = withoutInformation(actor, unitId).stream().map(g -> List.of(text(g.unitName()), text(g.catalogTitle()),
                text(g.itemName()), text(g.domainName()), text(g.timeLimit()))).toList();
        return workbook("publication.console.timeliness.withoutInformation", actor, unitId, List.of(
                column("publication.console.field.unit", 24), column("publication.console.field.catalog", 40),
                column("publication.console.field.item", 40), column("publication.console.field.domain", 16),
                column("publication.console.field.timeLimit", 36)), rows);
    }

    @GetMapping("/past-time-limit.xlsx")
    ResponseEntity<byte[]> pastTimeLimitWorkbook(@RequestParam(required = false) Long unitId) {
        var actor = currentStaff.require();
        var rows = pastTimeLimit(actor, unitId).stream().map(g -> List.of(text(g.unitName()), text(g.catalogTitle()),
                text(g.itemName()), text(g.domainName()), text(g.timeLimit()), text(g.deadline()),
                g.lastPublishedOn() == null ? messages.text("publication.console.timeliness.never") : g.lastPublishedOn()))
                .toList();
        return workbook("publication.console.timeliness.pastTimeLimit", actor, unitId, List.of(
                column("publication.console.field.unit", 24), column("publication.console.field.catalog", 40),
                column("publication.console.field.item", 40), column("publication.console.field.domain", 16),
                column("publication.console.field.timeLimit", 30), column("publication.console.field.deadline", 16),
                column("publication.console.field.lastPublished", 16)), rows);
    }

    private List<ConsoleLateRow> late(Actor actor, Long unitId) {
        return timeliness.lateRecords(actor, unitId).stream().map(ConsoleLateRow::of).toList();
    }

    private List<ConsoleGapRow> withoutInformation(Actor actor, Long unitId) {
        return timeliness.itemsWithoutInformation(actor, unitId).stream().map(ConsoleGapRow::of).toList();
    }

    private List<ConsoleGapRow> pastTimeLimit(Actor actor, Long unitId) {
        return timeliness.itemsPastTimeLimit(actor, unitId).stream().map(ConsoleGapRow::of).toList();
    }

    private ResponseEntity<byte[]> workbook(String titleKey, Actor actor, Long unitId,
            List<ConsoleWorkbook.Column> columns, List<List<String>> rows) {
        var today = ConsoleText.day(ConsoleText.today());
        var unitName = unitId == null ? messages.text("publication.console.timeliness.allUnits")
                : units.options(actor, Action.VIEW).stream().filter(o -> o.value().equals(unitId.toString()))
                        .map(ConsoleOption::label).findFirst().orElse("");
        var title = messages.text(titleKey);
        var subtitle = messages.text("publication.console.timeliness.exportLine", unitName, today, rows.size());
        return ConsoleWorkbook.download(title + "-" + unitName + "-" + ConsoleText.today() + ".xlsx",
                ConsoleWorkbook.write(title, subtitle, columns, rows));
    }

    private ConsoleWorkbook.Column column(String key, int width) {
        return new ConsoleWorkbook.Column(messages.text(key), width);
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
