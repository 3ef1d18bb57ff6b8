package org.gongkai.organization;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.ExceptionTranslationFilter;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * Two doors (issue 2 §3): {@code /api/**} is stateless with HTTP Basic for scripts and integration, no
 * session cookie and no CSRF token; everything else is the browser site, with form login for the console,
 * sessions and CSRF protection. Public endpoints need no login; anonymous POSTs are rate-limited per address.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    static final String LOGIN_ERROR = "gongkai.loginError";

    @Bean
    PasswordEncoder passwordEncoder() {
        // bcrypt today, with the {id} prefix so stronger hashes can replace it as users log in
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    // the two filters run inside the security chains only, not a second time as plain servlet filters
    @Bean
    org.springframework.boot.web.servlet.FilterRegistrationBean<PasswordChangeGate> gateRegistration(
            PasswordChangeGate gate) {
        var registration = new org.springframework.boot.web.servlet.FilterRegistrationBean<>(gate);
        registration.setEnabled(false);
        return registration;
    }

    @Bean
    org.springframework.boot.web.servlet.FilterRegistrationBean<PublicPostRateLimit> rateLimitRegistration(
            PublicPostRateLimit rateLimit) {
        var registration = new org.springframework.boot.web.servlet.FilterRegistrationBean<>(rateLimit);
        registration.setEnabled(false);
        return registration;
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiChain(HttpSecurity http, PasswordChangeGate gate, PublicPostRateLimit rateLimit)
            throws Exception {
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(HttpMethod.GET, "/api/v1/calendar/**", "/api/v1/organizations",
                                "/api/v1/domains", "/api/v1/guidelines", "/api/v1/guidelines/**", "/api/v1/catalogs",
                                "/api/v1/catalogs/**", "/api/v1/information/*", "/api/v1/information/*/attachments",
                                "/api/v1/information/*/related", "/api/v1/search",
                                "/api/v1/openapi/**", "/api/v1/openapi", "/api/v1/docs/**", "/api/v1/docs",
                                "/api/v1/swagger-ui/**")
                        .permitAll()
                        .anyRequest().authenticated())
                .httpBasic(basic -> basic.realmName("Gongkai"))
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .addFilterBefore(rateLimit, BasicAuthenticationFilter.class)
                .addFilterAfter(gate, ExceptionTranslationFilter.class);
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain siteChain(HttpSecurity http, PasswordChangeGate gate, PublicPostRateLimit rateLimit)
            throws Exception {
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers("/console/login").permitAll()
                        .requestMatchers("/console/calendar/**").hasRole("ADMIN")
                        .requestMatchers("/console/audit/**").hasAnyRole("ADMIN", "OFFICE")
                        .requestMatchers("/console/**").authenticated()
                        .requestMatchers("/actuator/health/**", "/actuator/health", "/actuator/info").permitAll()
                        .requestMatchers("/actuator/**").hasRole("ADMIN")
                        .anyRequest().permitAll())
                .formLogin(form -> form
                        .loginPage("/console/login")
                        .loginProcessingUrl("/console/login")
                        .defaultSuccessUrl("/console", false)
                        .failureHandler(SecurityConfiguration::loginFailed))
                .logout(logout -> logout.logoutUrl("/console/logout").logoutSuccessUrl("/console/login?logout"))
                .httpBasic(Customizer.withDefaults())
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(
                                "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
                                        + "frame-ancestors 'self'; form-action 'self'; base-uri 'self'"))
                        .referrerPolicy(referrer -> referrer
                                .policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN)))
                .addFilterBefore(rateLimit, UsernamePasswordAuthenticationFilter.class)
                .addFilterAfter(gate, ExceptionTranslationFilter.class);
        return http.build();
    }

    private static void loginFailed(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException exception) throws IOException {
        String message;
        if (exception instanceof LockedException) {
            message = "账号因连续多次登录失败已被临时锁定，请稍后再试或联系管理员解锁";
        } else if (exception instanceof DisabledException) {
            message = "账号已停用，请联系管理员";
        } else {
            message = "用户名或密码不正确";
        }
        request.getSession().setAttribute(LOGIN_ERROR, message);
        response.sendRedirect(request.getContextPath() + "/console/login?error");
    }
}
