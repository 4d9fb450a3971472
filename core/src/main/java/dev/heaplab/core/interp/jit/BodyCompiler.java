package dev.heaplab.core.interp.jit;

import static org.objectweb.asm.Opcodes.*;

import dev.heaplab.core.mir.Body;
import dev.heaplab.core.mir.ConstValue;
import dev.heaplab.core.mir.Operand;
import dev.heaplab.core.mir.Place;
import dev.heaplab.core.mir.Rvalue;
import dev.heaplab.core.mir.Rvalue.BinOp;
import dev.heaplab.core.mir.Statement;
import dev.heaplab.core.mir.Terminator;
import dev.heaplab.core.types.IntTy;
import dev.heaplab.core.types.Ty;
import java.math.BigInteger;
import java.util.List;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;

/**
 * One MIR body as a static method {@code (JitCtx ctx, int depth, args…) → result} whose locals are
 * JVM locals. It does what the machine's stepper does in its fast mode, observably:
 * <ul>
 * <li>each block first counts its steps (statements and terminator) at once; when they would pass
 *     the step limit or a wall-time check, {@link JitCtx#overrun} ticks them one by one instead, so
 *     a limit stops at the same step and span;</li>
 * <li>arithmetic gives the machine's bits ({@link Num}), asserts panic with rustc's message at the
 *     assert's span, a call checks the stack depth as a pushed frame would;</li>
 * <li>only what it knows is compiled: anything else in the body ({@link Refused}) leaves the whole
 *     body to the machine.</li>
 * </ul>
 */
final class BodyCompiler {
    /** The body uses something the compiler does not handle (not an error: the machine runs it). */
    static final class Refused extends Exception {
        Refused(String why) { super(why, null, false, false); }
    }

    /** How the compiler names the methods of the bodies a body calls. */
    interface Callees {
        /** The method of the body {@code call} runs, or null when it is not compiled. */
        Method method(Terminator.Call call);
    }

    /** A compiled body's method: its name, descriptor and parameter/return kinds. */
    record Method(String name, String desc, Body body) {}

    static final String CTX = "dev/heaplab/core/interp/jit/JitCtx";
    private static final String NUM = "dev/heaplab/core/interp/jit/Num";
    private static final String SPAN = "Ldev/heaplab/core/source/Span;";
    static final String SPANS_DESC = "[[[" + SPAN;
    private static final String EXC = "(" + SPAN + ")Ljava/lang/RuntimeException;";

    private final Body body;
    private final int index;
    /** The on-stack-replacement form: locals from an array, entered at a given block (see {@link #osrDescriptor}). */
    private final boolean osr;
    private final String owner;
    private final Callees callees;
    private MethodVisitor mv;
    /** JVM slot of each scalar local (−1: unit or tuple), and of each field of a tuple local. */
    private final int[] slot;
    private final int[][] fields;
    private int next;
    private final int steps, limit, tmpX, tmpY;
    private final Label[] labels;

    private BodyCompiler(Body body, int index, String owner, Callees callees, boolean osr) throws Refused {
        this.body = body;
        this.index = index;
        this.osr = osr;
        this.owner = owner;
        this.callees = callees;
        int n = body.locals().size();
        slot = new int[n];
        fields = new int[n][];
        next = osr ? 4 : 2; // ctx, depth (, locals, block)
        if (!osr) for (int l = 1; l <= body.argCount(); l++) slot[l] = alloc(argKind(body.locals().get(l).ty()));
        for (int l = 0; l < n; l++) {
            if (!osr && l >= 1 && l <= body.argCount()) continue;
            Ty t = body.locals().get(l).ty();
            if (Scalars.flatTuple(t)) {
                List<Ty> es = ((Ty.Tuple) t).elems();
                slot[l] = -1;
                fields[l] = new int[es.size()];
                for (int i = 0; i < es.size(); i++) fields[l][i] = alloc(Scalars.kind(es.get(i)));
            } else {
                char k = Scalars.kind(t);
                if (k == 0) throw new Refused("local of type " + t);
                slot[l] = alloc(k);
            }
        }
        steps = alloc('J');
        limit = alloc('J');
        tmpX = alloc('J');
        tmpY = alloc('J');
        labels = new Label[body.blocks().size()];
    }

    private int alloc(char kind) {
        if (kind == 'V') return -1;
        int s = next;
        next += Scalars.size(kind);
        return s;
    }

    private static char argKind(Ty t) throws Refused {
        char k = Scalars.kind(t);
        if (k == 0) throw new Refused("parameter of type " + t);
        return k;
    }

    /** The method descriptor of a body, or a refusal when its signature has no JVM form. */
    static String descriptor(Body body) throws Refused {
        StringBuilder sb = new StringBuilder("(L" + CTX + ";I");
        for (int l = 1; l <= body.argCount(); l++) {
            char k = argKind(body.locals().get(l).ty());
            if (k != 'V') sb.append(k);
        }
        return sb.append(')').append(argKind(body.locals().get(0).ty())).toString();
    }

