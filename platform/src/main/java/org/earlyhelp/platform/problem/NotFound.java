package org.earlyhelp.platform.problem;

/** Unknown, or hidden from this caller: 404 either way, so existence does not leak. */
public class NotFound extends RuntimeException {
    public NotFound(String what) {
        super(what + " was not found");
    }
}
