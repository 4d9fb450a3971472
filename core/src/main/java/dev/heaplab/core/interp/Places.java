package dev.heaplab.core.interp;

import dev.heaplab.core.mir.Place;
import dev.heaplab.core.source.Span;
import dev.heaplab.core.trace.MachineEvent;
import dev.heaplab.core.types.AdtDef;
import dev.heaplab.core.types.ClosureDef;
import dev.heaplab.core.types.Ty;
import java.util.Arrays;
import java.util.List;

/**
 * Evaluates MIR places to {@link PlaceRef}s and reads, writes and moves values there.
 * Rules:
 * <ul>
 * <li>a Deref follows the Ptr stored at the place (references, raw pointers, Box);</li>
 * <li>Field appends the field index; Index/ConstantIndex append the element index for arrays and
 *     shift the first-element index for slices; Downcast does not change the path;</li>
 * <li>when writing, an uninitialised aggregate on the way is materialised with the right field count
 *     (fields assigned one by one, an enum variant written before SetDiscriminant).</li>
 * </ul>
 */
final class Places {
    private static final int[] ROOT = new int[0];
    private final Interp m;

    Places(Interp m) { this.m = m; }

    PlaceRef eval(Frame f, Place p, boolean forWrite) {
        Allocation a = f.slots[p.local().index()];
        int[] path = ROOT;
        long meta = -1;
        Ty dynTy = null;
        Ty ty = m.types.local(f, p.local().index());
        Span span = m.current;
        List<Place.Projection> projs = p.projections();
        int n = projs.size();
        if (n == 0) return new PlaceRef(a, path, meta, ty, null);
        for (int k = 0; k < n; k++) {
            switch (projs.get(k)) {
                case Place.Projection.Deref d -> {
                    Value v = Memory.get(a, path, span);
                    if (!(v instanceof Value.Ptr ptr))
                        throw new MachineStop.Undefined("dereference of a value that is not a pointer: " + v, span);
                    Ty inner = m.types.pointee(ty);
                    if (inner == null) throw new MachineStop.Internal("deref of " + m.types.display(ty), span);
                    a = ptr.alloc();
                    path = ptr.path();
                    meta = ptr.meta();
                    ty = ptr.dynTy() != null && inner instanceof Ty.Dynamic ? ptr.dynTy() : inner;
                    dynTy = ptr.dynTy() != null && inner instanceof Ty.Dynamic ? ptr.dynTy() : null;
                    if (a == null && meta != 0) throw new MachineStop.Undefined("dereference of a dangling pointer", span);
                }
                case Place.Projection.Field fl -> {
                    if (forWrite) materialize(a, path, ty, -1, span);
                    path = append(path, fl.index());
                    ty = m.types.subst(fl.ty(), f);
                    meta = -1;
                }
                case Place.Projection.Index ix -> {
                    Value iv = Memory.get(f.slots[ix.index().index()], ROOT, span);
                    long i = ((Value.Int) iv).bits();
                    long len = length(ty, meta);
                    if (i < 0 || i >= len)
                        throw new MachineStop.Panic("index out of bounds: the len is " + len + " but the index is "
                                + Long.toUnsignedString(i), span);
                    path = element(path, ty, i);
                    ty = elem(ty);
                    meta = -1;
                }
                case Place.Projection.ConstantIndex ci -> {
                    long len = length(ty, meta);
                    long i = ci.fromEnd() ? len - ci.offset() : ci.offset();
                    path = element(path, ty, i);
                    ty = elem(ty);
                    meta = -1;
                }
                case Place.Projection.Subslice ss -> {
                    long len = length(ty, meta);
                    if (ty instanceof Ty.Array arr) { // a sub-array `[T; N - from - to]`, addressed as a whole
                        path = Memory.appendView(path, ss.from(), len - ss.from() - ss.to());
                        ty = new Ty.Array(arr.elem(), len - ss.from() - ss.to());
                        meta = -1;
                    } else {
                        path = element(path, ty, ss.from());
                        ty = new Ty.Slice(elem(ty));
                        meta = len - ss.from() - ss.to();
                    }
                }
                case Place.Projection.Downcast dc -> {
                    if (forWrite) materialize(a, path, ty, dc.variant(), span);
                }
            }
        }
        // Only the pointee itself of a `dyn` pointer keeps its concrete type; a field of it is an ordinary place.
        boolean lastIsDeref = projs.get(n - 1) instanceof Place.Projection.Deref;
        return new PlaceRef(a, path, meta, ty, lastIsDeref ? dynTy : null);
    }

    private static int[] append(int[] path, int i) {
        int[] p = Arrays.copyOf(path, path.length + 1);
        p[path.length] = i;
        return p;
    }

    /** Arrays are addressed as a whole (append the index); slices by their first element (shift it). */
    private static int[] element(int[] path, Ty ty, long i) {
        if (ty instanceof Ty.Array) return Memory.appendIndex(path, (int) i);
        int[] p = path.clone();
        p[p.length - 1] += (int) i;
        return p;
    }

    private static long length(Ty ty, long meta) {
        if (ty instanceof Ty.Array arr) return arr.len();
        return meta;
    }

    private static Ty elem(Ty ty) {
        return switch (ty) {
            case Ty.Array arr -> arr.elem();
            case Ty.Slice s -> s.elem();
            case Ty.Str s -> new Ty.Int(dev.heaplab.core.types.IntTy.U8);
            default -> ty;
        };
    }

