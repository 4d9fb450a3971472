package dev.heaplab.core.interp;

import dev.heaplab.core.types.AdtDef;
import dev.heaplab.core.types.LangItem;
import dev.heaplab.core.types.Ty;
import dev.heaplab.core.types.TySubst;
import java.util.List;

/** Concrete types at run time: substitution of a frame's type arguments and lang-item queries. */
final class Types {
    private final Interp m;

    Types(Interp m) { this.m = m; }

    /** The concrete type of a local in a frame (cached per frame). */
    Ty local(Frame f, int local) { return localOf(f, local); }

    static Ty localOf(Frame f, int local) {
        Ty t = f.localTys[local];
        if (t == null) {
            t = f.inst.subst(f.body.locals().get(local).ty());
            f.localTys[local] = t;
        }
        return t;
    }

    /** A type of the frame's body in its instance. */
    Ty subst(Ty ty, Frame f) { return f.inst.subst(ty); }

    /** Whether a type of the MIR mentions no parameter, inference variable or projection (by identity). */
    private final java.util.IdentityHashMap<Ty, Boolean> ground = new java.util.IdentityHashMap<>();

    Ty subst(Ty ty, List<Ty> args) {
        Boolean g = ground.get(ty);
        if (g == null) {
            g = !TySubst.needsSubst(ty);
            ground.put(ty, g);
        }
        if (g) return ty; // the hot path: constants and fields of concrete types, substituted per step
        Ty t = TySubst.subst(ty, args);
        if (TySubst.needsSubst(t)) t = m.calls.resolver().normalize(t);
        return t;
    }

    /** The concrete type of field {@code name} of struct type {@code a}, or null. */
    Ty fieldTy(Ty.Adt a, String name) {
        AdtDef d = m.defs.adt(a.def());
        if (d == null || d.isEnum()) return null;
        int i = d.struct().fieldIndex(name);
        return i < 0 ? null : subst(d.struct().fields().get(i).ty(), a.args());
    }

    LangItem lang(Ty ty) {
        if (ty instanceof Ty.Adt a) {
            AdtDef d = m.defs.adt(a.def());
            return d == null ? null : d.lang();
        }
        return null;
    }

    boolean is(Ty ty, LangItem item) { return lang(ty) == item; }

    static Ty arg(Ty ty, int i) {
        if (ty instanceof Ty.Adt a && i < a.args().size()) return a.args().get(i);
        return Ty.UNIT;
    }

    /** The pointee of a reference, raw pointer or Box, else null. */
    Ty pointee(Ty ty) {
        return switch (ty) {
            case Ty.Ref r -> r.inner();
            case Ty.RawPtr p -> p.inner();
            case Ty.Adt a when is(a, LangItem.BOX) -> arg(a, 0);
            default -> null;
        };
    }

    /** Option's variant indices (None, Some), from the prelude definition. */
    int optionVariant(boolean some) {
        if (optionVariants == null) optionVariants = variants(LangItem.OPTION, "None", "Some", new int[] {0, 1});
        return optionVariants[some ? 1 : 0];
    }

    int resultVariant(boolean ok) {
        if (resultVariants == null) resultVariants = variants(LangItem.RESULT, "Err", "Ok", new int[] {1, 0});
        return resultVariants[ok ? 1 : 0];
    }

    /** Option's and Result's variant indices, looked up once per run (builtins ask at every `Some`). */
    private int[] optionVariants, resultVariants;

    private int[] variants(LangItem item, String no, String yes, int[] fallback) {
        AdtDef d = m.defs.langAdt(item);
        return d == null ? fallback : new int[] {d.variantIndex(no), d.variantIndex(yes)};
    }

    Value some(Value v) { return new Value.Agg(optionVariant(true), new Value[] {v}); }

    Value none() { return new Value.Agg(optionVariant(false), new Value[0]); }

    Value ok(Value v) { return new Value.Agg(resultVariant(true), new Value[] {v}); }

    Value err(Value v) { return new Value.Agg(resultVariant(false), new Value[] {v}); }

    String display(Ty ty) { return ty.display(m.defs); }
}
