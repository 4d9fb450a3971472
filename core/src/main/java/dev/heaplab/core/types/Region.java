package dev.heaplab.core.types;

/**
 * A lifetime as written or inferred: a named parameter (`'a`), `'static`, an inference variable,
 * or erased (after type checking, when only the borrow checker cares).
 */
public record Region(Kind kind, String name, int var) {
    public enum Kind { NAMED, STATIC, VAR, ERASED }

    public static final Region ERASED = new Region(Kind.ERASED, null, -1);
    public static final Region STATIC = new Region(Kind.STATIC, "'static", -1);

    public static Region named(String name) { return new Region(Kind.NAMED, name, -1); }

    public static Region var(int v) { return new Region(Kind.VAR, null, v); }

    public boolean isNamed() { return kind == Kind.NAMED || kind == Kind.STATIC; }
}
