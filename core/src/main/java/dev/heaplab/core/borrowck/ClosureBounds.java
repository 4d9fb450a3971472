package dev.heaplab.core.borrowck;

import dev.heaplab.core.dataflow.PlaceTypes;
import dev.heaplab.core.diag.Diagnostic;
import dev.heaplab.core.mir.Body;
import dev.heaplab.core.mir.Operand;
import dev.heaplab.core.mir.Terminator;
import dev.heaplab.core.source.SourceFile;
import dev.heaplab.core.source.Span;
import dev.heaplab.core.types.ClosureDef;
import dev.heaplab.core.types.FnDef;
import dev.heaplab.core.types.GenericsDef;
import dev.heaplab.core.types.ProgramDefs;
import dev.heaplab.core.types.TraitDef;
import dev.heaplab.core.types.Ty;
import java.util.List;

/**
 * A closure passed where `F: Fn` or `F: FnMut` is required must not do more than that trait
 * allows. Rules (closure kinds ordered Fn < FnMut < FnOnce):
 * <ul>
 * <li>written as the argument itself, the closure is checked as the bound's kind: moving a capture
 *     out is E0507 in an `FnMut`/`Fn` closure; assigning one is E0594 and borrowing one mutably
 *     E0596 in a `Fn` closure, at the capture's first use in the body;</li>
 * <li>a closure bound earlier keeps the kind its body gives it: E0525 at the closure.</li>
 * </ul>
 */
final class ClosureBounds {
    private final Body body;
    private final ProgramDefs defs;
    private final PlaceTypes types;
    private final SourceFile source;
    private final List<Diagnostic> out;

    ClosureBounds(Body body, ProgramDefs defs, PlaceTypes types, SourceFile source, List<Diagnostic> out) {
        this.body = body;
        this.defs = defs;
        this.types = types;
        this.source = source;
        this.out = out;
    }

    void call(Terminator.Call c) {
        if (!(c.func() instanceof Operand.Constant k) || !(k.ty() instanceof Ty.FnDef fd)) return;
        FnDef fn = defs.fn(fd.def());
        if (fn == null) return;
        for (int i = 0; i < c.args().size() && i < fn.sig().inputs().size(); i++) {
            if (!(fn.sig().inputs().get(i) instanceof Ty.Param p)) continue;
            Ty argTy = switch (c.args().get(i)) {
                case Operand.Copy cp -> types.typeOf(cp.place());
                case Operand.Move mv -> types.typeOf(mv.place());
                case Operand.Constant ignored -> null;
            };
            if (!(argTy instanceof Ty.Closure cl)) continue;
            ClosureDef closure = defs.closure(cl.def());
            ClosureDef.Kind bound = bound(fn.generics(), p.index());
            if (closure == null || bound == null || closure.kind().ordinal() <= bound.ordinal()) continue;
            report(closure, bound, c.span());
        }
    }

    /** The strictest closure trait bounding type parameter {@code index}, or null. */
    private ClosureDef.Kind bound(GenericsDef g, int index) {
        ClosureDef.Kind best = null;
        for (GenericsDef.Predicate pr : g.predicates()) {
            if (!(pr.self() instanceof Ty.Param sp) || sp.index() != index) continue;
            TraitDef t = defs.trait(pr.trait());
            if (t == null || t.lang() == null) continue;
            ClosureDef.Kind k = switch (t.lang()) {
                case "Fn" -> ClosureDef.Kind.FN;
                case "FnMut" -> ClosureDef.Kind.FN_MUT;
                default -> null;
            };
            if (k != null && (best == null || k.ordinal() < best.ordinal())) best = k;
        }
        return best;
    }

    private void report(ClosureDef closure, ClosureDef.Kind bound, Span call) {
        String traitName = bound == ClosureDef.Kind.FN ? "Fn" : "FnMut";
        if (!(call.lo() <= closure.span().lo() && closure.span().hi() <= call.hi())) {
            String kind = closure.kind() == ClosureDef.Kind.FN_ONCE ? "FnOnce" : "FnMut";
            out.add(Diagnostic.error("E0525", "expected a closure that implements the `" + traitName
                    + "` trait, but this closure only implements `" + kind + "`")
                    .primary(closure.span(), "this closure implements `" + kind + "`, not `" + traitName + "`").build());
            return;
        }
        ClosureDef.CaptureMode wanted = closure.kind() == ClosureDef.Kind.FN_ONCE
                ? ClosureDef.CaptureMode.BY_VALUE : ClosureDef.CaptureMode.BY_MUT_REF;
        for (ClosureDef.Capture cap : closure.captures()) {
            if (cap.mode() != wanted) continue;
            Span use = useIn(closure, cap.name());
            Span at = use != null ? use : closure.span();
            String article = bound == ClosureDef.Kind.FN ? "a" : "an";
            Diagnostic.Builder d;
            if (closure.kind() == ClosureDef.Kind.FN_ONCE) {
                d = Diagnostic.error("E0507", "cannot move out of `" + cap.name() + "`, a captured variable in " + article
                        + " `" + traitName + "` closure").primary(at, "move occurs because `" + cap.name() + "` has a type that does not implement the `Copy` trait");
            } else if (use != null && assigned(use)) {
                d = Diagnostic.error("E0594", "cannot assign to `" + cap.name() + "`, as it is a captured variable in a `Fn` closure")
                        .primary(at, "cannot assign");
            } else {
                d = Diagnostic.error("E0596", "cannot borrow `" + cap.name() + "` as mutable, as it is a captured variable in a `Fn` closure")
                        .primary(at, "cannot borrow as mutable");
            }
            out.add(d.build());
            return;
        }
        out.add(Diagnostic.error("E0525", "expected a closure that implements the `" + traitName
                + "` trait, but this closure only implements `" + (closure.kind() == ClosureDef.Kind.FN_ONCE ? "FnOnce" : "FnMut") + "`")
                .primary(closure.span(), "this closure does not implement `" + traitName + "`").build());
    }

    /** Is the mention followed by an assignment operator (`=`, `+=`, … but not `==`)? */
    private boolean assigned(Span use) { return assigned(source, use); }

    static boolean assigned(SourceFile source, Span use) {
        String text = source.text();
        int at = use.hi() - source.startPos();
        while (at < text.length() && text.charAt(at) == ' ') at++;
        if (at + 1 < text.length() && "+-*/%".indexOf(text.charAt(at)) >= 0 && text.charAt(at + 1) == '=') return true;
        return at + 1 < text.length() && text.charAt(at) == '=' && text.charAt(at + 1) != '=';
    }

    /** The first whole-word mention of {@code name} in the closure's body. */
    private Span useIn(ClosureDef c, String name) { return useIn(source, c, name); }

    static Span useIn(SourceFile source, ClosureDef c, String name) {
        if (source == null || !source.contains(c.expr().body().span().lo())) return null;
        Span b = c.expr().body().span();
        String text = source.slice(b);
        for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
            boolean before = at == 0 || !Character.isJavaIdentifierPart(text.charAt(at - 1));
            int end = at + name.length();
            boolean after = end >= text.length() || !Character.isJavaIdentifierPart(text.charAt(end));
            if (before && after) return new Span(b.lo() + at, b.lo() + end);
        }
        return null;
    }
}
