package dev.heaplab.core.borrowck;

import dev.heaplab.core.mir.Operand;
import dev.heaplab.core.mir.Terminator;
import dev.heaplab.core.types.FnDef;
import dev.heaplab.core.types.ImplDef;
import dev.heaplab.core.types.ProgramDefs;
import dev.heaplab.core.types.Ty;
import java.util.ArrayList;
import java.util.List;

/**
 * The impl method a `From::from` call runs, whose signature says what the result can borrow: the
 * trait's `fn from(T) -> Self` lends the whole argument to the result, while `impl<'a> From<&str>
 * for Box<dyn Error + 'a>` copies the text (`?` on an `Err(&str)` in a `Box<dyn Error>` function).
 * Types are matched structurally, regions ignored; an impl binding none of its parameters is preferred,
 * and when the choice is not unique the trait's method is kept.
 */
final class ConversionImpls {
    private ConversionImpls() {}

    /**
     * Traits whose calls are read through the impl they run. `Index`/`IndexMut` too: the trait's
     * `fn index(&self, index: Idx)` takes a type parameter, which would lend the key's borrow
     * (`table[&c]`) to the result, while the impl's `fn index(&self, key: &Q) -> &V` does not.
     */
    private static final java.util.Set<String> CHOSEN_BY_IMPL = java.util.Set.of("From", "Index", "IndexMut");

    static FnDef method(Terminator.Call c, ProgramDefs defs) {
        FnDef def = TypeQueries.callee(c, defs);
        var from = def == null || def.parentTrait() == null ? null : defs.trait(def.parentTrait());
        if (from == null || from.lang() == null || !CHOSEN_BY_IMPL.contains(from.lang())) return def;
        if (!(c.func() instanceof Operand.Constant k && k.ty() instanceof Ty.FnDef fd) || fd.args().size() < 2) return def;
        Ty self = fd.args().get(0), arg = fd.args().get(1);
        if (dev.heaplab.core.types.TySubst.needsSubst(self) || dev.heaplab.core.types.TySubst.needsSubst(arg)) return def;
        List<ImplDef> exact = new ArrayList<>(), any = new ArrayList<>();
        for (ImplDef impl : defs.implsOf(from.id())) {
            if (impl.traitArgs().size() != 1) continue;
            boolean[] binds = {false};
            if (!match(impl.selfTy(), self, binds) || !match(impl.traitArgs().get(0), arg, binds)) continue;
            any.add(impl);
            if (!binds[0]) exact.add(impl);
        }
        ImplDef chosen = exact.size() == 1 ? exact.get(0) : exact.isEmpty() && any.size() == 1 ? any.get(0) : null;
        if (chosen == null || chosen.methods().get(def.name()) == null) return def;
        FnDef m = defs.fn(chosen.methods().get(def.name()));
        return m == null || m.decl() == null ? def : m;
    }

    private static boolean match(Ty pattern, Ty actual, boolean[] binds) {
        if (pattern instanceof Ty.Param) {
            binds[0] = true;
            return true;
        }
        return switch (pattern) {
            case Ty.Ref p -> actual instanceof Ty.Ref a && p.mutable() == a.mutable() && match(p.inner(), a.inner(), binds);
            case Ty.Adt p -> actual instanceof Ty.Adt a && p.def().equals(a.def()) && all(p.args(), a.args(), binds);
            case Ty.Tuple p -> actual instanceof Ty.Tuple a && all(p.elems(), a.elems(), binds);
            case Ty.Slice p -> actual instanceof Ty.Slice a && match(p.elem(), a.elem(), binds);
            case Ty.Dynamic p -> actual instanceof Ty.Dynamic a && p.trait().equals(a.trait()) && p.autos() == a.autos() && all(p.traitArgs(), a.traitArgs(), binds);
            default -> pattern.equals(actual);
        };
    }

    private static boolean all(List<Ty> ps, List<Ty> as, boolean[] binds) {
        if (ps.size() != as.size()) return false;
        for (int i = 0; i < ps.size(); i++) if (!match(ps.get(i), as.get(i), binds)) return false;
        return true;
    }
}
