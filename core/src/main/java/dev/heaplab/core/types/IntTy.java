package dev.heaplab.core.types;

/** Rust's integer types with their x86-64 widths. */
public enum IntTy {
    I8("i8", 8, true), I16("i16", 16, true), I32("i32", 32, true), I64("i64", 64, true), I128("i128", 128, true),
    ISIZE("isize", 64, true),
    U8("u8", 8, false), U16("u16", 16, false), U32("u32", 32, false), U64("u64", 64, false), U128("u128", 128, false),
    USIZE("usize", 64, false);

    private final String rustName;
    private final int bits;
    private final boolean signed;
    private final java.math.BigInteger min, max;

    IntTy(String rustName, int bits, boolean signed) {
        this.rustName = rustName;
        this.bits = bits;
        this.signed = signed;
        java.math.BigInteger half = java.math.BigInteger.ONE.shiftLeft(bits - 1);
        this.min = signed ? half.negate() : java.math.BigInteger.ZERO;
        this.max = (signed ? half : half.shiftLeft(1)).subtract(java.math.BigInteger.ONE);
    }

    /** The type's `MIN` and `MAX`. */
    public java.math.BigInteger min() { return min; }

    public java.math.BigInteger max() { return max; }

    /** rustc's rendering of a known value of this type in its messages: `u8::MAX`, `i32::MIN`, else `200_u8`. */
    public String show(java.math.BigInteger v) {
        if (v.equals(max)) return rustName + "::MAX";
        if (signed && v.equals(min)) return rustName + "::MIN";
        return v + "_" + rustName;
    }

    public String rustName() { return rustName; }

    public int bits() { return bits; }

    public int bytes() { return bits / 8; }

    public boolean signed() { return signed; }

    public static IntTy byName(String name) {
        for (IntTy t : values()) if (t.rustName.equals(name)) return t;
        return null;
    }
}
