package dev.heaplab.core.interp;

import dev.heaplab.core.types.AdtDef;
import dev.heaplab.core.types.ClosureDef;
import dev.heaplab.core.types.LangItem;
import dev.heaplab.core.types.LayoutOf;
import dev.heaplab.core.types.ProgramDefs;
import dev.heaplab.core.types.Ty;
import dev.heaplab.core.types.TySubst;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * x86-64 sizes and alignments of concrete types, as rustc lays them out: asks {@link LayoutOf} first,
 * and falls back to these approximate rules for what it does not model (iterator states):
 * <ul>
 * <li>structs, tuples and closures reorder fields by decreasing alignment (no inner padding);</li>
 * <li>enums with one payload variant whose field has a niche (refs, Box, Rc, Vec, String, bool, char)
 *     and other variants empty use the niche (`Option<Box<T>>` is 8 bytes);</li>
 * <li>other enums put a tag (u8, or wider for many variants) before the largest variant.</li>
 * </ul>
 */
public final class Sizes {
    /** Size and alignment in bytes. */
    public record Layout(long size, long align) {}

    private final ProgramDefs defs;
    private final LayoutOf layoutOf;
    private final Map<Ty, Layout> cache = new HashMap<>();

    public Sizes(ProgramDefs defs) {
        this.defs = defs;
        this.layoutOf = new LayoutOf(defs);
    }

    /** Size of the heap block of `Rc::new(value)`. */
    public long rcBoxSize(Ty value) {
        dev.heaplab.core.types.Layout l = layoutOf.rcBox(value).layoutOrNull();
        return l != null ? l.size() : roundUp(16 + size(value), Math.max(8, align(value)));
    }

    public long size(Ty ty) { return layout(ty).size(); }

    public long align(Ty ty) { return layout(ty).align(); }

    public Layout layout(Ty ty) {
        Layout l = cache.get(ty);
        if (l == null) {
            dev.heaplab.core.types.Layout known = layoutOf.of(ty).layoutOrNull();
            l = known != null ? new Layout(known.sized() ? known.size() : 0, known.align()) : compute(ty);
            cache.put(ty, l);
        }
        return l;
    }

    private Layout compute(Ty ty) {
        return switch (ty) {
            case Ty.Int i -> new Layout(i.kind().bytes(), Math.min(i.kind().bytes(), 16));
            case Ty.Float f -> new Layout(f.kind().bytes(), f.kind().bytes());
            case Ty.Bool b -> new Layout(1, 1);
            case Ty.Char c -> new Layout(4, 4);
            case Ty.Str s -> new Layout(0, 1);
            case Ty.Never n -> new Layout(0, 1);
            case Ty.Tuple t -> struct(t.elems());
            case Ty.Array a -> new Layout(size(a.elem()) * a.len(), align(a.elem()));
            case Ty.Slice s -> new Layout(0, align(s.elem()));
            case Ty.Ref r -> pointer(r.inner());
            case Ty.RawPtr p -> pointer(p.inner());
            case Ty.FnDef f -> new Layout(0, 1);
            case Ty.FnPtr f -> new Layout(8, 8);
            case Ty.Closure c -> closure(c);
            case Ty.Dynamic d -> new Layout(0, 1);
            case Ty.Adt a -> adt(a);
            case Ty.Param p -> new Layout(8, 8);
            case Ty.Infer i -> new Layout(4, 4);
            case Ty.Projection p -> new Layout(8, 8);
            case Ty.Opaque o -> new Layout(8, 8);
            case Ty.Error e -> new Layout(0, 1);
        };
    }

    private static boolean unsized(Ty t) {
        return t instanceof Ty.Str || t instanceof Ty.Slice || t instanceof Ty.Dynamic;
    }

    private static Layout pointer(Ty inner) { return new Layout(unsized(inner) ? 16 : 8, 8); }

    private Layout struct(List<Ty> fields) {
        long size = 0, align = 1;
        for (Ty f : fields) {
            Layout l = layout(f);
            size += l.size();
            align = Math.max(align, l.align());
        }
        return new Layout(roundUp(size, align), align);
    }

    private Layout closure(Ty.Closure c) {
        ClosureDef d = defs.closure(c.def());
        if (d == null) return new Layout(0, 1);
        List<Ty> tys = new ArrayList<>();
        for (ClosureDef.Capture cap : d.captures()) {
            Ty t = TySubst.subst(cap.ty(), c.parentArgs());
            tys.add(switch (cap.mode()) {
                case BY_VALUE -> t;
                case BY_REF -> Ty.ref(t);
                case BY_MUT_REF -> Ty.refMut(t);
            });
        }
        return struct(tys);
    }

