package dev.heaplab.core.borrowck;

import dev.heaplab.core.mir.Terminator;
import dev.heaplab.core.types.ClosureDef;
import dev.heaplab.core.types.FnDef;
import dev.heaplab.core.types.ProgramDefs;
import dev.heaplab.core.types.Region;
import dev.heaplab.core.types.TraitDef;
import dev.heaplab.core.types.Ty;
import dev.heaplab.core.types.TySubst;
import java.util.List;
import java.util.function.Function;

/**
 * Closures whose parameters are written with `'static` (`|w: &'static str|`, or called through a
 * `dyn Fn(&'static str)`), and functions written so passed as values (`map(keep)`): what they are
 * given must be `'static`. Rules, conservative:
 * <ul>
 * <li>a call through an Fn trait (`f(x)` is `Fn::call(&f, (x,))`) on such a closure or trait object:
 *     every borrow in the argument tuple must outlive `'static`;</li>
 * <li>such a closure passed to a function (`words.into_iter().map(f)`): the other arguments, where
 *     the callee finds what it passes to the closure, must hold only `'static` borrows.</li>
 * </ul>
 */
final class StaticClosureParams {
    private StaticClosureParams() {}

    /**
     * The operands of call {@code c} whose borrows must be `'static` for this reason (indices into its
     * arguments), given each operand's type; empty when none.
     */
    static List<Integer> staticOperands(Terminator.Call c, ProgramDefs defs, Function<Integer, Ty> argType) {
        FnDef fn = TypeQueries.callee(c, defs);
        if (fn != null && fnTraitCall(fn, defs) && c.args().size() == 2) {
            return staticParams(argType.apply(0), defs) ? List.of(1) : List.of();
        }
        for (int k = 0; k < c.args().size(); k++) {
            if (!staticParams(argType.apply(k), defs)) continue;
            java.util.List<Integer> others = new java.util.ArrayList<>();
            for (int j = 0; j < c.args().size(); j++) if (j != k) others.add(j);
            return others;
        }
        return List.of();
    }

    private static boolean fnTraitCall(FnDef fn, ProgramDefs defs) {
        if (fn.parentTrait() == null) return false;
        TraitDef t = defs.trait(fn.parentTrait());
        return t != null && (t.name().equals("Fn") || t.name().equals("FnMut") || t.name().equals("FnOnce"));
    }

    /** Is {@code t} (behind references) a closure or an Fn trait object with `'static` written in a parameter? */
    private static boolean staticParams(Ty t, ProgramDefs defs) {
        while (t instanceof Ty.Ref r) t = r.inner();
        if (t instanceof Ty.Adt a && a.args().size() == 1) t = a.args().get(0); // Box<dyn Fn(..)>
        if (t == null) return false;
        List<Ty> params = switch (t) {
            case Ty.Closure cl -> {
                // Only parameters annotated by the user: an inferred type may carry a `'static` of a
                // field's declared type, which says nothing of what the closure is given.
                ClosureDef def = defs.closure(cl.def());
                List<Ty> annotated = new java.util.ArrayList<>();
                if (def != null && def.sig() != null && def.expr() != null) {
                    for (int i = 0; i < def.expr().params().size() && i < def.sig().inputs().size(); i++) {
                        if (def.expr().params().get(i).type() != null) annotated.add(def.sig().inputs().get(i));
                    }
                }
                yield annotated;
            }
            case Ty.Dynamic d -> d.traitArgs().isEmpty() ? List.of() : List.of(d.traitArgs().get(0));
            case Ty.FnPtr f -> f.params();
            // A function item (`map(keep)` with `fn keep(w: &'static str)`): its written signature.
            case Ty.FnDef f -> defs.fn(f.def()) == null || defs.fn(f.def()).decl() == null ? List.of() : defs.fn(f.def()).sig().inputs();
            default -> List.of();
        };
        for (Ty p : params) if (mentionsStatic(p)) return true;
        return false;
    }

    private static boolean mentionsStatic(Ty t) {
        boolean[] found = {false};
        TySubst.map(t, x -> {
            if (x instanceof Ty.Ref r && r.region().kind() == Region.Kind.STATIC
                    || x instanceof Ty.Ref r2 && r2.region().isNamed() && "'static".equals(r2.region().name())) found[0] = true;
            return x;
        });
        return found[0];
    }
}
