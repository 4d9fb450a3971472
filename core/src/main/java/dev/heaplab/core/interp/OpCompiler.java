package dev.heaplab.core.interp;

import dev.heaplab.core.mir.Body;
import dev.heaplab.core.mir.Operand;
import dev.heaplab.core.mir.Place;
import dev.heaplab.core.mir.Rvalue;
import dev.heaplab.core.mir.Statement;
import dev.heaplab.core.types.AdtDef;
import dev.heaplab.core.types.Ty;
import dev.heaplab.core.types.TySubst;
import java.util.List;

/**
 * Compiles a block's statements into {@link Op}s: index i holds the op that starts at statement i
 * (a run of storage markers is one op standing for all of them), null where none does. Statements it
 * does not know (projections on the written place, borrows of projections, Len, Discriminant, Repeat,
 * SetDiscriminant) keep only their generic form.
 */
final class OpCompiler {
    private OpCompiler() {}

    static Op[] block(Statement[] ss, Body body, Rvalues rv) {
        Op[] ops = new Op[ss.length];
        for (int i = 0; i < ss.length; ) {
            int end = i;
            while (end < ss.length && mark(ss[end]) >= 0) end++;
            if (end > i) {
                ops[i] = marks(ss, i, end);
                i = end;
            } else {
                ops[i] = statement(ss[i], body, rv);
                i++;
            }
        }
        return ops;
    }

    /** The {@link Op.Marks} kind of a statement, or −1 when it is not a marker. */
    private static byte mark(Statement s) {
        return switch (s) {
            case Statement.StorageLive l -> Op.Marks.LIVE;
            case Statement.StorageDead d -> Op.Marks.DEAD;
            case Statement.SetDropFlag df -> df.value() ? Op.Marks.FLAG_TRUE : Op.Marks.FLAG_FALSE;
            case Statement.PlaceMention fr -> Op.Marks.NOTHING;
            case Statement.Nop n -> Op.Marks.NOTHING;
            case Statement.Assign a -> -1;
            case Statement.SetDiscriminant sd -> -1;
        };
    }

    private static Op marks(Statement[] ss, int from, int to) {
        byte[] kinds = new byte[to - from];
        int[] locals = new int[kinds.length];
        for (int k = 0; k < kinds.length; k++) {
            Statement s = ss[from + k];
            kinds[k] = mark(s);
            locals[k] = switch (s) {
                case Statement.StorageLive l -> l.local().index();
                case Statement.StorageDead d -> d.local().index();
                case Statement.SetDropFlag df -> df.flag().index();
                default -> -1;
            };
        }
        return new Op.Marks(kinds, locals);
    }

    private static Op statement(Statement s, Body body, Rvalues rv) {
        if (!(s instanceof Statement.Assign a) || !a.place().isLocal()) return null;
        int dest = a.place().local().index();
        return switch (a.rvalue()) {
            case Rvalue.Use u -> {
                Src src = Src.of(u.operand(), body, rv);
                yield src.resolved() ? new Op.Use(dest, src) : null;
            }
            case Rvalue.Ref r when r.place().isLocal() -> new Op.RefLocal(dest, r.place().local().index());
            case Rvalue.RawPtr r when r.place().isLocal() -> new Op.RefLocal(dest, r.place().local().index());
            case Rvalue.Ref r when derefOfRef(r.place(), body) -> new Op.Reborrow(dest, r.place().local().index());
            case Rvalue.Ref r when fieldsBehind(r.place(), body) != null ->
                    new Op.RefBehind(dest, r.place().local().index(), fieldsBehind(r.place(), body));
            case Rvalue.Discriminant d -> discriminant(dest, d.place(), body, rv);
            case Rvalue.Aggregate ag -> aggregate(dest, ag.kind() instanceof Rvalue.AggregateKind.Adt adt ? adt.variant() : 0,
                    ag.operands(), body, rv);
            case Rvalue.ClosureValue c -> aggregate(dest, 0, c.captures(), body, rv);
            case Rvalue.BinaryOp b -> {
                Src[] ops = operands(List.of(b.lhs(), b.rhs()), body, rv);
                yield ops == null || b.op() == Rvalue.BinOp.OFFSET ? null : new ScalarOp.Binary(dest, b.op(), ops[0], ops[1]);
            }
            case Rvalue.CheckedBinaryOp b -> {
                Src[] ops = operands(List.of(b.lhs(), b.rhs()), body, rv);
                yield ops == null ? null : new ScalarOp.Checked(dest, b.op(), ops[0], ops[1]);
            }
            case Rvalue.UnaryOp u -> {
                Src o = Src.of(u.operand(), body, rv);
                yield o.resolved() ? new ScalarOp.Unary(dest, u.op(), null, o) : null;
            }
            case Rvalue.Cast c -> {
                boolean numeric = switch (c.kind()) {
                    case INT_TO_INT, INT_TO_FLOAT, FLOAT_TO_INT, FLOAT_TO_FLOAT -> true;
                    default -> false;
                };
                Src o = Src.of(c.operand(), body, rv);
                yield numeric && o.resolved() && !TySubst.needsSubst(c.target()) ? new ScalarOp.Unary(dest, null, c.target(), o) : null;
            }
            default -> null;
        };
    }

