package dev.heaplab.core.borrowck;

import dev.heaplab.core.diag.Diagnostic;
import dev.heaplab.core.mir.BlockId;
import dev.heaplab.core.mir.Body;
import dev.heaplab.core.mir.Local;
import dev.heaplab.core.mir.LocalDecl;
import dev.heaplab.core.mir.Place;
import dev.heaplab.core.mir.Rvalue;
import dev.heaplab.core.mir.Statement;
import dev.heaplab.core.source.Span;
import dev.heaplab.core.types.ClosureDef;
import dev.heaplab.core.types.ProgramDefs;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Which closure capture a borrow or a move of a body makes (rustc's `UseSpans::ClosureUse`): a
 * closure value's operands are its captures, each a temporary borrowed for it (`_t = &x; _c =
 * {closure}(move _t)`) or a place moved into it. Asked only while reporting an error; the operands
 * are indexed on the first question.
 */
final class CaptureSites {
    /** A closure's capture: the closure and the index of its captured place. */
    record CaptureUse(ClosureDef def, int index) {
        Span head() { return def.expr().head(); }

        ClosureDef.Capture capture() { return def.captures().get(index); }

        /** rustc's labels on the capture's uses in the body: the mode's cause when it is another use, then {@code what}. */
        void label(Diagnostic.Builder d, String what, String mode) {
            var c = capture();
            if (c.pathSpan() == null) return;
            if (c.kindSpan() != null && !c.kindSpan().equals(c.pathSpan())) {
                d.secondary(c.kindSpan(), "capture is " + mode + " because of use here");
            }
            d.secondary(c.pathSpan(), what);
        }
    }

    private final Body body;
    private final ProgramDefs defs;
    /** A local given to a closure value as one of its operands → that capture (the first such, in block order). */
    private Map<Local, CaptureUse> byOperand;

    CaptureSites(Body body, ProgramDefs defs) {
        this.body = body;
        this.defs = defs;
    }

    /** The capture that closure value operand {@code local} becomes, whatever the local is. */
    CaptureUse ofOperand(Local local) {
        if (byOperand == null) {
            byOperand = new HashMap<>();
            for (Body.BasicBlock bb : body.blocks()) {
                for (Statement st : bb.statements()) {
                    if (!(st instanceof Statement.Assign a && a.rvalue() instanceof Rvalue.ClosureValue cv)) continue;
                    for (int k = 0; k < cv.captures().size(); k++) {
                        Place p = cv.captures().get(k).readPlace();
                        if (p != null && p.isLocal()) byOperand.putIfAbsent(p.local(), capture(cv, k));
                    }
                }
            }
        }
        return byOperand.get(local);
    }

    /** The capture made from {@code holder}, a temporary borrowed for a closure, if it is one. */
    CaptureUse ofTemp(Local holder) {
        return body.local(holder).kind() == LocalDecl.Kind.TEMP ? ofOperand(holder) : null;
    }

    /**
     * The capture the statement at (b, i) makes, if it builds part of a closure: a borrow into a
     * temporary the closure captures, or a closure value taking a place that {@code captured} accepts.
     */
    CaptureUse at(BlockId b, int i, Predicate<Place> captured) {
        List<Statement> stmts = body.block(b).statements();
        if (i >= stmts.size() || !(stmts.get(i) instanceof Statement.Assign a)) return null;
        if (a.rvalue() instanceof Rvalue.Ref && a.place().isLocal()) return ofTemp(a.place().local());
        if (a.rvalue() instanceof Rvalue.ClosureValue cv) {
            for (int k = 0; k < cv.captures().size(); k++) {
                Place p = cv.captures().get(k).readPlace();
                if (p != null && captured.test(p)) return capture(cv, k);
            }
        }
        return null;
    }

    private CaptureUse capture(Rvalue.ClosureValue cv, int k) { return capture(defs.closure(cv.closure()), k); }

    /** Capture {@code k} of {@code def}, if both exist. */
    static CaptureUse capture(ClosureDef def, int k) {
        return def == null || k < 0 || k >= def.captures().size() ? null : new CaptureUse(def, k);
    }
}
