package dev.heaplab.core.diag;

/** How serious a diagnostic is; names match rustc's headers. */
public enum Severity {
    ERROR("error"), WARNING("warning"), NOTE("note"), HELP("help");

    private final String word;

    Severity(String word) { this.word = word; }

    public String word() { return word; }
}
