package dev.heaplab.core.interp;

import dev.heaplab.core.mir.Body;
import dev.heaplab.core.mir.Terminator;
import java.math.BigInteger;

/**
 * A terminator compiled for the fast path (see {@link Op}): a goto, a switch on a scalar, or an assert
 * that holds. {@link #run} jumps within the frame, or returns false having changed nothing, and the
 * generic way runs the terminator (a failing assert panics there, with its message).
 */
abstract sealed class Jump permits Jump.Goto, Jump.Switch, Jump.Assert {
    /** Jumps; false when the generic way must decide. */
    abstract boolean run(Frame f);

    static void to(Frame f, int block) {
        f.block = block;
        f.stmt = 0;
    }

    /** The compiled form of a terminator, or null (calls, drops, returns: always the generic way). */
    static Jump of(Terminator t, Body body, Rvalues rv) {
        switch (t) {
            case Terminator.Goto g -> {
                return new Goto(g.target().index());
            }
            case Terminator.SwitchInt sw -> {
                Src d = Src.of(sw.discr(), body, rv);
                if (!d.resolved()) return null;
                long[] values = new long[sw.values().size()];
                int[] targets = new int[values.length];
                for (int i = 0; i < values.length; i++) {
                    BigInteger v = sw.values().get(i);
                    if (v.bitLength() > 63) return null;
                    values[i] = v.longValue();
                    targets[i] = sw.targets().get(i).index();
                }
                return new Switch(d, values, targets, sw.otherwise().index());
            }
            case Terminator.Assert a -> {
                Src c = Src.of(a.cond(), body, rv);
                return c.resolved() ? new Assert(c, a.expected(), a.target().index()) : null;
            }
            default -> {
                return null;
            }
        }
    }

    static final class Goto extends Jump {
        private final int target;

        Goto(int target) { this.target = target; }

        @Override boolean run(Frame f) {
            to(f, target);
            return true;
        }
    }

    /** A switch whose values all fit in a signed long. */
    static final class Switch extends Jump {
        private final Src discr;
        private final long[] values;
        private final int[] targets;
        private final int otherwise;

        Switch(Src discr, long[] values, int[] targets, int otherwise) {
            this.discr = discr;
            this.values = values;
            this.targets = targets;
            this.otherwise = otherwise;
        }

        @Override boolean run(Frame f) {
            Value v = discr.scalar(f);
            long key;
            boolean any = true;
            if (v instanceof Value.Int i) {
                key = i.bits();
                // an unsigned value ≥ 2^63, or a 128-bit one beyond a long, matches none of the table's values
                any = i.wide() != null ? i.wide().bitLength() <= 63 : i.ty().signed() || key >= 0;
            } else if (v instanceof Value.Bool bo) {
                key = bo.v() ? 1 : 0;
            } else if (v instanceof Value.Char c) {
                key = c.cp();
            } else {
                return false;
            }
            ScalarOp.consume(f, discr, v);
            int target = otherwise;
            for (int k = 0; any && k < values.length; k++) {
                if (values[k] == key) {
                    target = targets[k];
                    break;
                }
            }
            to(f, target);
            return true;
        }
    }

    static final class Assert extends Jump {
        private final Src cond;
        private final boolean expected;
        private final int target;

        Assert(Src cond, boolean expected, int target) {
            this.cond = cond;
            this.expected = expected;
            this.target = target;
        }

        @Override boolean run(Frame f) {
            if (!(cond.scalar(f) instanceof Value.Bool bo) || bo.v() != expected) return false;
            ScalarOp.consume(f, cond, bo);
            to(f, target);
            return true;
        }
    }
}
