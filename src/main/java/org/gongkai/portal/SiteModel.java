package org.gongkai.portal;

import jakarta.servlet.http.HttpServletRequest;

import org.gongkai.organization.Action;
import org.gongkai.organization.CurrentStaff;
import org.gongkai.organization.Role;
import org.gongkai.organization.UnitDirectory;
import org.gongkai.organization.UnitView;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every page's layout needs: the site's identity, the large-text mode, and who is signed in. */
@ControllerAdvice(annotations = Controller.class)
class SiteModel {

    static final String LARGE_TEXT_COOKIE = "gk-large-text";

    private final SiteProperties site;
    private final CurrentStaff currentStaff;
    private final UnitDirectory directory;

    SiteModel(SiteProperties site, CurrentStaff currentStaff, UnitDirectory directory) {
        this.site = site;
        this.currentStaff = currentStaff;
        this.directory = directory;
    }

    @ModelAttribute("site")
    SiteProperties site() {
        return site;
    }

    @ModelAttribute("largeText")
    boolean largeText(HttpServletRequest request) {
        if (request.getCookies() == null) {
            return false;
        }
        for (var cookie : request.getCookies()) {
            if (LARGE_TEXT_COOKIE.equals(cookie.getName()) && "on".equals(cookie.getValue())) {
                return true;
            }
        }
        return false;
    }

    @ModelAttribute("consoleUser")
    ConsoleUser consoleUser() {
        return currentStaff.find().map(actor -> {
            var unit = directory.find(actor.unitId());
            var roles = actor.roles().stream().sorted().map(Role::label).toList();
            return new ConsoleUser(actor.username(), actor.displayName(), unit.map(UnitView::name).orElse(""),
                    unit.map(UnitView::levelLabel).orElse(""), roles,
                    actor.roles().stream().anyMatch(role -> role.permits(Action.MANAGE_ACCOUNTS)),
                    actor.roles().stream().anyMatch(role -> role.permits(Action.VIEW_AUDIT)), actor.has(Role.ADMIN));
        }).orElse(null);
    }

    /** The signed-in staff member as the console layout shows them. */
    record ConsoleUser(String username, String displayName, String unitName, String unitLevel,
            java.util.List<String> roles, boolean canManageAccounts, boolean canViewAudit, boolean admin) {}
}
