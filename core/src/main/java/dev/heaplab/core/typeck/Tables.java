package dev.heaplab.core.typeck;

import dev.heaplab.core.syntax.NodeId;
import dev.heaplab.core.types.Ty;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The side tables type checking fills, keyed by NodeId; {@link #resolveInto} resolves inference variables.
 * A program's tables may fall back on the std stubs' (checked once per JVM, never written again): the
 * stubs' NodeIds are those from {@code stdFrom} on. Each table is listed in {@link #resolveInto},
 * {@link #mapTypes} and {@link #putAbsent}.
 */
final class Tables implements TypeckResults {
    private final Tables std;
    private final int stdFrom;

    Tables() { this(null, Integer.MAX_VALUE); }

    Tables(Tables std, int stdFrom) {
        this.std = std;
        this.stdFrom = stdFrom;
    }

    /** The tables holding a node's facts: the std stubs' for their nodes. */
    private Tables of(NodeId id) { return std != null && id.value() >= stdFrom ? std : this; }

    final Map<NodeId, Ty> types = new HashMap<>();
    final Map<NodeId, List<Adjustment>> adjustments = new HashMap<>();
    final Map<NodeId, Res> pathRes = new HashMap<>();
    final Map<NodeId, Callee> callees = new HashMap<>();
    final Map<NodeId, Integer> fieldIndices = new HashMap<>();
    final Map<NodeId, BindingMode> bindingModes = new HashMap<>();
    final Map<NodeId, List<Ty>> patAdjustments = new HashMap<>();
    final Map<NodeId, FormatArgs> formatArgs = new HashMap<>();
    final Map<NodeId, ForLoop> forLoops = new HashMap<>();

    @Override public Ty nodeType(NodeId id) { return of(id).types.get(id); }

    @Override public List<Adjustment> adjustments(NodeId expr) { return of(expr).adjustments.getOrDefault(expr, List.of()); }

    @Override public Res pathRes(NodeId id) { return of(id).pathRes.get(id); }

    @Override public Callee callee(NodeId id) { return of(id).callees.get(id); }

    @Override public int fieldIndex(NodeId fieldExpr) { return of(fieldExpr).fieldIndices.getOrDefault(fieldExpr, -1); }

    @Override public BindingMode bindingMode(NodeId bindingPat) { return of(bindingPat).bindingModes.getOrDefault(bindingPat, BindingMode.BY_VALUE); }

    @Override public List<Ty> patternAdjustments(NodeId pat) { return of(pat).patAdjustments.getOrDefault(pat, List.of()); }

    @Override public FormatArgs formatArgs(NodeId macroCall) { return of(macroCall).formatArgs.get(macroCall); }

    @Override public ForLoop forLoop(NodeId forExpr) { return of(forExpr).forLoops.get(forExpr); }

    final java.util.Set<NodeId> opaqueMoves = new java.util.HashSet<>();

    @Override public boolean opaqueMove(NodeId expr) { return of(expr).opaqueMoves.contains(expr); }

    /** Copies this body's tables into {@code out}, resolving inference variables with {@code f}. */
    void resolveInto(Tables out, UnaryOperator<Ty> resolve) {
        // The tables repeat the same type instances; resolving is pure by now, so each is resolved once.
        Map<Ty, Ty> done = new java.util.IdentityHashMap<>();
        UnaryOperator<Ty> f = t -> {
            Ty r = done.get(t);
            if (r == null) done.put(t, r = resolve.apply(t));
            return r;
        };
        types.forEach((k, t) -> out.types.put(k, f.apply(t)));
        adjustments.forEach((k, l) -> out.adjustments.put(k, l.stream().map(a -> mapAdj(a, f)).toList()));
        pathRes.forEach((k, r) -> out.pathRes.put(k, switch (r) {
            case Res.Fn fn -> new Res.Fn(fn.fn(), fn.args().stream().map(f).toList());
            case Res.Ctor c -> new Res.Ctor(c.adt(), c.variant(), c.args().stream().map(f).toList());
            default -> r;
        }));
        callees.forEach((k, c) -> out.callees.put(k, new Callee(c.fn(), c.args().stream().map(f).toList())));
        fieldIndices.forEach(out.fieldIndices::put);
        bindingModes.forEach(out.bindingModes::put);
        patAdjustments.forEach((k, l) -> out.patAdjustments.put(k, l.stream().map(f).toList()));
        formatArgs.forEach(out.formatArgs::put);
        forLoops.forEach((k, l) -> out.forLoops.put(k, new ForLoop(
                new Callee(l.intoIter().fn(), l.intoIter().args().stream().map(f).toList()), f.apply(l.iterTy()),
                new Callee(l.next().fn(), l.next().args().stream().map(f).toList()), f.apply(l.itemTy()))));
    }

    /** Copies the facts of {@code other} (another context's tables for other bodies) that these do not have. */
    void putAbsent(Tables other) {
        other.types.forEach(types::putIfAbsent);
        other.adjustments.forEach(adjustments::putIfAbsent);
        other.pathRes.forEach(pathRes::putIfAbsent);
        other.callees.forEach(callees::putIfAbsent);
        other.fieldIndices.forEach(fieldIndices::putIfAbsent);
        other.bindingModes.forEach(bindingModes::putIfAbsent);
        other.patAdjustments.forEach(patAdjustments::putIfAbsent);
        other.formatArgs.forEach(formatArgs::putIfAbsent);
        other.forLoops.forEach(forLoops::putIfAbsent);
        opaqueMoves.addAll(other.opaqueMoves);
    }

    /** Maps every type of these tables in place (the opaque types revealed once every body is checked). */
    void mapTypes(UnaryOperator<Ty> f) {
        types.replaceAll((k, t) -> f.apply(t));
        adjustments.replaceAll((k, l) -> l.stream().map(a -> mapAdj(a, f)).toList());
        pathRes.replaceAll((k, r) -> switch (r) {
            case Res.Fn fn -> new Res.Fn(fn.fn(), fn.args().stream().map(f).toList());
            case Res.Ctor c -> new Res.Ctor(c.adt(), c.variant(), c.args().stream().map(f).toList());
            default -> r;
        });
        callees.replaceAll((k, c) -> new Callee(c.fn(), c.args().stream().map(f).toList()));
        patAdjustments.replaceAll((k, l) -> l.stream().map(f).toList());
        forLoops.replaceAll((k, l) -> new ForLoop(
                new Callee(l.intoIter().fn(), l.intoIter().args().stream().map(f).toList()), f.apply(l.iterTy()),
                new Callee(l.next().fn(), l.next().args().stream().map(f).toList()), f.apply(l.itemTy())));
    }

    private static Adjustment mapAdj(Adjustment a, UnaryOperator<Ty> f) {
        return switch (a) {
            case Adjustment.Deref d -> new Adjustment.Deref(f.apply(d.target()));
            case Adjustment.OverloadedDeref d -> new Adjustment.OverloadedDeref(d.derefFn(), d.mutable(), f.apply(d.target()));
            case Adjustment.Borrow b -> new Adjustment.Borrow(b.mutable(), f.apply(b.target()));
            case Adjustment.MutToConst m -> new Adjustment.MutToConst(f.apply(m.target()));
            case Adjustment.Unsize u -> new Adjustment.Unsize(f.apply(u.target()));
            case Adjustment.NeverToAny n -> new Adjustment.NeverToAny(f.apply(n.target()));
            case Adjustment.ReifyFnPointer r -> new Adjustment.ReifyFnPointer(f.apply(r.target()));
        };
    }
}
