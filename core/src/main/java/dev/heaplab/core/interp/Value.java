package dev.heaplab.core.interp;

import dev.heaplab.core.types.DefId;
import dev.heaplab.core.types.FloatTy;
import dev.heaplab.core.types.IntTy;
import dev.heaplab.core.types.Ty;
import java.util.Arrays;
import java.util.List;

/**
 * A value stored in a stack slot or an allocation. Scalars are immutable; {@link Agg} and {@link Bytes}
 * are mutable containers that places point into. Layout of the natively modelled std types:
 * <ul>
 * <li>String and Vec: {@code Agg[ptr, cap, len]} (see {@link Agg#VEC_PTR}); the buffer allocation holds an
 *     {@code Agg} of {@code cap} elements (Vec) or a {@code Bytes} of {@code cap} bytes (String);</li>
 * <li>Box: a {@code Ptr} to its heap allocation; Rc/Weak: a {@code Ptr} to {@code Agg[strong, weak, value]};</li>
 * <li>Cell: {@code Agg[value]}; RefCell: {@code Agg[flag, value]}; Ref/RefMut: {@code Agg[valuePtr, flagPtr]};</li>
 * <li>slices and str are addressed by a pointer to their first element plus a length ({@code meta}).</li>
 * </ul>
 */
public sealed interface Value {
    /** Not initialised (never written, moved out, or dropped). */
    record Uninit() implements Value {}

    Uninit UNINIT = new Uninit();

    /**
     * An integer; {@code bits} is sign-extended for signed types, zero-extended bits for unsigned ones.
     * A 128-bit value also keeps its exact value in {@code wide} (in the type's range; {@code bits} is
     * then its low 64 bits); {@code wide} is null for the narrower types.
     */
    record Int(long bits, IntTy ty, java.math.BigInteger wide) implements Value {
        public Int {
            if (ty.bits() <= 64) wide = null;
            else {
                wide = Wide.wrap(wide != null ? wide : Wide.fromBits(bits, ty), ty);
                bits = wide.longValue();
            }
        }

        public Int(long bits, IntTy ty) { this(bits, ty, null); }

        /** {@code v} wrapped to {@code ty} (two's complement), for any width. */
        public static Int of(java.math.BigInteger v, IntTy ty) {
            return ty.bits() > 64 ? new Int(0, ty, v) : new Int(Wide.wrapLong(v.longValue(), ty), ty, null);
        }

        /** The exact value, for any width. */
        public java.math.BigInteger big() {
            if (wide != null) return wide;
            if (ty.signed() || bits >= 0) return java.math.BigInteger.valueOf(bits);
            return java.math.BigInteger.valueOf(bits).add(Wide.TWO_64);
        }
    }

    /** A float; f32 values are always exactly representable as float. */
    record Float(double v, FloatTy ty) implements Value {}

    record Bool(boolean v) implements Value {}

    Bool TRUE = new Bool(true);
    Bool FALSE = new Bool(false);

    record Char(int cp) implements Value {}

    /** A function pointer or fn item with its generic arguments. */
    record FnPtr(DefId def, List<Ty> args) implements Value {}

    /**
     * A pointer: an allocation and a path of indices inside its root value. {@code alloc} null is a
     * dangling non-null pointer (empty Vec, Weak::new). {@code meta} is the length of a slice/str
     * pointer (-1 when thin); {@code dynTy} the concrete type behind a `dyn` pointer.
     */
    record Ptr(Allocation alloc, int[] path, long meta, Ty dynTy) implements Value {
        public static Ptr thin(Allocation alloc, int[] path) { return new Ptr(alloc, path, -1, null); }

        public Ptr withMeta(long m) { return new Ptr(alloc, path, m, dynTy); }

        /** A pointer to child {@code index} of the pointee. */
        public Ptr child(int index) { return new Ptr(alloc, Memory.appendIndex(path, index), -1, null); }

        /** For a pointer to an element, the pointer to the element {@code delta} further. */
        public Ptr offset(long delta, long newMeta) {
            if (path.length == 0) return new Ptr(alloc, path, newMeta, dynTy);
            int[] p = path.clone();
            p[p.length - 1] += (int) delta;
            return new Ptr(alloc, p, newMeta, dynTy);
        }

        public int lastIndex() { return path.length == 0 ? 0 : path[path.length - 1]; }

        @Override public boolean equals(Object o) {
            return o instanceof Ptr p && p.alloc == alloc && Arrays.equals(p.path, path) && p.meta == meta;
        }

        @Override public int hashCode() { return System.identityHashCode(alloc) * 31 + Arrays.hashCode(path); }

        @Override public String toString() {
            return "Ptr(" + (alloc == null ? "dangling" : alloc.label()) + Arrays.toString(path)
                    + (meta >= 0 ? ", len " + meta : "") + ")";
        }
    }

    /** A struct, tuple, array, closure, enum (with its variant index) or std aggregate. */
    final class Agg implements Value {
        public static final int VEC_PTR = 0, VEC_CAP = 1, VEC_LEN = 2;
        public static final int RC_STRONG = 0, RC_WEAK = 1, RC_VALUE = 2;
        public static final int REFCELL_FLAG = 0, REFCELL_VALUE = 1;

        public int variant;
        public final Value[] fields;

        public Agg(int variant, Value[] fields) {
            this.variant = variant;
            this.fields = fields;
        }

        public static Agg of(Value... fields) { return new Agg(0, fields); }

        public static Agg uninit(int variant, int n) {
            Value[] f = new Value[n];
            Arrays.fill(f, UNINIT);
            return new Agg(variant, f);
        }

        @Override public String toString() { return "Agg#" + variant + Arrays.toString(fields); }
    }

    /** A byte buffer (String and str data); its length is the allocation's capacity. */
    final class Bytes implements Value {
        public byte[] data;

        public Bytes(byte[] data) { this.data = data; }

        @Override public String toString() { return "Bytes(" + data.length + ")"; }
    }

    /** Opaque machine state stored in a value (the Formatter behind `&mut Formatter`). */
    record Native(Object state) implements Value {}

    static Int usize(long v) { return v >= 0 && v < SMALL_USIZE.length ? SMALL_USIZE[(int) v] : new Int(v, IntTy.USIZE); }

    /** Small usize values, shared (they are immutable): counts, lengths and indices are mostly small. */
    Int[] SMALL_USIZE = smallUsize();

    private static Int[] smallUsize() {
        Int[] out = new Int[1024];
        for (int i = 0; i < out.length; i++) out[i] = new Int(i, IntTy.USIZE);
        return out;
    }

    static Agg unit() { return new Agg(0, new Value[0]); }

    /** A copy sharing no mutable container with this value (pointers are copied, not followed). */
    static Value deepCopy(Value v) {
        if (v instanceof Agg a) {
            Value[] f = new Value[a.fields.length];
            for (int i = 0; i < f.length; i++) f[i] = deepCopy(a.fields[i]);
            return new Agg(a.variant, f);
        }
        if (v instanceof Bytes b) return new Bytes(b.data.clone());
        return v;
    }

    /** True when every part of the value is initialised. */
    static boolean fullyInit(Value v) {
        if (v instanceof Uninit) return false;
        if (v instanceof Agg a) for (Value f : a.fields) if (!fullyInit(f)) return false;
        return true;
    }
}