    private Layout adt(Ty.Adt a) {
        AdtDef d = defs.adt(a.def());
        if (d == null) return new Layout(0, 1);
        if (d.lang() != null) {
            Layout l = lang(d.lang(), a.args());
            if (l != null) return l;
        }
        if (!d.isEnum()) return struct(fieldTys(d.struct(), a.args()));
        return enumLayout(d, a.args());
    }

    private Layout lang(LangItem item, List<Ty> args) {
        Ty t0 = args.isEmpty() ? Ty.UNIT : args.get(0);
        return switch (item) {
            case STRING, VEC -> new Layout(24, 8);
            case BOX -> pointer(t0);
            case RC, RC_WEAK, ARC, ARC_WEAK -> new Layout(8, 8);
            case CELL -> layout(t0);
            case REF_CELL -> struct(List.of(Ty.USIZE, t0));
            case CELL_REF, CELL_REF_MUT -> new Layout(16, 8);
            case HASH_MAP, HASH_SET -> new Layout(48, 8);
            case BTREE_MAP, BTREE_SET -> new Layout(24, 8);
            case VEC_DEQUE -> new Layout(32, 8);
            case MUTEX -> struct(List.of(new Ty.Int(dev.heaplab.core.types.IntTy.U32), Ty.BOOL, t0));
            case MUTEX_GUARD -> new Layout(16, 8);
            case JOIN_HANDLE -> new Layout(24, 8);
            case SENDER, RECEIVER -> new Layout(16, 8);
            case FORMATTER -> new Layout(64, 8);
            case ITER -> new Layout(32, 8);
            case OPTION, RESULT, RANGE, RANGE_INCLUSIVE, RANGE_FROM, RANGE_TO, RANGE_TO_INCLUSIVE, RANGE_FULL,
                 ORDERING, FMT_ERROR -> null;
        };
    }

    private List<Ty> fieldTys(AdtDef.VariantDef v, List<Ty> args) {
        List<Ty> out = new ArrayList<>();
        for (AdtDef.FieldDef f : v.fields()) out.add(TySubst.subst(f.ty(), args));
        return out;
    }

    private Layout enumLayout(AdtDef d, List<Ty> args) {
        if (d.variants().isEmpty()) return new Layout(0, 1);
        int payload = -1, nonEmpty = 0;
        for (int i = 0; i < d.variants().size(); i++) {
            if (!d.variants().get(i).fields().isEmpty()) {
                nonEmpty++;
                payload = i;
            }
        }
        if (nonEmpty == 0) {
            int n = d.variants().size();
            return n <= 1 ? new Layout(0, 1) : n <= 256 ? new Layout(1, 1) : new Layout(2, 2);
        }
        if (nonEmpty == 1 && d.variants().size() == 2) {
            List<Ty> f = fieldTys(d.variants().get(payload), args);
            for (Ty t : f) if (hasNiche(t)) return struct(f);
        }
        long tag = d.variants().size() <= 256 ? 1 : 2;
        long size = 0, align = tag;
        for (AdtDef.VariantDef v : d.variants()) {
            List<Ty> f = fieldTys(v, args);
            List<Ty> withTag = new ArrayList<>(f);
            withTag.add(tag == 1 ? new Ty.Int(dev.heaplab.core.types.IntTy.U8) : new Ty.Int(dev.heaplab.core.types.IntTy.U16));
            Layout l = struct(withTag);
            size = Math.max(size, l.size());
            align = Math.max(align, l.align());
        }
        return new Layout(roundUp(size, align), align);
    }

    private boolean hasNiche(Ty t) {
        return switch (t) {
            case Ty.Ref r -> true;
            case Ty.Bool b -> true;
            case Ty.Char c -> true;
            case Ty.FnPtr f -> true;
            case Ty.Adt a -> {
                AdtDef d = defs.adt(a.def());
                if (d == null) yield false;
                if (d.lang() != null) yield switch (d.lang()) {
                    case STRING, VEC, BOX, RC, RC_WEAK, ARC, ARC_WEAK, ORDERING -> true;
                    default -> false;
                };
                if (d.isEnum()) yield d.variants().size() < 256 && d.variants().stream().allMatch(v -> v.fields().isEmpty());
                yield d.struct().fields().stream().anyMatch(f -> hasNiche(TySubst.subst(f.ty(), a.args())));
            }
            case Ty.Tuple tu -> tu.elems().stream().anyMatch(this::hasNiche);
            default -> false;
        };
    }

    static long roundUp(long n, long align) { return align <= 1 ? n : (n + align - 1) / align * align; }
}
