package dev.heaplab.core.interp;

import dev.heaplab.core.mir.Body;
import dev.heaplab.core.mir.ConstValue;
import dev.heaplab.core.mir.Operand;
import dev.heaplab.core.mir.Place;
import dev.heaplab.core.mir.Rvalue;
import dev.heaplab.core.mir.Statement;
import dev.heaplab.core.mir.Terminator;
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
    final Terminator[] terms;
    /** Per statement, its resolved form or null. */
    final Fast[][] fast;
    /** Per block, its resolved terminator or null. */
    final FastTerm[] fastTerms;

    private final Types types;
    /** What each local's stack slot is called (its variable's name, else `_i`). */
    final String[] slotNames;
    private List<Ty> lastArgs;
    private Inst lastInst;
    private final Map<List<Ty>, Inst> insts = new HashMap<>();

    private Code(Body body, Types types, Statement[][] stmts, Terminator[] terms, Fast[][] fast, FastTerm[] fastTerms) {
        this.types = types;
        this.slotNames = new String[body.locals().size()];
        for (int i = 0; i < slotNames.length; i++) {
            String n = body.locals().get(i).name();
            slotNames[i] = n == null ? "_" + i : n;
        }
        this.stmts = stmts;
        this.terms = terms;
        this.fast = fast;
        this.fastTerms = fastTerms;
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
        return new Code(body, types, stmts, terms, fast, fastTerms);
    }

    /** An operand resolved: a constant, or a copy of slot {@code local} (its field {@code field} when ≥ 0). */
    record Src(int local, int field, Value constant) {
        /** The scalar held there, or null when it is not a plain initialised scalar. */
        Value read(Frame f) {
            if (constant != null) return constant;
            Allocation a = f.slots[local];
            if (!a.live) return null;
            Value v = a.root;
            if (field >= 0) {
                if (!(v instanceof Value.Agg g) || field >= g.fields.length) return null;
                v = g.fields[field];
            }
            return scalar(v) ? v : null;
        }
    }

    static boolean scalar(Value v) {
        return v instanceof Value.Int || v instanceof Value.Bool || v instanceof Value.Char || v instanceof Value.Float;
    }

    /** The resolved form of a statement. */
    sealed interface Fast {
        /** `_d = copy src` or `_d = const`. */
        record Use(Place dest, Src src) implements Fast {}
        /** `_d = move _l` or `_d = move (_l.k)` of a scalar: the source becomes uninitialised. */
        record Move(Place dest, int local, int[] path) implements Fast {}
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
            case Rvalue.Use u when u.operand() instanceof Operand.Move mv -> move(dest, mv.place());
            case Rvalue.Use u -> {
                Src src = src(u.operand(), rv);
                yield src == null ? null : new Fast.Use(dest, src);
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

    private static Fast move(Place dest, Place from) {
        List<Place.Projection> ps = from.projections();
        if (ps.isEmpty()) return new Fast.Move(dest, from.local().index(), new int[0]);
        if (ps.size() == 1 && ps.get(0) instanceof Place.Projection.Field fl && !TySubst.needsSubst(fl.ty())
                && !(fl.ty() instanceof Ty.Ref))
            return new Fast.Move(dest, from.local().index(), new int[] {fl.index()});
        return null;
    }

    /** A copy of a local or of a field of a local, or a scalar constant of a type without parameters. */
    private static Src src(Operand op, Rvalues rv) {
        return switch (op) {
            case Operand.Copy c -> {
                List<Place.Projection> ps = c.place().projections();
                if (ps.isEmpty()) yield new Src(c.place().local().index(), -1, null);
                if (ps.size() == 1 && ps.get(0) instanceof Place.Projection.Field fl)
                    yield new Src(c.place().local().index(), fl.index(), null);
                yield null;
            }
            case Operand.Move mv -> null;
            case Operand.Constant k -> {
                if (TySubst.needsSubst(k.ty())) yield null;
                boolean pure = k.value() instanceof ConstValue.Int || k.value() instanceof ConstValue.Float
                        || k.value() instanceof ConstValue.Bool || k.value() instanceof ConstValue.Char;
                if (!pure) yield null;
                Value v = rv.constant(k.value(), k.ty());
                yield scalar(v) ? new Src(-1, -1, v) : null;
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