    /**
     * The descriptor of the on-stack-replacement form {@code (ctx, depth, long[] locals, int block)}:
     * the locals' bits in order (one entry per local, one per field of a tuple local), entered at the
     * start of {@code block}, for a frame the machine started before the body was compiled.
     */
    static String osrDescriptor(Body body) throws Refused {
        String d = descriptor(body);
        return "(L" + CTX + ";I[JI)" + d.substring(d.indexOf(')') + 1);
    }

    /**
     * Emits body number {@code index} into {@code mv}: a fresh static method with {@link #descriptor},
     * or with {@link #osrDescriptor} when {@code osr}.
     */
    static void emit(Body body, int index, String owner, Callees callees, MethodVisitor mv, boolean osr) throws Refused {
        BodyCompiler c = new BodyCompiler(body, index, owner, callees, osr);
        c.mv = mv;
        c.emit();
    }

    private void emit() throws Refused {
        boolean[] reach = reachable();
        mv.visitCode();
        if (osr) {
            osrEntry(reach);
            return;
        }
        // Zero every other local: the verifier cannot see that MIR initialises before it reads.
        for (int l = 0; l < slot.length; l++) {
            if (l >= 1 && l <= body.argCount()) continue;
            if (fields[l] != null) {
                List<Ty> es = ((Ty.Tuple) ty(l)).elems();
                for (int i = 0; i < es.size(); i++) zero(Scalars.kind(es.get(i)), fields[l][i]);
            } else {
                zero(Scalars.kind(ty(l)), slot[l]);
            }
        }
        zero('J', tmpX);
        zero('J', tmpY);
        // The machine numbers stack slots as it makes them: count the ones this frame would take.
        mv.visitVarInsn(ALOAD, 0);
        mv.visitInsn(DUP);
        mv.visitFieldInsn(GETFIELD, CTX, "slots", "I");
        iconst(slot.length);
        mv.visitInsn(IADD);
        mv.visitFieldInsn(PUTFIELD, CTX, "slots", "I");
        loadCounters();
        for (int b = 0; b < labels.length; b++) if (reach[b]) labels[b] = new Label();
        blocks(reach);
    }

    private void blocks(boolean[] reach) throws Refused {
        for (int b = 0; b < labels.length; b++) if (reach[b]) block(b);
        mv.visitMaxs(0, 0);
        mv.visitEnd();
    }

    /** Loads every local from the array, then jumps to the block the frame is at (its slots exist: none counted). */
    private void osrEntry(boolean[] reach) throws Refused {
        int at = 0;
        for (int l = 0; l < slot.length; l++) {
            if (fields[l] != null) {
                List<Ty> es = ((Ty.Tuple) ty(l)).elems();
                for (int i = 0; i < es.size(); i++) fromArray(Scalars.kind(es.get(i)), fields[l][i], at++);
            } else {
                fromArray(Scalars.kind(ty(l)), slot[l], at++);
            }
        }
        zero('J', tmpX);
        zero('J', tmpY);
        loadCounters();
        for (int b = 0; b < labels.length; b++) if (reach[b]) labels[b] = new Label();
        Label bad = new Label();
        Label[] table = new Label[labels.length];
        for (int b = 0; b < table.length; b++) table[b] = reach[b] ? labels[b] : bad;
        mv.visitVarInsn(ILOAD, 3);
        mv.visitTableSwitchInsn(0, table.length - 1, bad, table);
        mv.visitLabel(bad); // (the machine never stops at a block that bb0 does not reach without unwinding)
        mv.visitTypeInsn(NEW, "java/lang/IllegalStateException");
        mv.visitInsn(DUP);
        mv.visitMethodInsn(INVOKESPECIAL, "java/lang/IllegalStateException", "<init>", "()V", false);
        mv.visitInsn(ATHROW);
        blocks(reach);
    }

    private void fromArray(char kind, int s, int at) {
        if (kind == 'V') return;
        mv.visitVarInsn(ALOAD, 2);
        iconst(at);
        mv.visitInsn(LALOAD);
        switch (kind) {
            case 'J' -> mv.visitVarInsn(LSTORE, s);
            case 'D' -> {
                mv.visitMethodInsn(INVOKESTATIC, "java/lang/Double", "longBitsToDouble", "(J)D", false);
                mv.visitVarInsn(DSTORE, s);
            }
            default -> {
                mv.visitInsn(L2I);
                mv.visitVarInsn(ISTORE, s);
            }
        }
    }

    private Ty ty(int local) { return body.locals().get(local).ty(); }

    private void zero(char kind, int s) {
        switch (kind) {
            case 'J' -> { mv.visitInsn(LCONST_0); mv.visitVarInsn(LSTORE, s); }
            case 'D' -> { mv.visitInsn(DCONST_0); mv.visitVarInsn(DSTORE, s); }
            case 'I' -> { mv.visitInsn(ICONST_0); mv.visitVarInsn(ISTORE, s); }
            default -> { }
        }
    }

