package dev.heaplab.core.perm;

/** Why a place lacks a permission, from the checker's facts. Lines are 1-based source lines. */
public sealed interface Reason {
    /** Its value was moved out at {@code line}; {@code maybe} when only on some paths. */
    record Moved(int line, boolean maybe) implements Reason {}
    /** A loan created at {@code loanLine} is in scope; it is last used at {@code lastUse}. */
    record Borrowed(boolean mutable, int loanLine, int lastUse) implements Reason {}
    /** The variable is not declared `mut`. */
    record NotMut() implements Reason {}
    /** The variable is declared but holds no value yet (or not on every path). */
    record NotInit() implements Reason {}
    /** The place is behind a shared `&` reference: it cannot be written through it. */
    record BehindShared() implements Reason {}
    /** The place is behind a reference, which does not own what it points to. */
    record NotOwner() implements Reason {}
    /** The place is a field of a value whose type implements `Drop`: moving it out would break that drop. */
    record InDropType() implements Reason {}
    /** The place is an element of an array or slice chosen by index: moving it out would leave a hole. */
    record Element() implements Reason {}
}
