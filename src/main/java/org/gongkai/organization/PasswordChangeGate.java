package org.gongkai.organization;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps a signed-in user to the password page until the initial password is changed (issue 2 §3), and signs
 * out at once a user whose account was deactivated meanwhile. Reads the account on each staff request, so a
 * reset or a deactivation takes effect without waiting for the session to end.
 */
@Component
class PasswordChangeGate extends OncePerRequestFilter {

    private final StaffAccounts accounts;

    PasswordChangeGate(StaffAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        var path = request.getRequestURI().substring(request.getContextPath().length());
        return !(path.startsWith("/console") || path.startsWith("/api/")) || path.equals("/console/password")
                || path.equals("/console/logout") || path.equals("/console/login");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof StaffPrincipal principal) {
            var account = accounts.findByUsername(principal.getUsername()).orElse(null);
            var api = request.getRequestURI().startsWith(request.getContextPath() + "/api/");
            if (account == null || !account.active()) {
                SecurityContextHolder.clearContext();
                if (!api && request.getSession(false) != null) {
                    request.getSession(false).invalidate();
                }
                reject(request, response, api, HttpStatus.UNAUTHORIZED, "账号已停用", "/console/login");
                return;
            }
            if (account.mustChangePassword()) {
                reject(request, response, api, HttpStatus.FORBIDDEN, "请先登录控制台修改初始密码", "/console/password");
                return;
            }
        }
        chain.doFilter(request, response);
    }

    private static void reject(HttpServletRequest request, HttpServletResponse response, boolean api,
            HttpStatus status, String message, String redirect) throws IOException {
        if (api) {
            response.setStatus(status.value());
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write("{\"status\":" + status.value() + ",\"title\":\"" + status.getReasonPhrase()
                    + "\",\"detail\":\"" + message + "\"}");
        } else {
            response.sendRedirect(request.getContextPath() + redirect);
        }
    }
}