    /** Blocks reachable from bb0 without unwinding; refuses terminators it does not handle. */
    private boolean[] reachable() throws Refused {
        boolean[] seen = new boolean[body.blocks().size()];
        java.util.ArrayDeque<Integer> work = new java.util.ArrayDeque<>();
        work.push(0);
        seen[0] = true;
        while (!work.isEmpty()) {
            Terminator t = body.blocks().get(work.pop()).terminator();
            List<Integer> next = switch (t) {
                case Terminator.Goto g -> List.of(g.target().index());
                case Terminator.SwitchInt s -> {
                    List<Integer> all = new java.util.ArrayList<>();
                    for (var x : s.targets()) all.add(x.index());
                    all.add(s.otherwise().index());
                    yield all;
                }
                case Terminator.Return r -> List.of();
                case Terminator.Unreachable u -> List.of();
                case Terminator.Assert a -> {
                    if (a.unwind() != null) throw new Refused("assert with cleanup");
                    yield List.of(a.target().index());
                }
                case Terminator.Call c -> {
                    if (c.unwind() != null || c.target() == null) throw new Refused("call with cleanup or diverging");
                    yield List.of(c.target().index());
                }
                case Terminator.Drop d -> throw new Refused("drop");
                case Terminator.UnwindResume u -> throw new Refused("unwinding");
            };
            for (int b : next) {
                if (!seen[b]) {
                    seen[b] = true;
                    work.push(b);
                }
            }
        }
        return seen;
    }

    // ---- blocks, steps and terminators ----

    private void block(int b) throws Refused {
        Body.BasicBlock bb = body.blocks().get(b);
        mv.visitLabel(labels[b]);
        int count = bb.statements().size() + 1;
        // steps += count; if (steps > limit) limit = ctx.overrun(steps - count, spans);
        mv.visitVarInsn(LLOAD, steps);
        lconst(count);
        mv.visitInsn(LADD);
        mv.visitInsn(DUP2);
        mv.visitVarInsn(LSTORE, steps);
        mv.visitVarInsn(LLOAD, limit);
        mv.visitInsn(LCMP);
        Label fits = new Label();
        mv.visitJumpInsn(IFLE, fits);
        mv.visitVarInsn(ALOAD, 0);
        mv.visitVarInsn(LLOAD, steps);
        lconst(count);
        mv.visitInsn(LSUB);
        spans(b);
        mv.visitMethodInsn(INVOKEVIRTUAL, CTX, "overrun", "(J[" + SPAN + ")J", false);
        mv.visitVarInsn(LSTORE, limit);
        mv.visitLabel(fits);
        List<Statement> ss = bb.statements();
        for (int i = 0; i < ss.size(); i++) statement(ss.get(i), b, i);
        terminator(bb.terminator(), b, ss.size());
    }

    /** Pushes the spans of block {@code b} (statements, then terminator). */
    private void spans(int b) {
        mv.visitFieldInsn(GETSTATIC, owner, "S", SPANS_DESC);
        iconst(index);
        mv.visitInsn(AALOAD);
        iconst(b);
        mv.visitInsn(AALOAD);
    }

    private void span(int b, int i) {
        spans(b);
        iconst(i);
        mv.visitInsn(AALOAD);
    }

    private void loadCounters() {
        mv.visitVarInsn(ALOAD, 0);
        mv.visitFieldInsn(GETFIELD, CTX, "steps", "J");
        mv.visitVarInsn(LSTORE, steps);
        mv.visitVarInsn(ALOAD, 0);
        mv.visitFieldInsn(GETFIELD, CTX, "limit", "J");
        mv.visitVarInsn(LSTORE, limit);
    }

    private void storeCounters() {
        mv.visitVarInsn(ALOAD, 0);
        mv.visitVarInsn(LLOAD, steps);
        mv.visitFieldInsn(PUTFIELD, CTX, "steps", "J");
        mv.visitVarInsn(ALOAD, 0);
        mv.visitVarInsn(LLOAD, limit);
        mv.visitFieldInsn(PUTFIELD, CTX, "limit", "J");
    }

    /** Throws {@code ctx.panic(message, span of statement i of block b)}. */
    private void panic(String message, int b, int i) {
        storeCounters();
        mv.visitVarInsn(ALOAD, 0);
        mv.visitLdcInsn(message);
        span(b, i);
        mv.visitMethodInsn(INVOKEVIRTUAL, CTX, "panic", "(Ljava/lang/String;" + SPAN + ")Ljava/lang/RuntimeException;", false);
        mv.visitInsn(ATHROW);
    }

    private void terminator(Terminator t, int b, int at) throws Refused {
        switch (t) {
            case Terminator.Goto g -> mv.visitJumpInsn(GOTO, labels[g.target().index()]);
            case Terminator.SwitchInt s -> switchInt(s);
            case Terminator.Return r -> {
                storeCounters();
                char k = Scalars.kind(ty(0));
                load(k, slot[0]);
                mv.visitInsn(switch (k) {
                    case 'J' -> LRETURN;
                    case 'D' -> DRETURN;
                    case 'I' -> IRETURN;
                    default -> RETURN;
                });
            }
            case Terminator.Unreachable u -> {
                storeCounters();
                mv.visitVarInsn(ALOAD, 0);
                span(b, at);
                mv.visitMethodInsn(INVOKEVIRTUAL, CTX, "unreachable", EXC, false);
                mv.visitInsn(ATHROW);
            }
            case Terminator.Assert a -> {
                if (push(a.cond()) != 'I' || !(type(a.cond()) instanceof Ty.Bool)) throw new Refused("assert on a non-bool");
                mv.visitJumpInsn(a.expected() ? IFNE : IFEQ, labels[a.target().index()]);
                panic(assertMessage(a.message()), b, at);
            }
            case Terminator.Call c -> call(c, b, at);
            case Terminator.Drop d -> throw new Refused("drop");
            case Terminator.UnwindResume u -> throw new Refused("unwinding");
        }
    }

