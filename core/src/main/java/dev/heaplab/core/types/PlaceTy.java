package dev.heaplab.core.types;

import java.util.List;

/** The type reached by one step of a place path (a field index, or {@link ClosureDef#DEREF}). */
public final class PlaceTy {
    private PlaceTy() {}

    /** Type after the step, or null when the step does not apply to {@code ty}. */
    public static Ty project(Ty ty, int step, ProgramDefs defs) {
        if (step == ClosureDef.DEREF) {
            return switch (ty) {
                case Ty.Ref r -> r.inner();
                case Ty.RawPtr p -> p.inner();
                case Ty.Adt a when defs.adt(a.def()) != null && defs.adt(a.def()).lang() == LangItem.BOX -> a.args().get(0);
                default -> null;
            };
        }
        return switch (ty) {
            case Ty.Tuple t -> step < t.elems().size() ? t.elems().get(step) : null;
            case Ty.Adt a -> {
                AdtDef adt = defs.adt(a.def());
                if (adt == null || adt.isEnum() || adt.variants().isEmpty()) yield null;
                List<AdtDef.FieldDef> fields = adt.struct().fields();
                yield step < fields.size() ? TySubst.subst(fields.get(step).ty(), a.args()) : null;
            }
            case Ty.Closure c -> {
                ClosureDef cd = defs.closure(c.def());
                yield cd != null && step < cd.captures().size() ? TySubst.subst(cd.captures().get(step).ty(), c.parentArgs()) : null;
            }
            default -> null;
        };
    }
}
