package org.gongkai.organization.web;

import java.time.LocalDate;
import java.time.ZoneId;

import org.gongkai.audit.AuditTrail;
import org.gongkai.organization.AccessPolicy;
import org.gongkai.organization.Action;
import org.gongkai.organization.CurrentStaff;
import org.springframework.data.domain.PageRequest;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The audit log for ADMIN (all of it) and OFFICE (the units of its subtree), with filters and paging. */
@Controller
@RequestMapping("/console/audit")
class AuditConsoleController {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final int PAGE_SIZE = 50;

    private final AuditTrail audit;
    private final AccessPolicy policy;
    private final CurrentStaff currentStaff;

    AuditConsoleController(AuditTrail audit, AccessPolicy policy, CurrentStaff currentStaff) {
        this.audit = audit;
        this.policy = policy;
        this.currentStaff = currentStaff;
    }

    @GetMapping
    String list(@RequestParam(required = false) String action, @RequestParam(required = false) String actor,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "0") int page, Model model) {
        var unitIds = policy.unitIdsIn(policy.scope(currentStaff.require(), Action.VIEW_AUDIT));
        var result = audit.search(unitIds, action, actor,
                from == null ? null : from.atStartOfDay(CHINA).toInstant(),
                to == null ? null : to.plusDays(1).atStartOfDay(CHINA).toInstant(),
                PageRequest.of(Math.max(page, 0), PAGE_SIZE));
        model.addAttribute("page", result);
        model.addAttribute("action", action == null ? "" : action);
        model.addAttribute("actor", actor == null ? "" : actor);
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        return "organization/audit";
    }
}