    private void switchInt(Terminator.SwitchInt s) throws Refused {
        char k = push(s.discr());
        if (k == 'J') mv.visitVarInsn(LSTORE, tmpX);
        else if (k == 'I') mv.visitVarInsn(ISTORE, tmpX);
        else throw new Refused("switch on " + type(s.discr()));
        for (int i = 0; i < s.values().size(); i++) {
            BigInteger v = s.values().get(i);
            if (v.bitLength() > 64) throw new Refused("switch value");
            if (k == 'J') {
                mv.visitVarInsn(LLOAD, tmpX);
                lconst(v.longValue()); // u64 values above i64::MAX compare by their bits, as the machine keeps them
                mv.visitInsn(LCMP);
                mv.visitJumpInsn(IFEQ, labels[s.targets().get(i).index()]);
            } else {
                if (v.bitLength() > 31) continue; // no bool or char has it
                mv.visitVarInsn(ILOAD, tmpX);
                iconst(v.intValue());
                mv.visitJumpInsn(IF_ICMPEQ, labels[s.targets().get(i).index()]);
            }
        }
        mv.visitJumpInsn(GOTO, labels[s.otherwise().index()]);
    }

    /** The panic message of a failed assert, as the machine's stepper words it. */
    private static String assertMessage(Terminator.AssertMessage msg) throws Refused {
        return switch (msg) {
            case Terminator.AssertMessage.BoundsCheck bc -> throw new Refused("bounds check");
            case Terminator.AssertMessage.Overflow o -> o.text();
            case Terminator.AssertMessage.OverflowNeg n -> n.text();
            case Terminator.AssertMessage.DivisionByZero d -> d.text();
        };
    }

    private void call(Terminator.Call c, int b, int at) throws Refused {
        Method m = callees.method(c);
        if (m == null) throw new Refused("call of a function that is not compiled");
        Body callee = m.body();
        if (!c.destination().isLocal() || c.args().size() != callee.argCount()) throw new Refused("call shape");
        char ret = Scalars.kind(callee.locals().get(0).ty());
        int dest = c.destination().local().index();
        if (ret != Scalars.kind(ty(dest)) || fields[dest] != null) throw new Refused("call destination");
        // The frame the machine would push: the depth limit first (the call's step is already counted).
        Label ok = new Label();
        mv.visitVarInsn(ILOAD, 1);
        mv.visitVarInsn(ALOAD, 0);
        mv.visitFieldInsn(GETFIELD, CTX, "maxDepth", "I");
        mv.visitJumpInsn(IF_ICMPLT, ok);
        mv.visitVarInsn(ALOAD, 0);
        span(b, at);
        mv.visitMethodInsn(INVOKEVIRTUAL, CTX, "depthLimit", EXC, false);
        mv.visitInsn(ATHROW);
        mv.visitLabel(ok);
        storeCounters();
        mv.visitVarInsn(ALOAD, 0);
        mv.visitVarInsn(ILOAD, 1);
        mv.visitInsn(ICONST_1);
        mv.visitInsn(IADD);
        for (int i = 0; i < c.args().size(); i++) {
            Operand a = c.args().get(i);
            if (push(a) != Scalars.kind(callee.locals().get(i + 1).ty())) throw new Refused("argument kind");
        }
        mv.visitMethodInsn(INVOKESTATIC, owner, m.name(), m.desc(), false);
        store(ret, slot[dest]);
        loadCounters();
        mv.visitJumpInsn(GOTO, labels[c.target().index()]);
    }

    // ---- statements ----

    private void statement(Statement s, int b, int i) throws Refused {
        switch (s) {
            case Statement.StorageLive l -> { }
            case Statement.StorageDead d -> { }
            case Statement.PlaceMention pm -> { }
            case Statement.Nop n -> { }
            case Statement.SetDropFlag df -> {
                int l = df.flag().index();
                if (Scalars.kind(ty(l)) != 'I') throw new Refused("drop flag");
                iconst(df.value() ? 1 : 0);
                mv.visitVarInsn(ISTORE, slot[l]);
            }
            case Statement.SetDiscriminant sd -> throw new Refused("set discriminant");
            case Statement.Assign a -> assign(a.place(), a.rvalue(), b, i);
        }
    }

