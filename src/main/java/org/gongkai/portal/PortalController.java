package org.gongkai.portal;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

@Controller
class PortalController {

    // 政府信息公开 (/xxgk) is the publication module's own column (publication.web.DisclosureColumnController)
    private static final java.util.Map<String, String> COLUMNS = java.util.Map.of(
            "ysqgk", "site.nav.application", "hdjl", "site.nav.interaction", "bsfw", "site.nav.services");

    @GetMapping("/")
    String home() {
        return "portal/home";
    }

    /** The other capability columns; each fills as its module is built. */
    @GetMapping("/{column:ysqgk|hdjl|bsfw}")
    String column(@PathVariable String column, Model model) {
        model.addAttribute("columnTitle", COLUMNS.get(column));
        return "portal/column";
    }

    /** Switches the large-text 适老化 mode on or off and returns to the page the visitor came from. */
    @GetMapping("/large-text/{mode:on|off}")
    String largeText(@PathVariable String mode, HttpServletRequest request, HttpServletResponse response) {
        var cookie = new Cookie(SiteModel.LARGE_TEXT_COOKIE, mode);
        cookie.setPath("/");
        cookie.setHttpOnly(true);
        cookie.setMaxAge("on".equals(mode) ? 365 * 24 * 3600 : 0);
        response.addCookie(cookie);
        return "redirect:" + sameSiteReferer(request);
    }

    private static String sameSiteReferer(HttpServletRequest request) {
        var referer = request.getHeader("Referer");
        if (referer == null) {
            return "/";
        }
        try {
            var uri = java.net.URI.create(referer);
            if (uri.getHost() != null && !uri.getHost().equals(request.getServerName())) {
                return "/";
            }
            var path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
            return path.startsWith("/") && !path.startsWith("//") ? path + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()) : "/";
        } catch (IllegalArgumentException e) {
            return "/";
        }
    }
}
