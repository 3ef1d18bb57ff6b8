package org.gongkai.publication.web;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpSession;

import org.springframework.stereotype.Component;
import org.springframework.web.util.WebUtils;

/**
 * One-time tokens for the console forms whose second submission would do the work twice (a second draft, a second
 * copy of an attachment, a second correction notice): the first POST with a token does the work and remembers where
 * it led; a repeated POST (double click, reload, back and submit) is sent there again without doing anything. The
 * status changes need no token: the record refuses a transition it has already made.
 */
@Component
class ConsoleFormTokens {

    private static final String SESSION_KEY = ConsoleFormTokens.class.getName();
    private static final String ISSUED = "";
    private static final String IN_PROGRESS = "\u0000";
    private static final int KEPT = 200;

    /** What happened to a submission. */
    enum Outcome {
        DONE, REPEATED, UNKNOWN
    }

    /** The result of {@link #once}: the outcome and where to go next. */
    record Submission(Outcome outcome, String redirect) {}

    String issue(HttpSession session) {
        var token = UUID.randomUUID().toString();
        synchronized (WebUtils.getSessionMutex(session)) {
            tokens(session).put(token, ISSUED);
        }
        return token;
    }

    /**
     * Runs {@code work} (which returns the view to redirect to) once per token. A failed run gives the token back,
     * so that the form shown again with its error can be sent again.
     */
    Submission once(HttpSession session, String token, Supplier<String> work) {
        synchronized (WebUtils.getSessionMutex(session)) {
            var tokens = tokens(session);
            var state = token == null ? null : tokens.get(token);
            if (state == null) {
                return new Submission(Outcome.UNKNOWN, null);
            }
            if (!state.equals(ISSUED)) {
                return new Submission(Outcome.REPEATED, state.equals(IN_PROGRESS) ? null : state);
            }
            tokens.put(token, IN_PROGRESS);
            session.setAttribute(SESSION_KEY, tokens);
        }
        String redirect;
        try {
            redirect = work.get();
        } catch (RuntimeException e) {
            synchronized (WebUtils.getSessionMutex(session)) {
                tokens(session).put(token, ISSUED);
            }
            throw e;
        }
        synchronized (WebUtils.getSessionMutex(session)) {
            var tokens = tokens(session);
            tokens.put(token, redirect);
            session.setAttribute(SESSION_KEY, tokens);
        }
        return new Submission(Outcome.DONE, redirect);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> tokens(HttpSession session) {
        var tokens = (Map<String, String>) session.getAttribute(SESSION_KEY);
        if (tokens == null) {
            tokens = new Recent();
            session.setAttribute(SESSION_KEY, tokens);
        }
        return tokens;
    }

    /** The most recent tokens of a session; older ones are forgotten. */
    private static final class Recent extends LinkedHashMap<String, String> implements Serializable {

        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
            return size() > KEPT;
        }
    }
}