    private void assign(Place p, Rvalue rv, int b, int i) throws Refused {
        int l = p.local().index();
        if (p.isLocal() && fields[l] != null) {
            tupleAssign(l, rv, b, i);
            return;
        }
        int dest;
        Ty destTy;
        if (p.isLocal()) {
            dest = slot[l];
            destTy = ty(l);
        } else if (p.projections().size() == 1 && p.projections().get(0) instanceof Place.Projection.Field f
                && fields[l] != null && f.index() < fields[l].length) {
            dest = fields[l][f.index()];
            destTy = f.ty();
        } else {
            throw new Refused("assignment to a projection");
        }
        char k = Scalars.kind(destTy);
        if (rvalue(rv, destTy, b, i) != k) throw new Refused("rvalue kind");
        store(k, dest);
    }

    /** `_t = CheckedOp(..)`, `_t = (a, b)` or `_t = copy _u` into a tuple local kept as one JVM local per field. */
    private void tupleAssign(int l, Rvalue rv, int b, int i) throws Refused {
        List<Ty> es = ((Ty.Tuple) ty(l)).elems();
        int[] fs = fields[l];
        switch (rv) {
            case Rvalue.CheckedBinaryOp c -> checked(c, fs, es, b, i);
            case Rvalue.Aggregate ag when ag.kind() instanceof Rvalue.AggregateKind.Tuple && ag.operands().size() == fs.length -> {
                for (int k = 0; k < fs.length; k++) {
                    if (push(ag.operands().get(k)) != Scalars.kind(es.get(k))) throw new Refused("tuple field kind");
                }
                for (int k = fs.length - 1; k >= 0; k--) store(Scalars.kind(es.get(k)), fs[k]);
            }
            case Rvalue.Use u when u.operand().readPlace() != null && u.operand().readPlace().isLocal()
                    && fields[u.operand().readPlace().local().index()] != null
                    && ty(u.operand().readPlace().local().index()).equals(ty(l)) -> {
                int[] from = fields[u.operand().readPlace().local().index()];
                for (int k = 0; k < fs.length; k++) load(Scalars.kind(es.get(k)), from[k]);
                for (int k = fs.length - 1; k >= 0; k--) store(Scalars.kind(es.get(k)), fs[k]);
            }
            default -> throw new Refused("tuple rvalue");
        }
    }

    /** Pushes an rvalue of kind {@code destTy}'s; returns the kind pushed. */
    private char rvalue(Rvalue rv, Ty destTy, int b, int i) throws Refused {
        return switch (rv) {
            case Rvalue.Use u -> push(u.operand());
            case Rvalue.BinaryOp bo -> binary(bo.op(), bo.lhs(), bo.rhs(), b, i);
            case Rvalue.UnaryOp u -> unary(u);
            case Rvalue.Cast c -> cast(c);
            case Rvalue.Aggregate ag when ag.operands().isEmpty() && ag.kind() instanceof Rvalue.AggregateKind.Tuple -> 'V';
            default -> throw new Refused("rvalue " + rv.getClass().getSimpleName());
        };
    }

    private char binary(BinOp op, Operand lhs, Operand rhs, int b, int i) throws Refused {
        Ty t = type(lhs);
        char k = push(lhs);
        char kr = push(rhs);
        boolean comparison = switch (op) {
            case EQ, NE, LT, LE, GT, GE -> true;
            default -> false;
        };
        if (k == 'J') {
            IntTy it = Scalars.intTy(t);
            if (kr != 'J' || it == null) throw new Refused("integer operands");
            if (comparison) {
                if (it.signed() || op == BinOp.EQ || op == BinOp.NE) mv.visitInsn(LCMP);
                else mv.visitMethodInsn(INVOKESTATIC, "java/lang/Long", "compareUnsigned", "(JJ)I", false);
                bool(ifOp(op));
                return 'I';
            }
            switch (op) {
                case ADD, SUB, MUL -> {
                    mv.visitInsn(op == BinOp.ADD ? LADD : op == BinOp.SUB ? LSUB : LMUL);
                    wrap(it);
                }
                case BIT_AND -> mv.visitInsn(LAND);
                case BIT_OR -> mv.visitInsn(LOR);
                case BIT_XOR -> mv.visitInsn(LXOR);
                case SHL, SHR -> shift(op, it);
                case DIV, REM -> {
                    // The machine's Arith panics on a zero divisor (MIR asserts before, so never in practice).
                    mv.visitVarInsn(LSTORE, tmpY);
                    mv.visitVarInsn(LSTORE, tmpX);
                    divisorCheck(op, b, i);
                    divide(op, it);
                }
                default -> throw new Refused("integer operator " + op);
            }
            return 'J';
        }
        if (k == 'D') {
            if (kr != 'D') throw new Refused("float operands");
            if (comparison) {
                mv.visitInsn(op == BinOp.LT || op == BinOp.LE ? DCMPG : DCMPL); // NaN compares false, except `!=`
                bool(ifOp(op));
                return 'I';
            }
            mv.visitInsn(switch (op) {
                case ADD -> DADD;
                case SUB -> DSUB;
                case MUL -> DMUL;
                case DIV -> DDIV;
                case REM -> DREM;
                default -> throw new Refused("float operator " + op);
            });
            if (Scalars.f32(t)) f32();
            return 'D';
        }
        if (k == 'I' && kr == 'I' && (t instanceof Ty.Bool || t instanceof Ty.Char)) {
            if (comparison) {
                bool(switch (op) {
                    case EQ -> IF_ICMPEQ;
                    case NE -> IF_ICMPNE;
                    case LT -> IF_ICMPLT;
                    case LE -> IF_ICMPLE;
                    case GT -> IF_ICMPGT;
                    default -> IF_ICMPGE;
                });
                return 'I';
            }
            if (!(t instanceof Ty.Bool)) throw new Refused("char operator " + op);
            mv.visitInsn(switch (op) {
                case BIT_AND -> IAND;
                case BIT_OR -> IOR;
                case BIT_XOR -> IXOR;
                default -> throw new Refused("bool operator " + op);
            });
            return 'I';
        }
        throw new Refused("operands of " + op);
    }

