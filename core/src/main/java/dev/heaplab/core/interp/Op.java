package dev.heaplab.core.interp;

import dev.heaplab.core.types.IntTy;
import dev.heaplab.core.types.Ty;

/**
 * A statement (or a run of storage markers) compiled for the fast path: slots resolved to indices,
 * constants built ahead, one virtual call instead of switches over the MIR. {@link Code} builds them,
 * {@link Stepper} runs them only when no observer is detailed and no undefined-behaviour checks run.
 * <ul>
 * <li>{@link #run} either does exactly what the generic way ({@link Places}, {@link Rvalues}) does in
 *     that mode, or returns false having changed nothing, and the generic way runs the statement: it
 *     checks every operand ({@link Src#peek}) before it moves or writes anything.</li>
 * <li>An op never throws, reads {@code m.current} or counts steps: the stepper counts a block's steps
 *     at once and sets the span only where the generic way takes over.</li>
 * </ul>
 */
abstract sealed class Op permits Op.Marks, Op.Use, Op.RefLocal, Op.Reborrow, Op.RefBehind, Op.Discriminant, Op.Aggregate, ScalarOp {
    /** How many consecutive statements this op stands for. */
    final int width;

    Op(int width) { this.width = width; }

    /** Runs the statement(s); false, having changed nothing, when the generic way must run them. */
    abstract boolean run(Frame f);

    /** Writes a whole local, as {@link Places#write} does. */
    static void put(Frame f, int local, Value v) {
        f.markLiveIfUnseen(local);
        Allocation slot = f.slots[local];
        slot.root = v;
        slot.touch();
    }

    /** A run of StorageLive, StorageDead, SetDropFlag, PlaceMention and Nop: they cannot fail. */
    static final class Marks extends Op {
        static final byte LIVE = 0, DEAD = 1, FLAG_TRUE = 2, FLAG_FALSE = 3, NOTHING = 4;
        private final byte[] kinds;
        private final int[] locals;

        Marks(byte[] kinds, int[] locals) {
            super(kinds.length);
            this.kinds = kinds;
            this.locals = locals;
        }

        @Override boolean run(Frame f) {
            for (int i = 0; i < kinds.length; i++) {
                int l = locals[i];
                switch (kinds[i]) {
                    case LIVE -> { // as Stepper#statement without trace or UB bookkeeping
                        Allocation a = f.slots[l];
                        a.root = Value.UNINIT;
                        a.live = true;
                        a.touch();
                        f.markLive(l);
                    }
                    case DEAD -> {
                        Allocation a = f.slots[l];
                        a.root = Value.UNINIT;
                        a.touch();
                        f.liveSeq[l] = 0;
                    }
                    case FLAG_TRUE, FLAG_FALSE -> {
                        Allocation a = f.slots[l];
                        a.root = Arith.bool(kinds[i] == FLAG_TRUE);
                        a.touch();
                        f.markLiveIfUnseen(l);
                    }
                    default -> { }
                }
            }
            return true;
        }
    }

    /** `_d = op`: a copy, a move or a constant. */
    static final class Use extends Op {
        private final int dest;
        private final Src src;

        Use(int dest, Src src) {
            super(1);
            this.dest = dest;
            this.src = src;
        }

        @Override boolean run(Frame f) {
            Value v = src.peek(f);
            if (v == null) return false;
            put(f, dest, src.take(f, v));
            return true;
        }
    }

    /** `_d = &_l` (and `&mut`, `&raw`): a pointer to the slot itself. */
    static final class RefLocal extends Op {
        private static final int[] ROOT = new int[0];
        private final int dest, local;

        RefLocal(int dest, int local) {
            super(1);
            this.dest = dest;
            this.local = local;
        }

        @Override boolean run(Frame f) {
            put(f, dest, Value.Ptr.thin(f.slots[local], ROOT));
            return true;
        }
    }

    /** `_d = &(*_l)` (and `&mut`, `&raw`) where `_l` is a reference: a copy of the pointer, as the generic way makes it. */
    static final class Reborrow extends Op {
        private final int dest, local;

        Reborrow(int dest, int local) {
            super(1);
            this.dest = dest;
            this.local = local;
        }

        @Override boolean run(Frame f) {
            Allocation a = f.slots[local];
            if (!a.live || !(a.root instanceof Value.Ptr p) || p.alloc() == null) return false;
            Ty dyn = null;
            if (p.dynTy() != null) { // only the pointee of a `dyn` reference keeps the concrete type
                if (!(Types.localOf(f, local) instanceof Ty.Ref r)) return false;
                if (r.inner() instanceof Ty.Dynamic) dyn = p.dynTy();
            }
            put(f, dest, new Value.Ptr(p.alloc(), p.path(), p.meta(), dyn));
            return true;
        }
    }

    /**
     * `_d = discriminant(place)` of an enum read as a copy of the place would read it ({@link Src}): its
     * variant's declared discriminant, per variant of the place's type definition (the same for every
     * instance of a generic body).
     */
    static final class Discriminant extends Op {
        private final int dest;
        private final Src place;
        private final Value.Int[] discrs;

        Discriminant(int dest, Src place, long[] discrs) {
            super(1);
            this.dest = dest;
            this.place = place;
            this.discrs = new Value.Int[discrs.length];
            for (int i = 0; i < discrs.length; i++) this.discrs[i] = new Value.Int(discrs[i], IntTy.ISIZE);
        }

        @Override boolean run(Frame f) {
            if (!(place.peek(f) instanceof Value.Agg g) || g.variant < 0 || g.variant >= discrs.length) return false;
            put(f, dest, discrs[g.variant]);
            return true;
        }
    }

    /** `_d = &(*_l).f…` where `_l` is a reference: the pointer with the fields appended (nothing is read behind it). */
    static final class RefBehind extends Op {
        private final int dest, local;
        private final int[] fields;

        RefBehind(int dest, int local, int[] fields) {
            super(1);
            this.dest = dest;
            this.local = local;
            this.fields = fields;
        }

        @Override boolean run(Frame f) {
            Allocation a = f.slots[local];
            if (!a.live || !(a.root instanceof Value.Ptr p) || p.alloc() == null) return false;
            int[] base = p.path();
            int[] path = java.util.Arrays.copyOf(base, base.length + fields.length);
            System.arraycopy(fields, 0, path, base.length, fields.length);
            put(f, dest, new Value.Ptr(p.alloc(), path, -1, null));
            return true;
        }
    }

    /** `_d = Adt/tuple/closure { ops }`: every operand is checked before the first one is moved. */
    static final class Aggregate extends Op {
        private final int dest, variant;
        private final Src[] ops;

        Aggregate(int dest, int variant, Src[] ops) {
            super(1);
            this.dest = dest;
            this.variant = variant;
            this.ops = ops;
        }

        @Override boolean run(Frame f) {
            Value[] vals = new Value[ops.length];
            for (int i = 0; i < vals.length; i++) if ((vals[i] = ops[i].peek(f)) == null) return false;
            for (int i = 0; i < vals.length; i++) vals[i] = ops[i].take(f, vals[i]);
            put(f, dest, new Value.Agg(variant, vals));
            return true;
        }
    }
}
