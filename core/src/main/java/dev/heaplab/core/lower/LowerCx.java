package dev.heaplab.core.lower;

import dev.heaplab.core.diag.Diagnostic;
import dev.heaplab.core.diag.Diagnostics;
import dev.heaplab.core.mir.ConstValue;
import dev.heaplab.core.mir.Local;
import dev.heaplab.core.mir.LocalDecl;
import dev.heaplab.core.mir.Operand;
import dev.heaplab.core.mir.Place;
import dev.heaplab.core.mir.Statement;
import dev.heaplab.core.source.Span;
import dev.heaplab.core.syntax.Expr;
import dev.heaplab.core.syntax.NodeId;
import dev.heaplab.core.typeck.Adjustment;
import dev.heaplab.core.typeck.TypeckResults;
import dev.heaplab.core.types.DefId;
import dev.heaplab.core.types.ProgramDefs;
import dev.heaplab.core.types.Ty;
import java.math.BigInteger;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything the lowering of one body shares: the CFG under construction, the scope stack, the
 * type-check results, and where each variable binding lives.
 */
final class LowerCx {
    final CfgBuilder cfg = new CfgBuilder();
    final Scopes scopes = new Scopes(cfg);
    final TypeckResults results;
    final ProgramDefs defs;
    final TypeFacts facts;
    final Intrinsics intrinsics;
    final Diagnostics diags;
    /** Binding pattern NodeId → the local holding the variable. */
    final Map<NodeId, Local> bindings = new HashMap<>();
    /** Inside a closure body: captured binding → the place of the captured value (through the env). */
    final Map<NodeId, Place> captures = new HashMap<>();
    /** While a match guard is lowered: its by-value bindings' shared borrows of the matched place (see {@link Patterns#guardRefs}). */
    final Map<NodeId, Local> guardRefs = new HashMap<>();
    /** Inside a closure body: captured binding → its captured paths (precise captures) and their env places. */
    final Map<NodeId, List<CapturedPath>> capturedPaths = new HashMap<>();

    /** A captured place `binding.path` and where the closure body finds it. */
    record CapturedPath(List<Integer> path, Place place, Ty ty) {}
    /** The generic arguments in scope, as parameters (identity), for building FnDef types. */
    final List<Ty> identityArgs;
    final Exprs exprs;
    final Patterns patterns;
    final Macros macros;
    final Promotion promotion = new Promotion(this);
    /** Operands of `&` in extending positions of the current `let` initialiser, and the scope they live in. */
    final java.util.Set<NodeId> extendedOperands = new java.util.HashSet<>();
    int extendScope = -1;

    /** Functions made for constructors used as values (shared by all bodies; set by {@link Lowering}). */
    CtorFns ctorFns;

    /** Constants being inlined (guards against a constant defined in terms of itself). */
    final java.util.Set<dev.heaplab.core.types.DefId> inlining = new java.util.HashSet<>();
    /** Set when a construct cannot be lowered; the body is then abandoned with a diagnostic. */
    boolean failed;

    LowerCx(TypeckResults results, ProgramDefs defs, TypeFacts facts, Intrinsics intrinsics, Diagnostics diags,
            List<Ty> identityArgs) {
        this.results = results;
        this.defs = defs;
        this.facts = facts;
        this.intrinsics = intrinsics;
        this.diags = diags;
        this.identityArgs = List.copyOf(identityArgs);
        this.exprs = new Exprs(this);
        this.patterns = new Patterns(this);
        this.macros = new Macros(this);
    }

    Ty ty(NodeId id) {
        Ty t = results.nodeType(id);
        return t == null ? Ty.ERROR : t;
    }

    /** The type of an expression after its adjustments. */
    Ty adjustedTy(Expr e) {
        List<Adjustment> adj = results.adjustments(e.id());
        return adj.isEmpty() ? ty(e.id()) : adj.get(adj.size() - 1).target();
    }

    /** A fresh temporary, storage-live now and scheduled (for drop) in the innermost scope. */
    Local temp(Ty ty, Span span) {
        Local t = cfg.newTemp(ty, span);
        cfg.push(new Statement.StorageLive(span, t));
        scopes.schedule(t, facts.mayNeedDrop(ty), span);
        return t;
    }

    /** A user variable for a binding pattern, scheduled in the scope at {@code scopeIndex}. */
    Local declareBinding(NodeId binding, String name, boolean mutable, Ty ty, Span span, int scopeIndex) {
        Local l = cfg.newLocal(new LocalDecl(ty, name, mutable, span, LocalDecl.Kind.USER));
        bindings.put(binding, l);
        cfg.push(new Statement.StorageLive(span, l));
        scopes.scheduleIn(scopeIndex, l, facts.mayNeedDrop(ty), span);
        return l;
    }

    /** The enclosing function's (or closure's) return type. */
    Ty returnTy;
    /**
     * `match` expressions whose value a fn returns (its body's tail, or a `return` operand): rustc
     * coerces such a match as a whole, so region errors about an arm's value point at the match.
     */
    final java.util.Set<NodeId> returnedMatches = new java.util.HashSet<>();
    /** Lowering a closure's body (its `return`s leave the closure, whose return type is inferred). */
    boolean inClosure;

    /** Copy for Copy types, else Move. */
    Operand use(Place p, Ty ty) {
        return facts.isCopy(ty) ? new Operand.Copy(p) : new Operand.Move(p);
    }

    void assign(Span span, Place p, dev.heaplab.core.mir.Rvalue rv) {
        cfg.push(new Statement.Assign(span, p, rv));
    }

    static Operand constInt(long v, Ty ty) {
        return new Operand.Constant(new ConstValue.Int(BigInteger.valueOf(v)), ty);
    }

    static Operand constBool(boolean v) { return new Operand.Constant(new ConstValue.Bool(v), Ty.BOOL); }

    static Operand unit() { return new Operand.Constant(new ConstValue.ZeroSized(), Ty.UNIT); }

    static Operand fnOperand(DefId fn, List<Ty> args) {
        return new Operand.Constant(new ConstValue.ZeroSized(), new Ty.FnDef(fn, args));
    }

    /** Expr.Closure NodeId → its definition (filled by {@link Lowering}). */
    Map<NodeId, dev.heaplab.core.types.ClosureDef> closuresByExpr = Map.of();

    dev.heaplab.core.types.ClosureDef closureOf(dev.heaplab.core.syntax.Expr.Closure c) {
        return closuresByExpr.get(c.id());
    }

    /** The type of the variable a capture refers to (the capture field holds a reference for by-ref modes). */
    Ty capturedVarTy(dev.heaplab.core.types.ClosureDef.Capture cap) {
        if (cap.mode() != dev.heaplab.core.types.ClosureDef.CaptureMode.BY_VALUE && cap.ty() instanceof Ty.Ref r) {
            return r.inner();
        }
        return cap.ty();
    }

    /** The source text of a span (for `assert!` messages), set by {@link Lowering}. */
    java.util.function.Function<Span, String> sourceText = sp -> "";

    String sourceText(Span span) { return sourceText.apply(span); }

    /** Refuses a construct lowering cannot handle yet: exit 2 with its location, never a guess. */
    void unsupported(Span span, String what) {
        if (!failed) diags.add(Diagnostic.unsupported(span, what));
        failed = true;
    }
}