    /** With x and y in tmpX and tmpY: panics at statement i when y is 0, as the machine's Arith does. */
    private void divisorCheck(BinOp op, int b, int i) {
        Label ok = new Label();
        mv.visitVarInsn(LLOAD, tmpY);
        mv.visitInsn(LCONST_0);
        mv.visitInsn(LCMP);
        mv.visitJumpInsn(IFNE, ok);
        panic(op == BinOp.DIV ? "attempt to divide by zero" : "attempt to calculate the remainder with a divisor of zero", b, i);
        mv.visitLabel(ok);
    }

    /** Pushes tmpX / tmpY or tmpX % tmpY (y not zero). */
    private void divide(BinOp op, IntTy it) {
        mv.visitVarInsn(LLOAD, tmpX);
        mv.visitVarInsn(LLOAD, tmpY);
        iconst(it.bits());
        iconst(it.signed() ? 1 : 0);
        mv.visitMethodInsn(INVOKESTATIC, NUM, op == BinOp.DIV ? "div" : "rem", "(JJIZ)J", false);
    }

    /** x and y (longs) on the stack: the shifted value, the amount masked to the width. */
    private void shift(BinOp op, IntTy it) {
        mv.visitInsn(L2I);
        iconst(it.bits() - 1);
        mv.visitInsn(IAND);
        mv.visitInsn(op == BinOp.SHL ? LSHL : it.signed() ? LSHR : LUSHR);
        wrap(it);
    }

    private static int ifOp(BinOp op) {
        return switch (op) {
            case EQ -> IFEQ;
            case NE -> IFNE;
            case LT -> IFLT;
            case LE -> IFLE;
            case GT -> IFGT;
            default -> IFGE;
        };
    }

    /** `_t = CheckedOp(l, r)`: the wrapped value into field 0, whether it overflowed into field 1. */
    private void checked(Rvalue.CheckedBinaryOp c, int[] fs, List<Ty> es, int b, int i) throws Refused {
        BinOp op = c.op();
        IntTy it = Scalars.intTy(type(c.lhs()));
        IntTy yt = Scalars.intTy(type(c.rhs()));
        if (it == null || yt == null || it.bits() > 64 || yt.bits() > 64 || fs.length != 2
                || Scalars.kind(es.get(0)) != 'J' || !(es.get(1) instanceof Ty.Bool)) throw new Refused("checked operator shape");
        push(c.lhs());
        mv.visitVarInsn(LSTORE, tmpX);
        push(c.rhs());
        mv.visitVarInsn(LSTORE, tmpY);
        int value = fs[0], flag = fs[1];
        int bits = it.bits();
        switch (op) {
            case ADD, SUB, MUL -> {
                int insn = op == BinOp.ADD ? LADD : op == BinOp.SUB ? LSUB : LMUL;
                raw(insn);
                wrap(it);
                mv.visitVarInsn(LSTORE, value);
                boolean small = op == BinOp.MUL ? bits < 32 || (bits == 32 && it.signed()) : bits < 64;
                if (small) { // the exact result fits a long: overflow iff wrapping changed it
                    raw(insn);
                    mv.visitVarInsn(LLOAD, value);
                    mv.visitInsn(LCMP);
                    bool(IFNE);
                } else if (op == BinOp.MUL && bits == 32) {
                    raw(LMUL);
                    lconst(0xFFFF_FFFFL);
                    mv.visitMethodInsn(INVOKESTATIC, "java/lang/Long", "compareUnsigned", "(JJ)I", false);
                    bool(IFGT);
                } else {
                    mv.visitVarInsn(LLOAD, tmpX);
                    mv.visitVarInsn(LLOAD, tmpY);
                    if (op == BinOp.MUL) iconst(bits);
                    iconst(it.signed() ? 1 : 0);
                    mv.visitMethodInsn(INVOKESTATIC, NUM, op == BinOp.ADD ? "add64" : op == BinOp.SUB ? "sub64" : "mul",
                            op == BinOp.MUL ? "(JJIZ)Z" : "(JJZ)Z", false);
                }
            }
            case SHL, SHR -> {
                raw(-1);
                shift(op, it);
                mv.visitVarInsn(LSTORE, value);
                mv.visitVarInsn(LLOAD, tmpY);
                iconst(bits);
                iconst(yt.signed() ? 1 : 0);
                mv.visitMethodInsn(INVOKESTATIC, NUM, "shift", "(JIZ)Z", false);
            }
            case DIV, REM -> {
                divisorCheck(op, b, i);
                divide(op, it);
                mv.visitVarInsn(LSTORE, value);
                if (!it.signed()) {
                    mv.visitInsn(ICONST_0);
                } else { // MIN / -1
                    Label no = new Label(), end = new Label();
                    mv.visitVarInsn(LLOAD, tmpY);
                    lconst(-1);
                    mv.visitInsn(LCMP);
                    mv.visitJumpInsn(IFNE, no);
                    mv.visitVarInsn(LLOAD, tmpX);
                    lconst(Num.minValue(bits, true));
                    mv.visitInsn(LCMP);
                    mv.visitJumpInsn(IFNE, no);
                    mv.visitInsn(ICONST_1);
                    mv.visitJumpInsn(GOTO, end);
                    mv.visitLabel(no);
                    mv.visitInsn(ICONST_0);
                    mv.visitLabel(end);
                }
            }
            default -> throw new Refused("checked operator " + op);
        }
        mv.visitVarInsn(ISTORE, flag);
    }

