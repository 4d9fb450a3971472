package dev.heaplab.core.interp;

import dev.heaplab.core.mir.Body;
import dev.heaplab.core.mir.ConstValue;
import dev.heaplab.core.mir.Operand;
import dev.heaplab.core.mir.Place;
import dev.heaplab.core.mir.Rvalue;
import dev.heaplab.core.mir.Statement;
import dev.heaplab.core.mir.Terminator;
import dev.heaplab.core.source.Span;
import dev.heaplab.core.types.Ty;
import dev.heaplab.core.types.TySubst;
import java.math.BigInteger;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * A MIR body resolved once for the machine: its blocks as arrays, and for the statements and
 * terminators of scalar code (loop counters, arithmetic, comparisons, switches, asserts) a form whose
 * operands are slot indices or constants already built.
 * <ul>
 * <li>A resolved form runs only when the machine reports no detailed events and its operands hold
 *     plain scalars; it reads before it writes, so on anything else it gives up without a side effect
 *     and the statement runs the generic way (same values, same faults, same messages).</li>
 * <li>Writes still go through {@link Places#write} and {@link Memory#set}, the machine's write points.</li>
 * <li>Only types without parameters are resolved ahead, so one form serves every instance of a generic body.</li>
 * </ul>
 */
final class Code {
    final Statement[][] stmts;
    /** Per block, the spans of its statements then of its terminator. */
    final Span[][] spans;
    final Terminator[] terms;
    /** Per statement, its resolved form or null. */
    final Fast[][] fast;
    /** Per block, its resolved terminator or null. */
    final FastTerm[] fastTerms;
    /** Per block ending in a call, its resolved arguments. */
    final Src[][] callArgs;

    private final Types types;
    /** What each local's stack slot is called (its variable's name, else `_i`). */
    final String[] slotNames;
    private List<Ty> lastArgs;
    private Inst lastInst;
    private final Map<List<Ty>, Inst> insts = new HashMap<>();

    private Code(Body body, Rvalues rv, Types types, Statement[][] stmts, Terminator[] terms, Fast[][] fast, FastTerm[] fastTerms) {
        this.types = types;
        this.slotNames = new String[body.locals().size()];
        for (int i = 0; i < slotNames.length; i++) {
            String n = body.locals().get(i).name();
            slotNames[i] = n == null ? "_" + i : n;
        }
        this.stmts = stmts;
        this.spans = new Span[stmts.length][];
        for (int b = 0; b < stmts.length; b++) {
            spans[b] = new Span[stmts[b].length + 1];
            for (int i = 0; i < stmts[b].length; i++) spans[b][i] = stmts[b][i].span();
            spans[b][stmts[b].length] = terms[b].span();
        }
        this.terms = terms;
        this.fast = fast;
        this.fastTerms = fastTerms;
        this.callArgs = new Src[terms.length][];
        for (int b = 0; b < terms.length; b++) {
            if (!(terms[b] instanceof Terminator.Call c)) continue;
            callArgs[b] = new Src[c.args().size()];
            for (int i = 0; i < callArgs[b].length; i++) callArgs[b][i] = operand(c.args().get(i), rv);
        }
    }

    /**
     * One instance of a body (its type arguments): the types of its locals, constants and fields with
     * the arguments substituted, and what its calls resolved to, computed on first use.
     */
    static final class Inst {
        final Code code;
        final List<Ty> args;
        final Ty[] localTys;
        /** Per block ending in a call whose callee does not depend on values: that callee. */
        final CallSite[] sites;
        private final IdentityHashMap<Ty, Ty> substs = new IdentityHashMap<>();

        private Inst(Code code, List<Ty> args, int locals) {
            this.code = code;
            this.args = args;
            this.localTys = new Ty[locals];
            this.sites = new CallSite[code.terms.length];
        }

        /** A type of the body's MIR with this instance's arguments (pure, so cached by identity). */
        Ty subst(Ty ty) {
            Ty t = substs.get(ty);
            if (t == null) {
                t = code.types.subst(ty, args);
                substs.put(ty, t);
            }
            return t;
        }
    }

    /**
     * A call whose callee and argument types depend only on the caller's instance: the resolved target
     * without its argument values, and the callee's instance ({@code calleeInst} null for builtins).
     */
    record CallSite(Calls.Target target, Inst calleeInst) {}

    /** A marker for call sites that must be resolved at every call. */
    static final CallSite DYNAMIC = new CallSite(null, null);

    /** This body's instance for type arguments {@code args}. */
    Inst inst(List<Ty> args, int locals) {
        if (args == lastArgs) return lastInst;
        Inst i = insts.get(args);
        if (i == null) {
            i = new Inst(this, args, locals);
            insts.put(args, i);
        }
        lastArgs = args;
        lastInst = i;
        return i;
    }

    static Code of(Body body, Rvalues rv, Types types) {
        int n = body.blocks().size();
        Statement[][] stmts = new Statement[n][];
        Terminator[] terms = new Terminator[n];
        Fast[][] fast = new Fast[n][];
        FastTerm[] fastTerms = new FastTerm[n];
        for (int b = 0; b < n; b++) {
            Body.BasicBlock bb = body.blocks().get(b);
            stmts[b] = bb.statements().toArray(new Statement[0]);
            terms[b] = bb.terminator();
            fast[b] = new Fast[stmts[b].length];
            for (int i = 0; i < stmts[b].length; i++) fast[b][i] = statement(stmts[b][i], rv);
            fastTerms[b] = terminator(terms[b], rv);
        }
        return new Code(body, rv, types, stmts, terms, fast, fastTerms);
    }

    /**
     * An operand resolved: a scalar constant, or a copy or move of slot {@code local} (of its field
     * {@code field} when ≥ 0, whose MIR type is {@code fieldTy}); {@code op} is the operand itself, for
     * the generic way.
     */
    record Src(Operand op, int local, int field, Ty fieldTy, boolean move, Value constant, int[] path) {
        Src(Operand op, int local, int field, Ty fieldTy, boolean move, Value constant) {
            this(op, local, field, fieldTy, move, constant, field >= 0 ? new int[] {field} : new int[0]);
        }

        /** The scalar a copy or constant gives, or null when it is not a plain initialised scalar. */
        Value scalar(Frame f) {
            if (constant != null) return constant;
            Allocation a = f.slots[local];
            if (!a.live) return null;
            Value v = a.root;
            if (field >= 0) {
                if (!(v instanceof Value.Agg g) || field >= g.fields.length) return null;
                v = g.fields[field];
            }
            return Code.scalar(v) ? v : null;
        }
    }

    static boolean scalar(Value v) {
        return v instanceof Value.Int || v instanceof Value.Bool || v instanceof Value.Char || v instanceof Value.Float;
    }

    /** The resolved form of a statement. */
    sealed interface Fast {
        /** `_d = op`. */
        record Use(Place dest, Src src) implements Fast {}
        /** `_d = &_l` (and `&mut`, `&raw`): a pointer to the slot itself. */
        record RefLocal(Place dest, int local) implements Fast {}
        /** `_d = Adt/tuple { ops }`. */
        record Aggregate(Place dest, int variant, Src[] ops) implements Fast {}
        record Binary(Place dest, Rvalue.BinOp op, Src lhs, Src rhs) implements Fast {}
        record Checked(Place dest, Rvalue.BinOp op, Src lhs, Src rhs) implements Fast {}
        record Unary(Place dest, Rvalue.UnOp op, Src operand) implements Fast {}
    }

    /** The resolved form of a terminator. */
    sealed interface FastTerm {
        /** A switch whose values all fit in a signed long. */
        record Switch(Src discr, long[] values, int[] targets, int otherwise) implements FastTerm {}
        record Assert(Src cond, boolean expected, int target) implements FastTerm {}
    }

    private static Fast statement(Statement s, Rvalues rv) {
        if (!(s instanceof Statement.Assign a) || !a.place().isLocal()) return null;
        Place dest = a.place();
        return switch (a.rvalue()) {
            case Rvalue.Use u -> new Fast.Use(dest, operand(u.operand(), rv));
            case Rvalue.Ref r when r.place().isLocal() -> new Fast.RefLocal(dest, r.place().local().index());
            case Rvalue.RawPtr r when r.place().isLocal() -> new Fast.RefLocal(dest, r.place().local().index());
            case Rvalue.Aggregate ag -> {
                Src[] ops = new Src[ag.operands().size()];
                for (int i = 0; i < ops.length; i++) ops[i] = operand(ag.operands().get(i), rv);
                yield new Fast.Aggregate(dest, ag.kind() instanceof Rvalue.AggregateKind.Adt adt ? adt.variant() : 0, ops);
            }
            case Rvalue.BinaryOp b -> {
                Src l = src(b.lhs(), rv), r = src(b.rhs(), rv);
                yield l == null || r == null || b.op() == Rvalue.BinOp.OFFSET ? null : new Fast.Binary(dest, b.op(), l, r);
            }
            case Rvalue.CheckedBinaryOp b -> {
                Src l = src(b.lhs(), rv), r = src(b.rhs(), rv);
                yield l == null || r == null ? null : new Fast.Checked(dest, b.op(), l, r);
            }
            case Rvalue.UnaryOp u -> {
                Src o = src(u.operand(), rv);
                yield o == null ? null : new Fast.Unary(dest, u.op(), o);
            }
            default -> null;
        };
    }

    /** Any operand: resolved on a local, a field of a local or a scalar constant, else left to the generic way (local −1). */
    static Src operand(Operand op, Rvalues rv) {
        if (op instanceof Operand.Move mv) {
            Place p = mv.place();
            List<Place.Projection> ps = p.projections();
            if (ps.isEmpty()) return new Src(op, p.local().index(), -1, null, true, null);
            if (ps.size() == 1 && ps.get(0) instanceof Place.Projection.Field fl)
                return new Src(op, p.local().index(), fl.index(), fl.ty(), true, null);
            return new Src(op, -1, -1, null, false, null);
        }
        Src s = src(op, rv);
        return s != null ? s : new Src(op, -1, -1, null, false, null);
    }

    /** A copy of a local or of a field of a local, or a scalar constant of a type without parameters. */
    private static Src src(Operand op, Rvalues rv) {
        return switch (op) {
            case Operand.Copy c -> {
                List<Place.Projection> ps = c.place().projections();
                if (ps.isEmpty()) yield new Src(op, c.place().local().index(), -1, null, false, null);
                if (ps.size() == 1 && ps.get(0) instanceof Place.Projection.Field fl)
                    yield new Src(op, c.place().local().index(), fl.index(), fl.ty(), false, null);
                yield null;
            }
            case Operand.Move mv -> null;
            case Operand.Constant k -> {
                if (TySubst.needsSubst(k.ty())) yield null;
                boolean pure = k.value() instanceof ConstValue.Int || k.value() instanceof ConstValue.Float
                        || k.value() instanceof ConstValue.Bool || k.value() instanceof ConstValue.Char;
                if (!pure) yield null;
                Value v = rv.constant(k.value(), k.ty());
                yield scalar(v) ? new Src(op, -1, -1, null, false, v) : null;
            }
        };
    }

    private static FastTerm terminator(Terminator t, Rvalues rv) {
        switch (t) {
            case Terminator.SwitchInt sw -> {
                Src d = src(sw.discr(), rv);
                if (d == null) return null;
                long[] values = new long[sw.values().size()];
                int[] targets = new int[values.length];
                for (int i = 0; i < values.length; i++) {
                    BigInteger v = sw.values().get(i);
                    if (v.bitLength() > 63) return null;
                    values[i] = v.longValue();
                    targets[i] = sw.targets().get(i).index();
                }
                return new FastTerm.Switch(d, values, targets, sw.otherwise().index());
            }
            case Terminator.Assert a -> {
                Src c = src(a.cond(), rv);
                return c == null ? null : new FastTerm.Assert(c, a.expected(), a.target().index());
            }
            default -> {
                return null;
            }
        }
    }
}
