package org.gongkai.organization;

import java.util.Optional;

import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** The staff member of the current request, for the use cases that act on their behalf. */
@Component
public class CurrentStaff {

    public Optional<Actor> find() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof StaffPrincipal principal) {
            return Optional.of(principal.actor());
        }
        return Optional.empty();
    }

    public Actor require() {
        return find().orElseThrow(() -> new AuthenticationCredentialsNotFoundException("请先登录"));
    }
}