    /** Pushes tmpX and tmpY, then applies {@code insn} (none when −1). */
    private void raw(int insn) {
        mv.visitVarInsn(LLOAD, tmpX);
        mv.visitVarInsn(LLOAD, tmpY);
        if (insn >= 0) mv.visitInsn(insn);
    }

    private char unary(Rvalue.UnaryOp u) throws Refused {
        Ty t = type(u.operand());
        char k = push(u.operand());
        if (k == 'J') {
            IntTy it = Scalars.intTy(t);
            if (u.op() == Rvalue.UnOp.NOT) {
                lconst(-1);
                mv.visitInsn(LXOR);
            } else {
                mv.visitInsn(LNEG);
            }
            wrap(it);
            return 'J';
        }
        if (k == 'D' && u.op() == Rvalue.UnOp.NEG) {
            mv.visitInsn(DNEG);
            return 'D';
        }
        if (k == 'I' && t instanceof Ty.Bool && u.op() == Rvalue.UnOp.NOT) {
            mv.visitInsn(ICONST_1);
            mv.visitInsn(IXOR);
            return 'I';
        }
        throw new Refused("unary " + u.op() + " on " + t);
    }

    /** `as` between numeric types, bool and char, exactly as the machine's Arith.cast. */
    private char cast(Rvalue.Cast c) throws Refused {
        switch (c.kind()) {
            case INT_TO_INT, INT_TO_FLOAT, FLOAT_TO_INT, FLOAT_TO_FLOAT -> { }
            default -> throw new Refused("cast " + c.kind());
        }
        Ty from = type(c.operand());
        Ty to = c.target();
        char k = push(c.operand());
        switch (to) {
            case Ty.Int ti when ti.kind().bits() <= 64 -> {
                IntTy t = ti.kind();
                switch (from) {
                    case Ty.Int fi -> wrap(t);
                    case Ty.Bool bo -> mv.visitInsn(I2L);
                    case Ty.Char ch -> {
                        mv.visitInsn(I2L);
                        wrap(t);
                    }
                    case Ty.Float fl -> {
                        iconst(t.bits());
                        iconst(t.signed() ? 1 : 0);
                        mv.visitMethodInsn(INVOKESTATIC, NUM, "floatToInt", "(DIZ)J", false);
                    }
                    default -> throw new Refused("cast from " + from);
                }
                return 'J';
            }
            case Ty.Float tf -> {
                if (from instanceof Ty.Int fi && k == 'J') {
                    if (!fi.kind().signed() && fi.kind().bits() == 64) {
                        mv.visitMethodInsn(INVOKESTATIC, NUM, "u64ToDouble", "(J)D", false);
                    } else {
                        mv.visitInsn(L2D);
                    }
                } else if (!(from instanceof Ty.Float)) {
                    throw new Refused("cast from " + from);
                }
                if (Scalars.f32(to)) f32();
                return 'D';
            }
            case Ty.Char ch when k == 'J' -> {
                mv.visitInsn(L2I);
                return 'I';
            }
            case Ty.Bool bo when k == 'J' -> {
                mv.visitInsn(LCONST_0);
                mv.visitInsn(LCMP);
                bool(IFNE);
                return 'I';
            }
            default -> throw new Refused("cast to " + to);
        }
    }

    // ---- operands ----

    /** The MIR type of an operand. */
    private Ty type(Operand op) throws Refused {
        return switch (op) {
            case Operand.Constant k -> k.ty();
            case Operand.Copy c -> placeTy(c.place());
            case Operand.Move m -> placeTy(m.place());
        };
    }

    private Ty placeTy(Place p) throws Refused {
        if (p.isLocal()) return ty(p.local().index());
        if (p.projections().size() == 1 && p.projections().get(0) instanceof Place.Projection.Field f) return f.ty();
        throw new Refused("place " + p);
    }

