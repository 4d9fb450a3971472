package dev.heaplab.core.profile;

import dev.heaplab.core.mir.Body;
import dev.heaplab.core.mir.Local;
import dev.heaplab.core.mir.MirProgram;
import dev.heaplab.core.mir.Operand;
import dev.heaplab.core.mir.Place;
import dev.heaplab.core.mir.Rvalue;
import dev.heaplab.core.mir.Statement;
import dev.heaplab.core.mir.Terminator;
import dev.heaplab.core.source.SourceFile;
import dev.heaplab.core.source.Span;
import dev.heaplab.core.types.FnDef;
import dev.heaplab.core.types.Ty;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Facts read off the MIR for the hints: where a local is mentioned, what a call calls, loops, span counts. */
final class MirScan {
    private final MirProgram mir;
    private final Map<Span, Integer> spanSteps = new HashMap<>();

    MirScan(MirProgram mir) {
        this.mir = mir;
        for (Body b : userBodies(mir)) {
            for (Body.BasicBlock bb : b.blocks()) {
                Map<Span, Integer> groups = new HashMap<>();
                Span prev = null;
                for (Statement s : bb.statements()) {
                    if (!s.span().equals(prev)) groups.merge(s.span(), 1, Integer::sum);
                    prev = s.span();
                }
                if (!bb.terminator().span().equals(prev)) groups.merge(bb.terminator().span(), 1, Integer::sum);
                // a span seen in a second block cannot be counted: -1 marks it
                groups.forEach((span, n) -> spanSteps.merge(span, n, (a, c) -> -1));
            }
        }
    }

    /**
     * How many runs of consecutive steps with this span one execution of the call at {@code call}
     * makes, when every MIR step with that span lies in the call's own block (a block's statements
     * run without interruption, so executions = runs seen / this); 0 when they cannot be counted.
     */
    int runsPerExecution(Terminator.Call call) {
        int n = spanSteps.getOrDefault(call.span(), 0);
        return n < 0 ? 0 : n;
    }

    /** The bodies of the user's file (the std stubs' bodies have spans of their own, never the user's). */
    static List<Body> userBodies(MirProgram mir) {
        SourceFile file = mir.source();
        return mir.bodies().values().stream()
                .filter(b -> file != null && !b.span().isEmpty() && file.contains(b.span().lo())).toList();
    }

    /** A statement (index ≥ 0) or the terminator (index -1) of block {@code block}. */
    record Site(int block, int index) {}

    /** Every statement or terminator of {@code body} that mentions {@code local} in one of its places. */
    static List<Site> mentions(Body body, Local local) {
        List<Site> out = new ArrayList<>();
        for (int b = 0; b < body.blocks().size(); b++) {
            Body.BasicBlock bb = body.blocks().get(b);
            for (int i = 0; i < bb.statements().size(); i++) {
                if (places(bb.statements().get(i)).stream().anyMatch(p -> mentions(p, local))) out.add(new Site(b, i));
            }
            if (places(bb.terminator()).stream().anyMatch(p -> mentions(p, local))) out.add(new Site(b, -1));
        }
        return out;
    }

    private static boolean mentions(Place p, Local l) {
        if (p.local().equals(l)) return true;
        return p.projections().stream().anyMatch(pr -> pr instanceof Place.Projection.Index ix && ix.index().equals(l));
    }

    static List<Place> places(Statement s) {
        return switch (s) {
            case Statement.Assign a -> {
                List<Place> ps = new ArrayList<>(places(a.rvalue()));
                ps.add(a.place());
                yield ps;
            }
            case Statement.StorageLive sl -> List.of(Place.of(sl.local()));
            case Statement.StorageDead sd -> List.of(Place.of(sd.local()));
            case Statement.SetDiscriminant sd -> List.of(sd.place());
            case Statement.PlaceMention f -> List.of(f.place());
            case Statement.SetDropFlag f -> List.of(Place.of(f.flag()));
            case Statement.Nop n -> List.of();
        };
    }

    static List<Place> places(Rvalue r) {
        return switch (r) {
            case Rvalue.Use u -> places(u.operand());
            case Rvalue.Repeat rp -> places(rp.operand());
            case Rvalue.Ref rf -> List.of(rf.place());
            case Rvalue.RawPtr rp -> List.of(rp.place());
            case Rvalue.Len l -> List.of(l.place());
            case Rvalue.Cast c -> places(c.operand());
            case Rvalue.BinaryOp b -> concat(places(b.lhs()), places(b.rhs()));
            case Rvalue.CheckedBinaryOp b -> concat(places(b.lhs()), places(b.rhs()));
            case Rvalue.UnaryOp u -> places(u.operand());
            case Rvalue.Discriminant d -> List.of(d.place());
            case Rvalue.Aggregate a -> a.operands().stream().flatMap(o -> places(o).stream()).toList();
            case Rvalue.ClosureValue c -> c.captures().stream().flatMap(o -> places(o).stream()).toList();
        };
    }

