package org.gongkai.portal;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The console's home page: who is signed in, their unit and roles (the layout's {@code consoleUser}). */
@Controller
class ConsoleHomeController {

    @GetMapping("/console")
    String home() {
        return "portal/console-home";
    }
}
