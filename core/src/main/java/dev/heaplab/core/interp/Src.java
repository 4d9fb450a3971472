package dev.heaplab.core.interp;

import dev.heaplab.core.mir.Body;
import dev.heaplab.core.mir.ConstValue;
import dev.heaplab.core.mir.Operand;
import dev.heaplab.core.mir.Place;
import dev.heaplab.core.types.Ty;
import dev.heaplab.core.types.TySubst;
import java.util.List;

/**
 * An operand resolved for the fast path ({@link Op}): a constant built ahead, or a copy or move of a
 * local or of one field of a local. Reading is split in two so that an op can check all its operands
 * before it changes anything: {@link #peek} finds the value without side effects (null: the generic
 * way must run the statement), {@link #take} then copies it or moves it out exactly as
 * {@link Places#copy} and {@link Places#move} do.
 */
final class Src {
    private static final Value[] NO_FIELDS = new Value[0];
    private static final Value UNIT_SHAPE = new Value.Agg(0, NO_FIELDS);

    /** The operand itself, for the generic way. */
    final Operand op;
    /** A scalar constant (immutable, so shared), or null. */
    final Value constant;
    /** `const ()` and other zero-sized constants that are not functions: a fresh empty aggregate each time. */
    private final boolean unit;
    /** The slot read, −1 for constants and for operands left to the generic way. */
    final int local;
    /** The field read, −1 for the whole slot. */
    final int field;
    final boolean move;
    /** For moves: the moved place's MIR type; null when it is known not to be a reference. */
    private final Ty refCandidate;
    /** For a copy of `(*_l).f.g` (`_l` a reference): the fields read behind the pointer; null otherwise. */
    private final int[] derefFields;

    private Src(Operand op, Value constant, boolean unit, int local, int field, boolean move, Ty refCandidate) {
        this(op, constant, unit, local, field, move, refCandidate, null);
    }

    private Src(Operand op, Value constant, boolean unit, int local, int field, boolean move, Ty refCandidate,
            int[] derefFields) {
        this.op = op;
        this.constant = constant;
        this.unit = unit;
        this.local = local;
        this.field = field;
        this.move = move;
        this.refCandidate = refCandidate;
        this.derefFields = derefFields;
    }

    /** Whether the fast path can read this operand at all. */
    boolean resolved() { return constant != null || unit || local >= 0; }

    /** Whether it is a copy of a local (or of a field of one) or a scalar constant: reading it changes nothing. */
    boolean pure() { return resolved() && !move; }

    /** Any operand, resolved when it reads a local, a field of a local or a constant of a type without parameters. */
    static Src of(Operand op, Body body, Rvalues rv) {
        return switch (op) {
            case Operand.Copy c -> place(op, c.place(), false, body);
            case Operand.Move mv -> place(op, mv.place(), true, body);
            case Operand.Constant k -> {
                if (TySubst.needsSubst(k.ty())) yield unresolved(op);
                if (k.value() instanceof ConstValue.ZeroSized && !(k.ty() instanceof Ty.FnDef))
                    yield new Src(op, null, true, -1, -1, false, null);
                boolean pure = k.value() instanceof ConstValue.Int || k.value() instanceof ConstValue.Float
                        || k.value() instanceof ConstValue.Bool || k.value() instanceof ConstValue.Char;
                if (!pure) yield unresolved(op);
                Value v = rv.constant(k.value(), k.ty());
                yield scalar(v) ? new Src(op, v, false, -1, -1, false, null) : unresolved(op);
            }
        };
    }

    private static Src place(Operand op, Place p, boolean move, Body body) {
        List<Place.Projection> ps = p.projections();
        int local = p.local().index();
        if (ps.isEmpty()) {
            Ty ty = body.locals().get(local).ty();
            return new Src(op, null, false, local, -1, move, move ? refCandidate(ty) : null);
        }
        if (ps.size() == 1 && ps.get(0) instanceof Place.Projection.Field fl)
            return new Src(op, null, false, local, fl.index(), move, move ? refCandidate(fl.ty()) : null);
        // `(_l as Variant).f`: reading through a downcast is reading the field (the path is the same).
        if (ps.size() == 2 && ps.get(0) instanceof Place.Projection.Downcast && ps.get(1) instanceof Place.Projection.Field fl)
            return new Src(op, null, false, local, fl.index(), move, move ? refCandidate(fl.ty()) : null);
        int[] fields = fieldsBehindRef(p, body);
        if (fields != null && !move) return new Src(op, null, false, local, -1, false, null, fields);
        return unresolved(op);
    }