    /** Pushes an operand's value (nothing for unit); returns its kind. */
    private char push(Operand op) throws Refused {
        if (op instanceof Operand.Constant k) return constant(k);
        Place p = op.readPlace();
        int l = p.local().index();
        if (p.isLocal()) {
            if (fields[l] != null) throw new Refused("tuple used whole");
            char k = Scalars.kind(ty(l));
            load(k, slot[l]);
            return k;
        }
        if (p.projections().size() == 1 && p.projections().get(0) instanceof Place.Projection.Field f
                && fields[l] != null && f.index() < fields[l].length) {
            char k = Scalars.kind(f.ty());
            load(k, fields[l][f.index()]);
            return k;
        }
        throw new Refused("operand " + op);
    }

    /** A constant as the machine builds it (Rvalues.constant). */
    private char constant(Operand.Constant k) throws Refused {
        Ty ty = k.ty();
        switch (k.value()) {
            case ConstValue.Int i -> {
                if (ty instanceof Ty.Int t && t.kind().bits() <= 64) {
                    lconst(Num.wrap(i.value().longValue(), t.kind().bits(), t.kind().signed()));
                    return 'J';
                }
                if (ty instanceof Ty.Float) {
                    dconst(Scalars.f32(ty) ? Num.f32(i.value().doubleValue()) : i.value().doubleValue());
                    return 'D';
                }
                if (ty instanceof Ty.Char) {
                    iconst(i.value().intValue());
                    return 'I';
                }
                if (ty instanceof Ty.Bool) {
                    iconst(i.value().signum() != 0 ? 1 : 0);
                    return 'I';
                }
                throw new Refused("integer constant of type " + ty);
            }
            case ConstValue.Float x -> {
                if (!(ty instanceof Ty.Float)) throw new Refused("float constant of type " + ty);
                dconst(Scalars.f32(ty) ? Num.f32(x.value()) : x.value());
                return 'D';
            }
            case ConstValue.Bool bo -> {
                iconst(bo.value() ? 1 : 0);
                return 'I';
            }
            case ConstValue.Char ch -> {
                iconst(ch.codePoint());
                return 'I';
            }
            case ConstValue.ZeroSized z -> {
                if (Scalars.kind(ty) != 'V') throw new Refused("zero-sized constant of type " + ty);
                return 'V';
            }
            default -> throw new Refused("constant " + k.value().getClass().getSimpleName());
        }
    }

    // ---- small emitters ----

    private void load(char k, int s) {
        switch (k) {
            case 'J' -> mv.visitVarInsn(LLOAD, s);
            case 'D' -> mv.visitVarInsn(DLOAD, s);
            case 'I' -> mv.visitVarInsn(ILOAD, s);
            default -> { }
        }
    }

    private void store(char k, int s) {
        switch (k) {
            case 'J' -> mv.visitVarInsn(LSTORE, s);
            case 'D' -> mv.visitVarInsn(DSTORE, s);
            case 'I' -> mv.visitVarInsn(ISTORE, s);
            default -> { }
        }
    }

    /** Wraps the long on the stack to the integer type (sign- or zero-extends its low bits). */
    private void wrap(IntTy t) {
        switch (t.bits()) {
            case 64 -> { }
            case 32 -> {
                if (t.signed()) { mv.visitInsn(L2I); mv.visitInsn(I2L); }
                else { lconst(0xFFFF_FFFFL); mv.visitInsn(LAND); }
            }
            case 16 -> {
                if (t.signed()) { mv.visitInsn(L2I); mv.visitInsn(I2S); mv.visitInsn(I2L); }
                else { lconst(0xFFFFL); mv.visitInsn(LAND); }
            }
            case 8 -> {
                if (t.signed()) { mv.visitInsn(L2I); mv.visitInsn(I2B); mv.visitInsn(I2L); }
                else { lconst(0xFFL); mv.visitInsn(LAND); }
            }
            default -> throw new IllegalStateException("integer width " + t.bits());
        }
    }

    private void f32() {
        mv.visitInsn(D2F);
        mv.visitInsn(F2D);
    }

    /** Turns a comparison result (operands or an int on the stack, consumed by {@code ifInsn}) into 0 or 1. */
    private void bool(int ifInsn) {
        Label yes = new Label(), end = new Label();
        mv.visitJumpInsn(ifInsn, yes);
        mv.visitInsn(ICONST_0);
        mv.visitJumpInsn(GOTO, end);
        mv.visitLabel(yes);
        mv.visitInsn(ICONST_1);
        mv.visitLabel(end);
    }

    private void iconst(int v) {
        if (v >= -1 && v <= 5) mv.visitInsn(ICONST_0 + v);
        else if (v >= Byte.MIN_VALUE && v <= Byte.MAX_VALUE) mv.visitIntInsn(BIPUSH, v);
        else if (v >= Short.MIN_VALUE && v <= Short.MAX_VALUE) mv.visitIntInsn(SIPUSH, v);
        else mv.visitLdcInsn(v);
    }

    private void lconst(long v) {
        if (v == 0 || v == 1) mv.visitInsn(LCONST_0 + (int) v);
        else mv.visitLdcInsn(v);
    }

    private void dconst(double v) {
        if (Double.doubleToRawLongBits(v) == 0L) mv.visitInsn(DCONST_0); // not -0.0
        else if (v == 1.0) mv.visitInsn(DCONST_1);
        else mv.visitLdcInsn(v);
    }
}
