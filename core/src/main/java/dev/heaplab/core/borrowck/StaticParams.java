package dev.heaplab.core.borrowck;

import dev.heaplab.core.dataflow.PlaceTypes;
import dev.heaplab.core.diag.Diagnostic;
import dev.heaplab.core.mir.Body;
import dev.heaplab.core.mir.Operand;
import dev.heaplab.core.mir.Rvalue;
import dev.heaplab.core.mir.Statement;
import dev.heaplab.core.mir.Terminator;
import dev.heaplab.core.source.Span;
import dev.heaplab.core.syntax.Generics;
import dev.heaplab.core.syntax.TypeExpr;
import dev.heaplab.core.types.ClosureDef;
import dev.heaplab.core.types.FnDef;
import dev.heaplab.core.types.ProgramDefs;
import dev.heaplab.core.types.Ty;
import java.util.List;
import java.util.Set;

/**
 * E0310: a value owning one of the function's type parameters (the value itself, or a closure
 * capturing it by value) must outlive `'static` where it goes, and only a written `T: 'static`
 * promises that. Places checked:
 * <ul>
 * <li>an argument of a generic parameter bounded by `'static` (`thread::spawn`'s `F`);</li>
 * <li>an unsizing coercion to a `dyn Trait` not behind a reference (`Box<dyn Debug>` is
 *     `Box<dyn Debug + 'static>`).</li>
 * </ul>
 * A parameter of the enclosing impl is read in the impl's own generics ({@link
 * dev.heaplab.core.types.ImplDef#decl}). Where the answer depends on bounds this pass does not read (a
 * trait's parameter, a closure's body, lifetime parameters that a `dyn Trait + 'a` may name), the construct is
 * refused as unsupported rather than accepted.
 */
final class StaticParams {
    private final Body body;
    private final ProgramDefs defs;
    private final PlaceTypes types;
    private final List<Diagnostic> out;

    StaticParams(Body body, ProgramDefs defs, List<Diagnostic> out) {
        this.body = body;
        this.defs = defs;
        this.types = new PlaceTypes(body, defs);
        this.out = out;
    }

    void run() {
        for (Body.BasicBlock bb : body.blocks()) {
            for (Statement st : bb.statements()) {
                if (st instanceof Statement.Assign a && a.rvalue() instanceof Rvalue.Cast c && c.kind() == Rvalue.CastKind.UNSIZE
                        && c.target() != null && dynOutsideRef(c.target())) {
                    check(a.span(), typeOf(c.operand()), true);
                }
            }
            if (bb.terminator() instanceof Terminator.Call call) call(call);
        }
    }

    private void call(Terminator.Call c) {
        if (!(c.func() instanceof Operand.Constant k) || !(k.ty() instanceof Ty.FnDef fd)) return;
        FnDef fn = defs.fn(fd.def());
        if (fn == null || fn.decl() == null) return;
        Set<Integer> statics = StaticArguments.staticParams(fn);
        for (int i = 0; i < c.args().size() && i < fn.sig().inputs().size(); i++) {
            if (fn.sig().inputs().get(i) instanceof Ty.Param p && statics.contains(p.index())) {
                check(c.span(), typeOf(c.args().get(i)), false);
            }
        }
    }

    private Ty typeOf(Operand o) {
        return switch (o) {
            case Operand.Copy c -> types.typeOf(c.place());
            case Operand.Move m -> types.typeOf(m.place());
            case Operand.Constant k -> k.ty();
        };
    }

