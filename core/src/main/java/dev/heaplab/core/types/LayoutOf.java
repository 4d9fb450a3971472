package dev.heaplab.core.types;

import dev.heaplab.core.types.LayoutCalculator.Kind;
import dev.heaplab.core.types.LayoutCalculator.LayoutFailure;
import dev.heaplab.core.types.LayoutEnumCalculator.VariantInput;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Computes and memoises the x86-64 layout of concrete types of one program, as rustc 1.95 does.
 *
 * <p>Rules per type (the struct/enum algorithms are in {@link LayoutCalculator} and
 * {@link LayoutEnumCalculator}; standard-library types in {@link LayoutOfLang}):
 * <ul>
 *   <li>Integers and floats: size = alignment = width (i128/u128: 16); bool 1 byte valid 0..=1;
 *       char 4 bytes valid 0..=0x10FFFF; `!` and empty enums: size 0, uninhabited.</li>
 *   <li>Tuples and closures (captures as fields) are reorderable structs; a tuple keeps its last
 *       element last. Arrays: element size times length, niche of the element if non-empty.</li>
 *   <li>Pointers to sized types are 8 bytes; to `str`/`[T]` add a length, to `dyn Trait` a vtable
 *       pointer (16 bytes). References, `Box`, `Rc`, fn pointers and vtables are never null
 *       (a niche); raw data pointers may be null. fn items and capture-less closures are ZSTs.</li>
 *   <li>User structs and enums: fields with the ADT's parameters substituted by its arguments.</li>
 * </ul>
 * Unsupported or non-concrete types give {@link LayoutResult.Unsupported}, never an exception.
 * Not thread-safe: one instance per program (per {@link ProgramDefs}).
 */
public final class LayoutOf {
    private final ProgramDefs defs;
    private final Map<Ty, LayoutResult> memo = new HashMap<>();
    private final Set<Ty> inProgress = new HashSet<>();
    private final LayoutOfLang lang = new LayoutOfLang(this);

    public LayoutOf(ProgramDefs defs) { this.defs = defs; }

    /** The layout of {@code ty}, which must be concrete (no parameters or inference variables). */
    public LayoutResult of(Ty ty) {
        try {
            return new LayoutResult.Known(layout(ty));
        } catch (LayoutFailure f) {
            return new LayoutResult.Unsupported(f.getMessage());
        }
    }

    /** `std::mem::size_of::<T>()`, or empty for unsized or unsupported types. */
    public OptionalLong sizeOf(Ty ty) {
        Layout l = of(ty).layoutOrNull();
        return l == null || !l.sized() ? OptionalLong.empty() : OptionalLong.of(l.size());
    }

    /** `std::mem::align_of::<T>()`, or empty for unsupported types. */
    public OptionalLong alignOf(Ty ty) {
        Layout l = of(ty).layoutOrNull();
        return l == null ? OptionalLong.empty() : OptionalLong.of(l.align());
    }

    /** The heap block `Rc::new`/`Arc::new` allocates: strong count, weak count, value (repr(C)). */
    public LayoutResult rcBox(Ty value) {
        try {
            return new LayoutResult.Known(lang.rcBox(layout(value)));
        } catch (LayoutFailure f) {
            return new LayoutResult.Unsupported(f.getMessage());
        }
    }

    /** The heap buffer of a `Vec<elem>` with this capacity; size 0 (no allocation) for ZST elements. */
    public LayoutResult vecBuffer(Ty elem, long capacity) {
        try {
            return new LayoutResult.Known(LayoutCalculator.array(layout(elem), capacity));
        } catch (LayoutFailure f) {
            return new LayoutResult.Unsupported(f.getMessage());
        }
    }

    /** Internal entry: the layout or a {@link LayoutFailure}; memoised, including failures. */
    Layout layout(Ty ty) {
        LayoutResult known = memo.get(ty);
        if (known instanceof LayoutResult.Known k) return k.layout();
        if (known instanceof LayoutResult.Unsupported u) throw new LayoutFailure(u.reason());
        if (TySubst.needsSubst(ty)) throw notConcrete(ty);
        if (!inProgress.add(ty)) throw new LayoutFailure("recursive type `" + ty.display(defs) + "` has infinite size");
        try {
            Layout l = compute(ty);
            memo.put(ty, new LayoutResult.Known(l));
            return l;
        } catch (LayoutFailure f) {
            memo.put(ty, new LayoutResult.Unsupported(f.getMessage()));
            throw f;
        } finally {
            inProgress.remove(ty);
        }
    }

    private Layout compute(Ty ty) {
        return switch (ty) {
            case Ty.Int i -> Layout.scalar(LayoutScalar.full(i.kind().bytes(), i.kind().signed()), i.kind().bytes());
            case Ty.Float f -> Layout.scalar(LayoutScalar.full(f.kind().bytes(), false), f.kind().bytes());
            case Ty.Bool b -> Layout.scalar(new LayoutScalar(1, false, false, 0, 1), 1);
            case Ty.Char c -> Layout.scalar(new LayoutScalar(4, false, false, 0, 0x10FFFF), 4);
            case Ty.Str s -> LayoutCalculator.array(layout(new Ty.Int(IntTy.U8)), null);
            case Ty.Slice s -> LayoutCalculator.array(layout(s.elem()), null);
            case Ty.Dynamic d -> new Layout(0, 1, new Layout.Fields.Primitive(), new Layout.Variants.Single(0), null, false, false);
            case Ty.Never n -> Layout.NEVER;
            case Ty.Tuple t -> LayoutCalculator.struct(layouts(t.elems()), indexNames(t.elems().size()),
                    t.elems().isEmpty() ? Kind.ALWAYS_SIZED : Kind.MAYBE_UNSIZED);
            case Ty.Array a -> LayoutCalculator.array(layout(a.elem()), a.len());
            case Ty.Ref r -> pointer(r.inner(), true);
            case Ty.RawPtr p -> pointer(p.inner(), false);
            case Ty.FnPtr p -> Layout.scalar(LayoutScalar.nonNullPointer(), 8);
            case Ty.FnDef d -> LayoutCalculator.struct(List.of(), List.of(), Kind.ALWAYS_SIZED);
            case Ty.Closure c -> closure(c);
            case Ty.Adt a -> adt(a);
            case Ty.Param p -> throw notConcrete(ty);
            case Ty.Infer i -> throw notConcrete(ty);
            case Ty.Projection p -> throw notConcrete(ty);
            case Ty.Opaque o -> throw notConcrete(ty);
            case Ty.Error e -> throw new LayoutFailure("the type failed to type-check");
        };
    }

