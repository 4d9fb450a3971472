package dev.heaplab.doc;

/** Whether a block behaved as its info string says. */
public sealed interface Verdict {
    /** It did what it is marked to do; {@code what} says what that was. */
    record Passed(String what) implements Verdict {}

    /**
     * It did not: {@code why} explains; {@code mdLine} is the Markdown line of the offending Rust
     * line (the error, the panic), or 0 when no line is to blame (e.g. it compiled but should not have).
     */
    record Failed(String why, int mdLine) implements Verdict {}

    /** Deliberately or necessarily left unchecked; not a failure of the lesson. */
    record NotChecked(Reason reason, String detail) implements Verdict {}

    /** heaplab itself failed on this block (a heaplab bug, reported as such). */
    record Internal(String message) implements Verdict {}

    enum Reason {
        /** A ```text, ```c… block: shown only. */
        NOT_RUST,
        /** Marked `ignore` (rustdoc does not compile it either). */
        IGNORED,
        /** Marked `heaplab-skip`. */
        SKIPPED,
        /** heaplab refused a construct outside its subset (`error: unsupported: …`). */
        UNSUPPORTED
    }
}