    static List<Place> places(Operand o) {
        return switch (o) {
            case Operand.Copy c -> List.of(c.place());
            case Operand.Move m -> List.of(m.place());
            case Operand.Constant k -> List.of();
        };
    }

    static List<Place> places(Terminator t) {
        return switch (t) {
            case Terminator.Goto g -> List.of();
            case Terminator.SwitchInt s -> places(s.discr());
            case Terminator.Return r -> List.of();
            case Terminator.UnwindResume u -> List.of();
            case Terminator.Unreachable u -> List.of();
            case Terminator.Drop d -> d.flag() == null ? List.of(d.place()) : List.of(d.place(), Place.of(d.flag()));
            case Terminator.Call c -> {
                List<Place> ps = new ArrayList<>(places(c.func()));
                for (Operand a : c.args()) ps.addAll(places(a));
                ps.add(c.destination());
                yield ps;
            }
            case Terminator.Assert a -> places(a.cond());
        };
    }

    private static List<Place> concat(List<Place> a, List<Place> b) {
        List<Place> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    /** The function a call calls directly, or null for calls through pointers and closures. */
    FnDef callee(Terminator.Call call) {
        if (call.func() instanceof Operand.Constant k && k.ty() instanceof Ty.FnDef fd) return mir.defs().fn(fd.def());
        return null;
    }

    /** The type arguments of a direct call's callee (empty when not direct). */
    static List<Ty> calleeArgs(Terminator.Call call) {
        if (call.func() instanceof Operand.Constant k && k.ty() instanceof Ty.FnDef fd) return fd.args();
        return List.of();
    }

    /** The builtin key of a direct call's callee, or its qualified name (`Deref::deref`), or null. */
    String calleeName(Terminator.Call call) {
        FnDef f = callee(call);
        if (f == null) return null;
        return f.builtinKey() != null ? f.builtinKey() : f.qualifiedName();
    }

    /** Whether block {@code start} lies on a cycle of the control-flow graph (ignoring cleanup edges). */
    static boolean inLoop(Body body, int start) {
        boolean[] seen = new boolean[body.blocks().size()];
        ArrayDeque<Integer> work = new ArrayDeque<>(successors(body, start));
        while (!work.isEmpty()) {
            int b = work.pop();
            if (b == start) return true;
            if (seen[b]) continue;
            seen[b] = true;
            work.addAll(successors(body, b));
        }
        return false;
    }

    private static List<Integer> successors(Body body, int b) {
        return switch (body.blocks().get(b).terminator()) {
            case Terminator.Goto g -> List.of(g.target().index());
            case Terminator.SwitchInt s -> {
                List<Integer> out = new ArrayList<>();
                s.targets().forEach(t -> out.add(t.index()));
                out.add(s.otherwise().index());
                yield out;
            }
            case Terminator.Return r -> List.of();
            case Terminator.UnwindResume u -> List.of();
            case Terminator.Unreachable u -> List.of();
            case Terminator.Drop d -> List.of(d.target().index());
            case Terminator.Call c -> c.target() == null ? List.of() : List.of(c.target().index());
            case Terminator.Assert a -> List.of(a.target().index());
        };
    }

    /** Whether {@code body} uses function {@code fn} as a value (anywhere but the callee of a call). */
    static boolean usesAsValue(Body body, dev.heaplab.core.types.DefId fn) {
        for (Body.BasicBlock bb : body.blocks()) {
            for (Statement s : bb.statements()) {
                if (s instanceof Statement.Assign a && operands(a.rvalue()).stream().anyMatch(o -> isFn(o, fn))) return true;
            }
            if (bb.terminator() instanceof Terminator.Call c && c.args().stream().anyMatch(o -> isFn(o, fn))) return true;
        }
        return false;
    }

    private static boolean isFn(Operand o, dev.heaplab.core.types.DefId fn) {
        return o instanceof Operand.Constant k && k.ty() instanceof Ty.FnDef fd && fd.def().equals(fn);
    }

    static List<Operand> operands(Rvalue r) { return Rvalue.operandsOf(r); }
}