    private void check(Span span, Ty owned, boolean coercion) {
        Ty.Param param = firstParam(owned, 0);
        if (param == null) return;
        FnDef caller = defs.fn(body.def());
        Generics own = caller == null || caller.decl() == null ? null : caller.decl().generics();
        if (caller != null && param.index() < caller.generics().parentCount()) {
            // A parameter of the enclosing impl: its bounds as the impl writes them (a trait's are not read).
            own = caller.parentImpl() == null || defs.impl(caller.parentImpl()) == null ? null : defs.impl(caller.parentImpl()).decl();
        }
        Generics.GenericParam.TypeParam declared = own == null ? null : ownTypeParam(own, param.name());
        // `check: impl Fn(&str) -> bool + 'static`: the argument's own written bounds promise it.
        List<Generics.Bound> apit = declared == null && caller != null ? StaticArguments.implTraitBounds(caller, param.index()) : null;
        if (apit != null && StaticArguments.hasStatic(apit)) return;
        if (declared == null) {
            out.add(Diagnostic.unsupported(span, "a type parameter of an impl or trait given to a function that requires `'static`"));
            return;
        }
        if (StaticArguments.hasStatic(declared.bounds()) || staticInWhere(own, param.name())) return;
        if (coercion && (hasLifetimeParams(own) || caller.decl() != null && hasLifetimeParams(caller.decl().generics())
                || hasLifetimeBound(declared.bounds()))) {
            // `Box<dyn Trait + 'a>` with `T: 'a` is fine, and the written `'a` of the `dyn` is not kept in its type.
            out.add(Diagnostic.unsupported(span, "a value of a generic type coerced to `dyn Trait` in a function with lifetime parameters"));
            return;
        }
        String name = param.name();
        int at = lastBoundEnd(declared);
        out.add(Diagnostic.error("E0310", "the parameter type `" + name + "` may not live long enough")
                .primary(span, "the parameter type `" + name + "` must be valid for the static lifetime...")
                .primary(span, "...so that the type `" + name + "` will meet its required lifetime bounds")
                .suggestion("consider adding an explicit lifetime bound", new Span(at, at),
                        declared.bounds().isEmpty() ? ": 'static" : " + 'static")
                .build());
    }

    /** The first type parameter a value of this type owns (through closures' by-value captures, not behind references). */
    private Ty.Param firstParam(Ty ty, int depth) {
        if (ty == null || depth > 8) return null;
        return switch (ty) {
            case Ty.Param p -> p;
            case Ty.Tuple t -> firstIn(t.elems(), depth);
            case Ty.Array a -> firstParam(a.elem(), depth + 1);
            case Ty.Adt a -> firstIn(a.args(), depth);
            case Ty.Closure cl -> {
                ClosureDef def = defs.closure(cl.def());
                Ty.Param found = null;
                if (def != null) {
                    for (ClosureDef.Capture cap : def.captures()) {
                        if (cap.mode() == ClosureDef.CaptureMode.BY_VALUE) found = firstParam(cap.ty(), depth + 1);
                        if (found != null) break;
                    }
                }
                yield found;
            }
            default -> null;
        };
    }

    private Ty.Param firstIn(List<Ty> tys, int depth) {
        for (Ty t : tys) {
            Ty.Param p = firstParam(t, depth + 1);
            if (p != null) return p;
        }
        return null;
    }

    /** A `dyn Trait` not behind a reference: `'static` unless written otherwise. */
    private static boolean dynOutsideRef(Ty t) {
        return switch (t) {
            case Ty.Dynamic d -> true;
            case Ty.Adt a -> a.args().stream().anyMatch(StaticParams::dynOutsideRef);
            case Ty.Tuple tu -> tu.elems().stream().anyMatch(StaticParams::dynOutsideRef);
            case Ty.Array ar -> dynOutsideRef(ar.elem());
            case Ty.Slice sl -> dynOutsideRef(sl.elem());
            default -> false;
        };
    }

    private static Generics.GenericParam.TypeParam ownTypeParam(Generics g, String name) {
        for (Generics.GenericParam gp : g.params())
            if (gp instanceof Generics.GenericParam.TypeParam tp && tp.name().name().equals(name)) return tp;
        return null;
    }

    /** `where T: 'static`. */
    static boolean staticInWhere(Generics g, String name) {
        for (Generics.WherePredicate w : g.where()) {
            if (w.boundedType() instanceof TypeExpr.PathType pt && pt.path().isSingle()
                    && pt.path().last().name().name().equals(name) && StaticArguments.hasStatic(w.bounds())) return true;
        }
        return false;
    }

    private static boolean hasLifetimeParams(Generics g) {
        for (Generics.GenericParam gp : g.params()) if (gp instanceof Generics.GenericParam.LifetimeParam) return true;
        return false;
    }

    private static boolean hasLifetimeBound(List<Generics.Bound> bounds) {
        for (Generics.Bound b : bounds) if (b instanceof Generics.Bound.LifetimeBound) return true;
        return false;
    }

    private static int lastBoundEnd(Generics.GenericParam.TypeParam tp) {
        return Generics.Bound.end(tp.name().span().hi(), tp.bounds());
    }
}
