package org.gongkai.organization.web;

import java.util.EnumSet;
import java.util.Set;

import org.gongkai.organization.AccountDetails;
import org.gongkai.organization.AccountManagement;
import org.gongkai.organization.Action;
import org.gongkai.organization.CurrentStaff;
import org.gongkai.organization.InvalidAccountData;
import org.gongkai.organization.Role;
import org.gongkai.organization.UnitManagement;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
@RequestMapping("/console/accounts")
class AccountConsoleController {

    private static final int PAGE_SIZE = 20;

    private final AccountManagement accounts;
    private final UnitManagement units;
    private final CurrentStaff currentStaff;

    AccountConsoleController(AccountManagement accounts, UnitManagement units, CurrentStaff currentStaff) {
        this.accounts = accounts;
        this.units = units;
        this.currentStaff = currentStaff;
    }

    @GetMapping
    String list(@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page, Model model) {
        var result = accounts.list(currentStaff.require(), q, PageRequest.of(Math.max(page, 0), PAGE_SIZE));
        model.addAttribute("page", result);
        model.addAttribute("q", q == null ? "" : q);
        return "organization/accounts";
    }

    @GetMapping("/new")
    String newAccount(Model model) {
        return form(model, null, new AccountForm(null, "", "", null, Set.of(Role.EDITOR), Set.of()));
    }

    @PostMapping
    String create(@ModelAttribute AccountForm form, Model model, RedirectAttributes flash) {
        try {
            var opened = accounts.open(currentStaff.require(), form.toDetails());
            flash.addFlashAttribute("message", "已创建账号“" + opened.account().username() + "”。初始密码："
                    + opened.initialPassword() + "（只显示这一次，请当面或线下交给本人，首次登录须修改）");
            return "redirect:/console/accounts/" + opened.account().id();
        } catch (InvalidAccountData e) {
            model.addAttribute("error", e.getMessage());
            return form(model, null, form);
        }
    }

    @GetMapping("/{id}")
    String edit(@PathVariable long id, Model model) {
        var account = accounts.detail(currentStaff.require(), id);
        return form(model, account, new AccountForm(account.id(), account.username(), account.displayName(),
                account.unitId(), account.roles(), account.grantedUnitIds()));
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, @ModelAttribute AccountForm form, Model model, RedirectAttributes flash) {
        var actor = currentStaff.require();
        try {
            accounts.edit(actor, id, form.toDetails());
            flash.addFlashAttribute("message", "已保存");
            return "redirect:/console/accounts/" + id;
        } catch (InvalidAccountData e) {
            model.addAttribute("error", e.getMessage());
            return form(model, accounts.detail(actor, id), form);
        }
    }

    @PostMapping("/{id}/reset-password")
    String resetPassword(@PathVariable long id, RedirectAttributes flash) {
        var password = accounts.resetPassword(currentStaff.require(), id);
        flash.addFlashAttribute("message", "已重置密码。新的初始密码：" + password + "（只显示这一次，首次登录须修改）");
        return "redirect:/console/accounts/" + id;
    }

    @PostMapping("/{id}/unlock")
    String unlock(@PathVariable long id, RedirectAttributes flash) {
        accounts.unlock(currentStaff.require(), id);
        flash.addFlashAttribute("message", "已解锁");
        return "redirect:/console/accounts/" + id;
    }

    @PostMapping("/{id}/deactivate")
    String deactivate(@PathVariable long id, RedirectAttributes flash) {
        try {
            accounts.deactivate(currentStaff.require(), id);
            flash.addFlashAttribute("message", "已停用");
        } catch (InvalidAccountData e) {
            flash.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/console/accounts/" + id;
    }

    @PostMapping("/{id}/reactivate")
    String reactivate(@PathVariable long id, RedirectAttributes flash) {
        accounts.reactivate(currentStaff.require(), id);
        flash.addFlashAttribute("message", "已启用");
        return "redirect:/console/accounts/" + id;
    }

    private String form(Model model, Object account, AccountForm form) {
        var actor = currentStaff.require();
        var manageable = units.manageableUnitIds(actor);
        model.addAttribute("account", account);
        model.addAttribute("form", form);
        model.addAttribute("units", units.visibleTree(actor).stream()
                .filter(unit -> unit.active() && manageable.contains(unit.id())).toList());
        var assignable = EnumSet.noneOf(Role.class);
        for (var role : Role.values()) {
            if (actor.roles().stream().anyMatch(own -> own.permits(Action.MANAGE_ACCOUNTS) && own.mayAssign(role))) {
                assignable.add(role);
            }
        }
        model.addAttribute("roles", assignable);
        return "organization/account";
    }

    record AccountForm(Long id, String username, String displayName, Long unitId, Set<Role> roles,
            Set<Long> grantedUnitIds) {

        AccountDetails toDetails() {
            return new AccountDetails(username, displayName, unitId, roles, grantedUnitIds);
        }
    }
}
