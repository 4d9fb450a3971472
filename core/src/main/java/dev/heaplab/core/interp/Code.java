package dev.heaplab.core.interp;

import dev.heaplab.core.mir.Body;
import dev.heaplab.core.mir.Statement;
import dev.heaplab.core.mir.Terminator;
import dev.heaplab.core.source.Span;
import dev.heaplab.core.types.Ty;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * A MIR body resolved once for the machine: its blocks as arrays, and for the statements and
 * terminators of simple code (storage markers, copies and moves of locals and their fields,
 * arithmetic, comparisons, aggregates, gotos, switches, asserts) a compiled form, {@link Op} and
 * {@link Jump}, whose operands are slot indices or constants already built.
 * <ul>
 * <li>A compiled form runs only when the machine reports no detailed events; it checks before it
 *     changes anything, so on anything unusual it gives up without a side effect and the statement
 *     runs the generic way (same values, same faults, same messages).</li>
 * <li>Only types without parameters are resolved ahead, so one form serves every instance of a generic body.</li>
 * </ul>
 */
final class Code {
    final Statement[][] stmts;
    /** Per block, the spans of its statements then of its terminator. */
    final Span[][] spans;
    final Terminator[] terms;
    /** Per statement, the compiled op starting there, or null (see {@link Op#width}). */
    final Op[][] ops;
    /** Per block, its compiled terminator or null. */
    final Jump[] jumps;
    /** Per block ending in a call, its resolved arguments. */
    final Src[][] callArgs;

    private final Types types;
    /** What each local's stack slot is called (its variable's name, else `_i`). */
    final String[] slotNames;
    /** The bytecode tier's state for this body (see {@link JitLink}): calls so far, then its entry or a refusal. */
    int jitCalls, jitBlocks;
    dev.heaplab.core.interp.jit.Entry jit;
    boolean jitRefused;
    private List<Ty> lastArgs;
    private Inst lastInst;
    private final Map<List<Ty>, Inst> insts = new HashMap<>();

    private Code(Body body, Rvalues rv, Types types, Statement[][] stmts, Terminator[] terms, Op[][] ops, Jump[] jumps) {
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
        this.ops = ops;
        this.jumps = jumps;
        this.callArgs = new Src[terms.length][];
        for (int b = 0; b < terms.length; b++) {
            if (!(terms[b] instanceof Terminator.Call c)) continue;
            callArgs[b] = new Src[c.args().size()];
            for (int i = 0; i < callArgs[b].length; i++) callArgs[b][i] = Src.of(c.args().get(i), body, rv);
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
     * without its argument values, and the callee's instance ({@code calleeInst} null for builtins) or,
     * for a builtin, its native function (null for derived methods).
     */
    record CallSite(Calls.Target target, Inst calleeInst, Builtins.Native nativeFn) {}

    /** A marker for call sites that must be resolved at every call. */
    static final CallSite DYNAMIC = new CallSite(null, null, null);

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
        Op[][] ops = new Op[n][];
        Jump[] jumps = new Jump[n];
        for (int b = 0; b < n; b++) {
            Body.BasicBlock bb = body.blocks().get(b);
            stmts[b] = bb.statements().toArray(new Statement[0]);
            terms[b] = bb.terminator();
            ops[b] = OpCompiler.block(stmts[b], body, rv);
            jumps[b] = Jump.of(terms[b], body, rv);
        }
        return new Code(body, rv, types, stmts, terms, ops, jumps);
    }
}
