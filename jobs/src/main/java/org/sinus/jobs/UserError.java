package org.sinus.jobs;

/** A problem with the user's input (scenario, paths, options): shown as one line, exit status 2, no stack trace. */
final class UserError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UserError(String message) {
        super(message);
    }
}
