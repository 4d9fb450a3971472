package dev.heaplab.core.types;

/** `f32` and `f64`. */
public enum FloatTy {
    F32("f32", 4), F64("f64", 8);

    private final String rustName;
    private final int bytes;

    FloatTy(String rustName, int bytes) {
        this.rustName = rustName;
        this.bytes = bytes;
    }

    public String rustName() { return rustName; }

    public int bytes() { return bytes; }

    public static FloatTy byName(String name) {
        for (FloatTy t : values()) if (t.rustName.equals(name)) return t;
        return null;
    }
}
