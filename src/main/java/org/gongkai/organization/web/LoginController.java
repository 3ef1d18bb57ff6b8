package org.gongkai.organization.web;

import jakarta.servlet.http.HttpSession;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class LoginController {

    private static final String LOGIN_ERROR = "gongkai.loginError";

    @GetMapping("/console/login")
    String login(HttpSession session, Model model) {
        var error = session.getAttribute(LOGIN_ERROR);
        if (error != null) {
            model.addAttribute("loginError", error);
            session.removeAttribute(LOGIN_ERROR);
        }
        return "organization/login";
    }
}
