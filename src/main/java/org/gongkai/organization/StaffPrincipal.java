package org.gongkai.organization;

import java.util.Collection;
import java.util.List;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The signed-in staff member as Spring Security holds them. */
final class StaffPrincipal implements UserDetails, CredentialsContainer {

    private final Actor actor;
    private final boolean active;
    private final boolean locked;
    private final boolean mustChangePassword;
    private String passwordHash;

    StaffPrincipal(Actor actor, String passwordHash, boolean active, boolean locked, boolean mustChangePassword) {
        this.actor = actor;
        this.passwordHash = passwordHash;
        this.active = active;
        this.locked = locked;
        this.mustChangePassword = mustChangePassword;
    }

    Actor actor() {
        return actor;
    }

    boolean mustChangePassword() {
        return mustChangePassword;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        List<GrantedAuthority> authorities = actor.roles().stream()
                .<GrantedAuthority>map(role -> new SimpleGrantedAuthority("ROLE_" + role.name()))
                .toList();
        return authorities;
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return actor.username();
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    @Override
    public boolean isEnabled() {
        return active;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof StaffPrincipal principal && principal.actor.username().equals(actor.username());
    }

    @Override
    public int hashCode() {
        return actor.username().hashCode();
    }
}
