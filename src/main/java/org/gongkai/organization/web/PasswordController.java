package org.gongkai.organization.web;

import org.gongkai.organization.AccountManagement;
import org.gongkai.organization.CurrentStaff;
import org.gongkai.organization.InvalidAccountData;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
@RequestMapping("/console/password")
class PasswordController {

    private final AccountManagement accounts;
    private final CurrentStaff currentStaff;

    PasswordController(AccountManagement accounts, CurrentStaff currentStaff) {
        this.accounts = accounts;
        this.currentStaff = currentStaff;
    }

    @GetMapping
    String form() {
        return "organization/password";
    }

    @PostMapping
    String change(@ModelAttribute PasswordForm form, Model model, RedirectAttributes flash) {
        if (form.newPassword() == null || !form.newPassword().equals(form.confirmation())) {
            model.addAttribute("error", "两次输入的新密码不一致");
            return "organization/password";
        }
        try {
            accounts.changeOwnPassword(currentStaff.require(), form.currentPassword(), form.newPassword());
        } catch (InvalidAccountData e) {
            model.addAttribute("error", e.getMessage());
            return "organization/password";
        }
        flash.addFlashAttribute("message", "密码已修改");
        return "redirect:/console";
    }

    record PasswordForm(String currentPassword, String newPassword, String confirmation) {}
}