    /** Makes the value at the path an aggregate of the right shape (of {@code variant} for enums). */
    private void materialize(Allocation a, int[] path, Ty ty, int variant, Span span) {
        Value v = Memory.get(a, path, span);
        if (v instanceof Value.Agg g && (variant < 0 || g.variant == variant)) return;
        if (v instanceof Value.Bytes) return;
        int n = fieldCount(ty, Math.max(variant, 0));
        if (n < 0) return;
        Memory.set(a, path, Value.Agg.uninit(Math.max(variant, 0), n), span);
    }

    int fieldCount(Ty ty, int variant) {
        return switch (ty) {
            case Ty.Tuple t -> t.elems().size();
            case Ty.Array arr -> (int) arr.len();
            case Ty.Closure c -> {
                ClosureDef d = m.defs.closure(c.def());
                yield d == null ? 0 : d.captures().size();
            }
            case Ty.Adt ad -> {
                AdtDef d = m.defs.adt(ad.def());
                yield d == null || variant >= d.variants().size() ? -1 : d.variants().get(variant).fields().size();
            }
            default -> -1;
        };
    }

    Value read(Frame f, Place p) {
        PlaceRef r = eval(f, p, false);
        return Memory.get(r.alloc(), r.path(), m.current);
    }

    Value copy(Frame f, Place p) {
        PlaceRef r = eval(f, p, false);
        Value v = Memory.get(r.alloc(), r.path(), m.current);
        if (v instanceof Value.Uninit) v = staleBits(r, "use of an uninitialised or moved value");
        return Value.deepCopy(v);
    }

    /**
     * What a compiled program finds in a moved-out place: the bits the move left behind. The
     * machine clears moved places, so without undefined-behaviour checks reading one is a fault;
     * with them (`--no-borrowck`), the stale copy is returned, as the real program would use it, so
     * that a second drop of it is reported as the double free it is.
     */
    private Value staleBits(PlaceRef r, String fault) {
        Value ghost = m.ubChecks ? m.movedBits.get(new MovedPlace(r.alloc(), Arrays.toString(r.path()))) : null;
        if (ghost == null) throw new MachineStop.Undefined(fault, m.current);
        return Value.deepCopy(ghost);
    }

    /** A moved-out place, for {@link #staleBits}. */
    record MovedPlace(Allocation alloc, String path) {
        @Override public boolean equals(Object o) {
            return o instanceof MovedPlace p && p.alloc == alloc && p.path.equals(path);
        }

        @Override public int hashCode() { return System.identityHashCode(alloc) * 31 + path.hashCode(); }
    }

    /** Reads the value and leaves the place uninitialised. */
    Value move(Frame f, Place p) {
        PlaceRef r = eval(f, p, false);
        Value v = Memory.get(r.alloc(), r.path(), m.current);
        if (v instanceof Value.Uninit) return staleBits(r, "use of a moved value");
        // FIXME(lowering): `&mut` receivers are moved where rustc reborrows; keep references readable.
        if (r.ty() instanceof dev.heaplab.core.types.Ty.Ref) return v;
        if (v instanceof Value.Bytes) return Value.deepCopy(v);
        if (v instanceof Value.Int && r.path().length > 0
                && Memory.get(r.alloc(), Arrays.copyOf(r.path(), r.path().length - 1), m.current) instanceof Value.Bytes)
            return v;
        if (m.ubChecks) m.movedBits.put(new MovedPlace(r.alloc(), Arrays.toString(r.path())), Value.deepCopy(v));
        Memory.set(r.alloc(), r.path(), Value.UNINIT, m.current);
        if (m.detailed) {
            m.movedOut.computeIfAbsent(r.alloc(), k -> new java.util.HashSet<>()).add(Arrays.toString(r.path()));
            m.emit(new MachineEvent.Move(m.current, m.depth(), p.toString(), m.placeNames.name(f, p)));
        }
        return v;
    }

    void write(Frame f, Place p, Value v) {
        if (p.isLocal()) {
            int l = p.local().index();
            f.markLiveIfUnseen(l);
            Allocation slot = f.slots[l];
            slot.root = v;
            slot.touch();
            if (m.detailed && !m.movedOut.isEmpty()) m.movedOut.remove(slot);
            return;
        }
        PlaceRef r = eval(f, p, true);
        Memory.set(r.alloc(), r.path(), v, m.current);
    }

    /** Whether the place's type is the same whatever the values on the way (no `dyn` pointee). */
    boolean staticType(Frame f, Place p) {
        Ty ty = m.types.local(f, p.local().index());
        for (Place.Projection proj : p.projections()) {
            switch (proj) {
                case Place.Projection.Deref d -> {
                    ty = m.types.pointee(ty);
                    if (ty == null || ty instanceof Ty.Dynamic) return false;
                }
                case Place.Projection.Field fl -> ty = m.types.subst(fl.ty(), f);
                case Place.Projection.Index ix -> ty = elem(ty);
                case Place.Projection.ConstantIndex ci -> ty = elem(ty);
                case Place.Projection.Subslice ss -> ty = ty instanceof Ty.Array arr
                        ? new Ty.Array(arr.elem(), arr.len() - ss.from() - ss.to()) : new Ty.Slice(elem(ty));
                case Place.Projection.Downcast dc -> { }
            }
        }
        return true;
    }

    Ty type(Frame f, Place p) { return eval(f, p, false).ty(); }
}