    /** `*_l` where `_l` is declared a reference (not a Box, whose deref the generic way resolves). */
    private static boolean derefOfRef(Place p, Body body) {
        return p.projections().size() == 1 && p.projections().get(0) instanceof Place.Projection.Deref
                && body.locals().get(p.local().index()).ty() instanceof Ty.Ref;
    }

    /** `&(*_l).f…` with at least one field (`&(*_l)` alone is {@link Op.Reborrow}). */
    private static int[] fieldsBehind(Place p, Body body) {
        int[] fields = Src.fieldsBehindRef(p, body);
        return fields == null || fields.length == 0 ? null : fields;
    }

    /** `discriminant(place)` of an enum in a local or behind a reference (see {@link Src}), declared in the MIR. */
    private static Op discriminant(int dest, Place place, Body body, Rvalues rv) {
        Src src = Src.of(new Operand.Copy(place), body, rv);
        if (!src.resolved() || src.constant != null) return null;
        Ty ty = body.locals().get(place.local().index()).ty();
        for (Place.Projection proj : place.projections()) {
            ty = switch (proj) {
                case Place.Projection.Deref d -> ty instanceof Ty.Ref r ? r.inner() : null;
                case Place.Projection.Field fl -> fl.ty();
                case Place.Projection.Downcast dc -> ty;
                case Place.Projection.Index ix -> null;
                case Place.Projection.ConstantIndex ci -> null;
                case Place.Projection.Subslice ss -> null;
            };
            if (ty == null) return null;
        }
        if (!(ty instanceof Ty.Adt a)) return null;
        AdtDef d = rv.defs().adt(a.def());
        if (d == null) return null;
        long[] discrs = new long[d.variants().size()];
        for (int v = 0; v < discrs.length; v++) discrs[v] = d.variants().get(v).discriminant();
        return new Op.Discriminant(dest, src, discrs);
    }

    private static Op aggregate(int dest, int variant, List<Operand> operands, Body body, Rvalues rv) {
        Src[] ops = operands(operands, body, rv);
        return ops == null ? null : new Op.Aggregate(dest, variant, ops);
    }

    /**
     * Resolved operands, or null when one is not resolved or when a moved local is read by another
     * operand too (the generic way would see it moved; checking all before moving any would not).
     */
    private static Src[] operands(List<Operand> operands, Body body, Rvalues rv) {
        Src[] ops = new Src[operands.size()];
        for (int i = 0; i < ops.length; i++) {
            ops[i] = Src.of(operands.get(i), body, rv);
            if (!ops[i].resolved()) return null;
        }
        for (int i = 0; i < ops.length; i++) {
            if (!ops[i].move) continue;
            for (int j = 0; j < ops.length; j++) if (j != i && ops[j].local == ops[i].local) return null;
        }
        return ops;
    }
}