    private LayoutFailure notConcrete(Ty ty) {
        return new LayoutFailure("the type `" + ty.display(defs) + "` is not concrete; substitute it first");
    }

    List<Layout> layouts(List<Ty> tys) {
        List<Layout> out = new ArrayList<>(tys.size());
        for (Ty t : tys) out.add(layout(t));
        return out;
    }

    static List<String> indexNames(int n) {
        List<String> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) out.add(Integer.toString(i));
        return out;
    }

    /** A pointer to {@code pointee}: thin, or data pointer plus length or vtable when unsized. */
    Layout pointer(Ty pointee, boolean nonNull) {
        LayoutScalar data = nonNull ? LayoutScalar.nonNullPointer() : LayoutScalar.rawPointer();
        Ty tail = unsizedTail(pointee, 0);
        if (tail == null) return Layout.scalar(data, 8);
        boolean dyn = tail instanceof Ty.Dynamic;
        LayoutScalar meta = dyn ? LayoutScalar.nonNullPointer() : LayoutScalar.full(8, false);
        // Like rustc's scalar pair: the larger niche, the data pointer's on ties.
        LayoutNiche niche = Long.compareUnsigned(meta.available(), data.available()) > 0
                ? LayoutNiche.of(8, meta) : LayoutNiche.of(0, data);
        return new Layout(16, 8, new Layout.Fields.Arbitrary(List.of(0L, 8L), List.of(0, 1),
                List.of("ptr", dyn ? "vtable" : "len")), new Layout.Variants.Single(0), niche, false, true);
    }

    /** The unsized type ending {@code ty} (`str`, `[T]`, `dyn Trait`), or null when {@code ty} is sized. */
    Ty unsizedTail(Ty ty, int depth) {
        return switch (ty) {
            case Ty.Str s -> s;
            case Ty.Slice s -> s;
            case Ty.Dynamic d -> d;
            case Ty.Adt a -> {
                AdtDef def = defs.adt(a.def());
                if (depth > 64 || def == null || def.lang() != null || def.isEnum() || def.variants().isEmpty()) yield null;
                List<AdtDef.FieldDef> fields = def.struct().fields();
                yield fields.isEmpty() ? null : unsizedTail(TySubst.subst(fields.getLast().ty(), a.args()), depth + 1);
            }
            default -> null;
        };
    }

    private Layout closure(Ty.Closure c) {
        ClosureDef def = defs.closure(c.def());
        if (def == null) throw new LayoutFailure("unknown closure " + c.def());
        List<Layout> fields = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (ClosureDef.Capture cap : def.captures()) {
            fields.add(layout(TySubst.subst(cap.ty(), c.parentArgs())));
            names.add(cap.name());
        }
        return LayoutCalculator.struct(fields, names, Kind.ALWAYS_SIZED);
    }

    private Layout adt(Ty.Adt a) {
        AdtDef def = defs.adt(a.def());
        if (def == null) throw new LayoutFailure("unknown type " + a.def());
        boolean declaredInSource = !def.variants().isEmpty()
                && (def.lang() == null || def.lang() == LangItem.OPTION || def.lang() == LangItem.RESULT);
        if (!declaredInSource && def.lang() != null) return lang.of(def, a.args());
        List<VariantInput> variants = new ArrayList<>();
        for (AdtDef.VariantDef v : def.variants()) {
            List<Layout> fields = new ArrayList<>();
            List<String> names = new ArrayList<>();
            for (AdtDef.FieldDef f : v.fields()) {
                fields.add(layout(TySubst.subst(f.ty(), a.args())));
                names.add(f.name());
            }
            variants.add(new VariantInput(v.name(), names, fields, v.discriminant()));
        }
        if (!def.isEnum() && variants.isEmpty()) variants.add(new VariantInput(def.name(), List.of(), List.of(), 0));
        Kind kind = !def.isEnum() && unsizedTail(a, 0) != null ? Kind.MAYBE_UNSIZED : Kind.ALWAYS_SIZED;
        if (!def.isEnum() && def.reprC()) {
            // #[repr(C)]: fields in declaration order, each at the next offset its alignment allows.
            VariantInput v = variants.get(0);
            return LayoutCalculator.univariant(v.fields(), v.fieldNames(), v.fields().isEmpty() ? Kind.ALWAYS_SIZED : kind, 0, 1, false)
                    .withVariants(new Layout.Variants.Single(0));
        }
        IntTy repr = def.isEnum() ? def.reprInt() : null;
        return LayoutEnumCalculator.structOrEnum(variants, def.isEnum(), kind, false,
                repr == null ? 0 : repr.bytes(), repr != null && repr.signed());
    }

    String display(Ty ty) { return ty.display(defs); }
}
