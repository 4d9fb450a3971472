package dev.heaplab.core.perm;

/**
 * A set of permissions on a place: read, write, own (may move or drop it). The lattice is the
 * powerset of {R, W, O} ordered by inclusion; facts only ever remove permissions from a base set.
 */
public record Perms(boolean read, boolean write, boolean own) {
    public static final Perms NONE = new Perms(false, false, false);
    public static final Perms ALL = new Perms(true, true, true);
    public static final Perms R = new Perms(true, false, false);
    public static final Perms RW = new Perms(true, true, false);
    public static final Perms RO = new Perms(true, false, true);
    public static final Perms W = new Perms(false, true, false);
    public static final Perms WO = new Perms(false, true, true);

    /** The permissions of this set that {@code other} lacks are removed (set difference). */
    public Perms minus(Perms other) {
        return new Perms(read && !other.read, write && !other.write, own && !other.own);
    }

    /** Intersection (the meet of the lattice). */
    public Perms and(Perms other) { return new Perms(read && other.read, write && other.write, own && other.own); }

    /** Union (the join). */
    public Perms or(Perms other) { return new Perms(read || other.read, write || other.write, own || other.own); }

    /** Whether every permission of {@code need} is here. */
    public boolean covers(Perms need) { return need.minus(this).equals(NONE); }

    public boolean has(Perm p) {
        return switch (p) {
            case R -> read;
            case W -> write;
            case O -> own;
        };
    }

    public static Perms of(Perm p) {
        return switch (p) {
            case R -> R;
            case W -> W;
            case O -> new Perms(false, false, true);
        };
    }

    /** `RWO` with `-` for a missing permission, as the Rust Book's permission tables. */
    public String text() { return (read ? "R" : "-") + (write ? "W" : "-") + (own ? "O" : "-"); }

    /** Parses {@link #text()}. */
    public static Perms parse(String s) {
        if (s.length() != 3) throw new IllegalArgumentException("permissions are three letters: " + s);
        return new Perms(s.charAt(0) == 'R', s.charAt(1) == 'W', s.charAt(2) == 'O');
    }

    @Override public String toString() { return text(); }
}
