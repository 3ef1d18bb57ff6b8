package org.gongkai.audit;

import org.hibernate.envers.RevisionListener;
import org.springframework.security.core.context.SecurityContextHolder;

/** Stamps each Envers revision with the signed-in user (or "system" for start-up and scheduled work). */
public class RevisionAuthor implements RevisionListener {

    @Override
    public void newRevision(Object revision) {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        ((Revision) revision).setUsername(authentication == null ? "system" : authentication.getName());
    }
}
