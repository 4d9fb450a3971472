package dev.heaplab.core.typeck;

import dev.heaplab.core.resolve.ProgramCx;
import dev.heaplab.core.syntax.AstWalk;
import dev.heaplab.core.syntax.Expr;
import dev.heaplab.core.syntax.NodeId;
import dev.heaplab.core.syntax.Stmt;
import dev.heaplab.core.types.AdtDef;
import dev.heaplab.core.types.DefId;
import dev.heaplab.core.types.FnDef;
import dev.heaplab.core.types.Ty;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Which std stub bodies may be checked and lowered on first use instead of at start-up (most of a
 * process's start-up was checking and lowering about 1 600 stub bodies, of which a program calls a
 * few dozen). A body is deferred only when checking and lowering it cannot define anything, judged
 * from its syntax: no closure, no item in a block, no macro (formatting and panics make lowering
 * register intrinsics; panics and assertions excepted, whose intrinsics lowering declares before any
 * std body), no tuple constructor used as a value (lowering makes a constructor
 * function), no `impl Trait` return (its body gives the signature). So the DefIds of everything
 * else are those of checking every body at once, and a deferred body checked later, alone, gets
 * the same results: bodies are checked independently of one another.
 */
final class StdDeferral {
    private StdDeferral() {}

    /** Macros whose lowering calls only the diverging intrinsics that {@code Lowering.lowerStd} declares first. */
    private static final Set<String> PANICKING = Set.of("panic", "unreachable", "todo", "unimplemented",
            "assert", "debug_assert", "assert_eq", "assert_ne", "debug_assert_eq", "debug_assert_ne");

    /** The functions among {@code bodies} whose bodies may wait. */
    static Set<DefId> deferrable(ProgramCx cx, List<DefId> bodies) {
        Set<String> ctorNames = new HashSet<>();
        ctorNames.add("Self");
        for (AdtDef adt : cx.defs.adts()) {
            for (AdtDef.VariantDef v : adt.variants()) {
                if (v.ctor() == AdtDef.CtorKind.TUPLE) ctorNames.add(adt.isEnum() ? v.name() : adt.name());
            }
        }
        Set<DefId> out = new LinkedHashSet<>();
        for (DefId d : bodies) {
            FnDef f = cx.defs.fn(d);
            if (f != null && f.hasBody() && !cx.opaqueReturn.containsKey(d) && definesNothing(f, ctorNames)) out.add(d);
        }
        return out;
    }

    private static boolean definesNothing(FnDef f, Set<String> ctorNames) {
        boolean[] defines = {false};
        Set<Expr> callees = new HashSet<>();
        AstWalk.block(f.decl().body(), e -> {
            if (e instanceof Expr.Closure) defines[0] = true;
            else if (e instanceof Expr.MacroCall m && !PANICKING.contains(m.name().name())) defines[0] = true;
            else if (e instanceof Expr.Call c) callees.add(c.callee());
            else if (e instanceof Expr.PathExpr p && !callees.contains(p)) {
                var segs = p.path().segments();
                if (ctorNames.contains(segs.get(segs.size() - 1).name().name())) defines[0] = true;
            }
        }, s -> {
            if (s instanceof Stmt.ItemStmt) defines[0] = true;
        });
        return !defines[0];
    }

    /** A deferred body's own results, over the stubs' (whose constants lowering inlines). */
    record Layered(Tables own, Tables std) implements TypeckResults {
        @Override public Ty nodeType(NodeId id) {
            return own.types.containsKey(id) ? own.nodeType(id) : std.nodeType(id);
        }

        @Override public List<Adjustment> adjustments(NodeId expr) {
            return own.adjustments.containsKey(expr) ? own.adjustments(expr) : std.adjustments(expr);
        }

        @Override public Res pathRes(NodeId id) {
            return own.pathRes.containsKey(id) ? own.pathRes(id) : std.pathRes(id);
        }

        @Override public Callee callee(NodeId id) {
            return own.callees.containsKey(id) ? own.callee(id) : std.callee(id);
        }

        @Override public int fieldIndex(NodeId fieldExpr) {
            return own.fieldIndices.containsKey(fieldExpr) ? own.fieldIndex(fieldExpr) : std.fieldIndex(fieldExpr);
        }

        @Override public BindingMode bindingMode(NodeId bindingPat) {
            return own.bindingModes.containsKey(bindingPat) ? own.bindingMode(bindingPat) : std.bindingMode(bindingPat);
        }

        @Override public List<Ty> patternAdjustments(NodeId pat) {
            return own.patAdjustments.containsKey(pat) ? own.patternAdjustments(pat) : std.patternAdjustments(pat);
        }

        @Override public FormatArgs formatArgs(NodeId macroCall) {
            return own.formatArgs.containsKey(macroCall) ? own.formatArgs(macroCall) : std.formatArgs(macroCall);
        }

        @Override public ForLoop forLoop(NodeId forExpr) {
            return own.forLoops.containsKey(forExpr) ? own.forLoop(forExpr) : std.forLoop(forExpr);
        }
    }
}