    /**
     * For a place `(*_l)` followed by fields and downcasts, where `_l` is declared a reference (not a
     * Box, nor a raw pointer): the field indices after the deref (downcasts do not change the path
     * when reading); else null.
     */
    static int[] fieldsBehindRef(Place p, Body body) {
        List<Place.Projection> ps = p.projections();
        if (ps.isEmpty() || !(ps.get(0) instanceof Place.Projection.Deref)
                || !(body.locals().get(p.local().index()).ty() instanceof Ty.Ref)) return null;
        int n = 0;
        for (int k = 1; k < ps.size(); k++) {
            switch (ps.get(k)) {
                case Place.Projection.Field fl -> n++;
                case Place.Projection.Downcast dc -> { }
                case Place.Projection.Deref d -> { return null; }
                case Place.Projection.Index ix -> { return null; }
                case Place.Projection.ConstantIndex ci -> { return null; }
                case Place.Projection.Subslice ss -> { return null; }
            }
        }
        int[] fields = new int[n];
        n = 0;
        for (int k = 1; k < ps.size(); k++) if (ps.get(k) instanceof Place.Projection.Field fl) fields[n++] = fl.index();
        return fields;
    }

    /**
     * What a move must look at to know whether the moved place is a reference (references stay
     * readable): null when its MIR type is known not to be one, else that type (substituted per instance).
     */
    private static Ty refCandidate(Ty ty) {
        if (!TySubst.needsSubst(ty)) return ty instanceof Ty.Ref ? ty : null;
        return ty;
    }

    private static Src unresolved(Operand op) { return new Src(op, null, false, -1, -1, false, null); }

    static boolean scalar(Value v) {
        return v instanceof Value.Int || v instanceof Value.Bool || v instanceof Value.Char || v instanceof Value.Float;
    }

    /**
     * The value the operand would give, without copying or moving it; null when the generic way must
     * read it (unresolved operand, dead slot, uninitialised or missing part).
     */
    Value peek(Frame f) {
        if (constant != null) return constant;
        if (local < 0) return unit ? UNIT_SHAPE : null; // (take builds a fresh one)
        Allocation a = f.slots[local];
        if (!a.live) return null;
        Value v = a.root;
        if (derefFields != null) return behind(v, derefFields);
        if (field >= 0) {
            if (!(v instanceof Value.Agg g) || field >= g.fields.length) return null;
            v = g.fields[field];
        }
        return v instanceof Value.Uninit ? null : v;
    }

    /**
     * The value at pointer {@code v} then {@code fields}, as the generic way reads it, or null for
     * anything it would treat otherwise (not a pointer, dangling, freed, a byte buffer on the way,
     * uninitialised).
     */
    static Value behind(Value v, int[] fields) {
        if (!(v instanceof Value.Ptr p) || p.alloc() == null || !p.alloc().live) return null;
        Value x = at(p.alloc().root, p.path());
        return x == null ? null : at(x, fields);
    }

    private static Value at(Value v, int[] path) {
        for (int i : path) {
            if (!(v instanceof Value.Agg g) || i < 0 || i >= g.fields.length) return null;
            v = g.fields[i];
        }
        return v instanceof Value.Uninit ? null : v;
    }

    /** The scalar a pure operand gives, or null when it is not a plain initialised scalar. */
    Value scalar(Frame f) {
        Value v = peek(f);
        return scalar(v) ? v : null;
    }

    /** Copies or moves out the value {@link #peek} returned (non-null), as the generic way would. */
    Value take(Frame f, Value v) {
        if (unit) return new Value.Agg(0, NO_FIELDS);
        if (!move) return constant != null ? v : Value.deepCopy(v);
        if (refCandidate != null && isRef(f)) return v; // as Places#move: references stay readable
        if (v instanceof Value.Bytes) return Value.deepCopy(v);
        Allocation a = f.slots[local];
        a.touch();
        if (field < 0) a.root = Value.UNINIT;
        else ((Value.Agg) a.root).fields[field] = Value.UNINIT;
        return v;
    }

    private boolean isRef(Frame f) {
        if (refCandidate instanceof Ty.Ref) return true;
        return (field < 0 ? Types.localOf(f, local) : f.inst.subst(refCandidate)) instanceof Ty.Ref;
    }
}
