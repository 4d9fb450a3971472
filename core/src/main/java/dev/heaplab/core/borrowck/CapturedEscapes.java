package dev.heaplab.core.borrowck;

import dev.heaplab.core.diag.Diagnostic;
import dev.heaplab.core.mir.Body;
import dev.heaplab.core.mir.Local;
import dev.heaplab.core.mir.Place;
import dev.heaplab.core.mir.Statement;
import dev.heaplab.core.mir.Terminator;
import dev.heaplab.core.source.Span;
import dev.heaplab.core.types.ClosureDef;
import dev.heaplab.core.types.ProgramDefs;
import dev.heaplab.core.types.Ty;
import java.util.BitSet;
import java.util.List;

/**
 * A closure called through `&self` or `&mut self` (Fn, FnMut) lends its captured data only for one call:
 * its result must not hold the region of its environment (the outer universal loan of `_1`, which a
 * borrow of a by-value capture, or a reborrow through a capture by `&mut`, carries; a copy of a shared
 * capture, or a reborrow through it, does not). rustc takes the closure's kind from the bound of the
 * parameter it is passed to, else from its body. Rules, for the first such result:
 * <ul>
 * <li>FnMut: "captured variable cannot escape `FnMut` closure body";</li>
 * <li>Fn: "lifetime may not live long enough" (`'1` the closure's body, `'2` its return type);</li>
 * <li>an Fn body passed where `FnOnce` is expected: the environment is the closure's own local, E0515.</li>
 * </ul>
 */
final class CapturedEscapes {
    private final Body body;
    private final ProgramDefs defs;
    private final LoanFlow flow;
    private final List<Diagnostic> out;
    private final ClosureDef closure;
    private final ClosureRequirements requirements;
    /** The environment's own universal loan; -1 when the check does not apply. */
    private int env = -1;
    private boolean reported;

    CapturedEscapes(Body body, ProgramDefs defs, LoanFlow flow, List<Diagnostic> out, ClosureSummaries closures) {
        this.body = body;
        this.defs = defs;
        this.flow = flow;
        this.out = out;
        this.closure = closures == null ? null : defs.closure(body.def());
        this.requirements = closures == null ? null : closures.requirements();
        if (closure == null || closure.expr() == null || body.argCount() < 1 || !(body.local(new Local(1)).ty() instanceof Ty.Ref)
                || !ClosureParamEscapes.holdsBorrows(body.local(Local.RETURN).ty(), defs)) return;
        for (Loan l : flow.loans()) if (l.universal() && l.holder().index() == 1 && l.place().isLocal()) env = l.id();
    }

    /** After {@code a} wrote the return place, {@code held} the loans after it. */
    void returned(Statement.Assign a, BitSet[] held) {
        if (env >= 0 && !reported && a.place().local().equals(Local.RETURN)) check(held[Local.RETURN.index()], a.span());
    }

    /** A call whose destination is the return place, {@code held} the loans before it. */
    void call(Terminator.Call c, BitSet[] held) {
        if (env < 0 || reported || !c.destination().local().equals(Local.RETURN)) return;
        BitSet[] after = LoanFlow.copy(held);
        flow.applyTerminator(after, c);
        check(after[Local.RETURN.index()], c.exprSpan());
    }

    private void check(BitSet loans, Span at) {
        if (!loans.get(env)) return;
        String kind = closure.kind() == ClosureDef.Kind.FN_MUT ? "FnMut" : "Fn";
        String expected = requirements.expectedFnTrait(closure.id());
        if (expected != null && closure.kind() != ClosureDef.Kind.FN_MUT) kind = expected;
        ClosureDef.Capture cap = capture(loans);
        Span head = closure.expr().head();
        Span bar = new Span(head.hi() - 1, head.hi());
        reported = true;
        switch (kind) {
            case "FnMut" -> {
                Diagnostic.Builder d = Diagnostic.error(null, "captured variable cannot escape `FnMut` closure body")
                        .primary(at, "returns a reference to a captured variable which escapes the closure body");
                Span decl = cap == null ? null : ClosureParamEscapes.declaredBefore(cap.name(), closure, requirements);
                if (decl != null) d.secondary(decl, "variable defined here");
                if (closure.expr().ret() == null) d.secondary(bar, "inferred to be a `FnMut` closure");
                if (cap != null && cap.pathSpan() != null) d.secondary(cap.pathSpan(), "variable captured here");
                out.add(d.note("`FnMut` closures only have access to their captured variables while they are executing...")
                        .note("...therefore, they cannot allow references to captured variables to escape").build());
            }
            case "FnOnce" -> {
                String name = cap == null ? null : cap.name();
                Diagnostic.Builder d = Diagnostic.error("E0515", "cannot return value referencing local data" + (name == null ? "" : " `" + name + "`"))
                        .primary(at, "returns a value referencing data owned by the current function");
                if (cap != null && cap.pathSpan() != null) d.secondary(cap.pathSpan(), "`" + name + "` is borrowed here");
                out.add(d.build());
            }
            default -> {
                Diagnostic.Builder d = Diagnostic.error(null, "lifetime may not live long enough")
                        .primary(at, "returning this value requires that `'1` must outlive `'2`")
                        .secondary(head, "lifetime `'1` represents this closure's body");
                String shown = body.local(Local.RETURN).ty().display(defs);
                if (closure.expr().ret() == null && shown.indexOf('&') >= 0 && shown.indexOf('&') == shown.lastIndexOf('&')) {
                    d.secondary(bar, "return type of closure is " + shown.replaceFirst("&('[A-Za-z_0-9]+ )?", "&'2 "));
                }
                out.add(d.note("closure implements `Fn`, so references to captured variables can't escape the closure").build());
            }
        }
    }

    /** The capture a borrow held by the result was made of (`&(*_1).0`, `&mut *(*_1).0`), or null. */
    private ClosureDef.Capture capture(BitSet loans) {
        for (int id = loans.nextSetBit(0); id >= 0; id = loans.nextSetBit(id + 1)) {
            Loan l = flow.loans().get(id);
            if (l.universal() || l.place().local().index() != 1) continue;
            List<Place.Projection> ps = l.place().projections();
            if (ps.size() >= 2 && ps.get(0) instanceof Place.Projection.Deref && ps.get(1) instanceof Place.Projection.Field f
                    && f.index() < closure.captures().size()) return closure.captures().get(f.index());
        }
        return closure.captures().size() == 1 ? closure.captures().get(0) : null;
    }
}
