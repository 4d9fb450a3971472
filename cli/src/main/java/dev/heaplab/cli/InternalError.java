package dev.heaplab.cli;

/** Formats an unexpected failure as heaplab's one-line `error: internal: …` message (never a stack trace). */
final class InternalError {
    private InternalError() {}

    static String describe(Throwable t) {
        return describe(t.getClass().getSimpleName() + (t.getMessage() == null ? "" : ": " + t.getMessage()), null);
    }

    /** @param location `FILE:LINE:COL` in the user's program, or null when unknown */
    static String describe(String what, String location) {
        return "error: internal: " + what + (location == null ? "" : " (at " + location + ")") + "\n";
    }
}
