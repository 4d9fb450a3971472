package dev.heaplab.core.interp;

import dev.heaplab.core.mir.ConstValue;
import dev.heaplab.core.mir.Operand;
import dev.heaplab.core.mir.Rvalue;
import dev.heaplab.core.trace.MachineEvent;
import dev.heaplab.core.types.AdtDef;
import dev.heaplab.core.types.FloatTy;
import dev.heaplab.core.types.IntTy;
import dev.heaplab.core.types.LangItem;
import dev.heaplab.core.types.Ty;
import java.util.List;

/** Evaluates operands, constants and rvalues of a frame to values. */
final class Rvalues {
    private final Interp m;

    /** The program's definitions (for ops resolved ahead, see {@link OpCompiler}). */
    dev.heaplab.core.types.ProgramDefs defs() { return m.defs; }

    Rvalues(Interp m) { this.m = m; }

    Value operand(Frame f, Operand op) {
        return switch (op) {
            case Operand.Copy c -> {
                Value v = m.places.copy(f, c.place());
                if (m.detailed) {
                    String name = m.placeNames.name(f, c.place());
                    if (name != null) m.emit(new MachineEvent.Copy(m.current, m.depth(), c.place().toString(), name));
                }
                yield v;
            }
            case Operand.Move mv -> m.places.move(f, mv.place());
            case Operand.Constant k -> constant(k.value(), m.types.subst(k.ty(), f));
        };
    }

    Ty operandTy(Frame f, Operand op) {
        return switch (op) {
            case Operand.Copy c -> m.places.type(f, c.place());
            case Operand.Move mv -> m.places.type(f, mv.place());
            case Operand.Constant k -> m.types.subst(k.ty(), f);
        };
    }

    Value constant(ConstValue c, Ty ty) {
        return switch (c) {
            case ConstValue.Int i -> {
                if (ty instanceof Ty.Int t) yield Value.Int.of(i.value(), t.kind());
                if (ty instanceof Ty.Float t) yield Arith.flt(i.value().doubleValue(), t.kind());
                if (ty instanceof Ty.Char) yield new Value.Char(i.value().intValue());
                if (ty instanceof Ty.Bool) yield Arith.bool(i.value().signum() != 0);
                yield new Value.Int(i.value().longValue(), IntTy.I32);
            }
            case ConstValue.Float x -> Arith.flt(x.value(), ty instanceof Ty.Float t ? t.kind() : FloatTy.F64);
            case ConstValue.Bool b -> Arith.bool(b.value());
            case ConstValue.Char ch -> new Value.Char(ch.codePoint());
            case ConstValue.Str s -> m.strLiteral(s.value());
            case ConstValue.ByteStr b -> m.staticBytes(b.value());
            case ConstValue.ZeroSized z -> ty instanceof Ty.FnDef fd ? new Value.FnPtr(fd.def(), fd.args()) : Value.unit();
            case ConstValue.Format fm -> new Value.Native(fm.template());
        };
    }

    Value rvalue(Frame f, Rvalue rv) {
        return switch (rv) {
            case Rvalue.Use u -> operand(f, u.operand());
            case Rvalue.Repeat r -> {
                Value v = operand(f, r.operand());
                Heap.checkLength(r.count(), m.current);
                Value[] out = new Value[(int) r.count()];
                for (int i = 0; i < out.length; i++) out[i] = Value.deepCopy(v);
                yield new Value.Agg(0, out);
            }
            case Rvalue.Ref r -> {
                Value v = ref(m.places.eval(f, r.place(), false));
                if (m.detailed) m.emit(new MachineEvent.Borrow(m.current, m.depth(), m.placeNames.name(f, r.place()),
                        r.kind() == Rvalue.BorrowKind.MUT || r.kind() == Rvalue.BorrowKind.TWO_PHASE_MUT));
                yield v;
            }
            case Rvalue.RawPtr r -> ref(m.places.eval(f, r.place(), false));
            case Rvalue.Len l -> {
                PlaceRef p = m.places.eval(f, l.place(), false);
                yield Value.usize(p.ty() instanceof Ty.Array a ? a.len() : p.meta());
            }
            case Rvalue.Cast c -> cast(f, c);
            case Rvalue.BinaryOp b -> binary(f, b);
            case Rvalue.CheckedBinaryOp b -> {
                Arith.Checked r = Arith.checked(b.op(), scalar(f, b.lhs()), scalar(f, b.rhs()), m.current);
                yield Value.Agg.of(r.value(), Arith.bool(r.overflow()));
            }
            case Rvalue.UnaryOp u -> Arith.unary(u.op(), scalar(f, u.operand()), m.current);
            case Rvalue.Discriminant d -> discriminant(f, d);
            case Rvalue.Aggregate a -> {
                Value[] vals = operands(f, a.operands());
                int variant = a.kind() instanceof Rvalue.AggregateKind.Adt adt ? adt.variant() : 0;
                yield new Value.Agg(variant, vals);
            }
            case Rvalue.ClosureValue c -> new Value.Agg(0, operands(f, c.captures()));
        };
    }

    /**
     * A binary operation. Comparing aggregates (String, Vec, structs: the lowering left `==` as an
     * operator) goes through PartialEq/Ord structurally, user impls included.
     */
    private Value binary(Frame f, Rvalue.BinaryOp b) {
        Value l = scalar(f, b.lhs()), r = scalar(f, b.rhs());
        if ((l instanceof Value.Agg || l instanceof Value.Ptr) && isComparison(b.op())) {
            Ty ty = operandTy(f, b.lhs());
            while (ty instanceof Ty.Ref ref && l instanceof Value.Ptr pl && r instanceof Value.Ptr pr
                    && !(ref.inner() instanceof Ty.Str) && !(ref.inner() instanceof Ty.Slice)) {
                l = Memory.get(pl, m.current);
                r = Memory.get(pr, m.current);
                ty = ref.inner();
            }
            if (!(ty instanceof Ty.RawPtr) && !(ty instanceof Ty.FnPtr)) {
                if (b.op() == Rvalue.BinOp.EQ) return Arith.bool(Derived.eq(m, l, r, ty, m.current));
                if (b.op() == Rvalue.BinOp.NE) return Arith.bool(!Derived.eq(m, l, r, ty, m.current));
                int c = Derived.cmp(m, l, r, ty, m.current);
                return Arith.bool(Derived.holds(switch (b.op()) {
                    case LT -> "lt";
                    case LE -> "le";
                    case GT -> "gt";
                    default -> "ge";
                }, c));
            }
        }
        return Arith.binary(b.op(), l, r, m.current);
    }

    private static boolean isComparison(Rvalue.BinOp op) {
        return switch (op) {
            case EQ, NE, LT, LE, GT, GE -> true;
            default -> false;
        };
    }

    /** An arithmetic operand; a reference to a scalar (`&i32 + i32`, `*x > k`) is read through. */
    private Value scalar(Frame f, Operand op) {
        Value v = operand(f, op);
        if (!(v instanceof Value.Ptr)) return v;
        Ty ty = operandTy(f, op);
        while (ty instanceof Ty.Ref r && v instanceof Value.Ptr p) {
            Value inner = Memory.get(p, m.current);
            if (inner instanceof Value.Agg || inner instanceof Value.Bytes) break;
            v = inner;
            ty = r.inner();
        }
        return v;
    }

    private Value[] operands(Frame f, List<Operand> ops) {
        Value[] vals = new Value[ops.size()];
        for (int i = 0; i < vals.length; i++) vals[i] = operand(f, ops.get(i));
        return vals;
    }

    private Value ref(PlaceRef p) {
        return p.toPtr();
    }

    private Value discriminant(Frame f, Rvalue.Discriminant d) {
        PlaceRef p = m.places.eval(f, d.place(), false);
        Value v = Memory.get(p.alloc(), p.path(), m.current);
        int variant = v instanceof Value.Agg g ? g.variant : 0;
        long discr = variant;
        if (p.ty() instanceof Ty.Adt a) {
            AdtDef def = m.defs.adt(a.def());
            if (def != null && variant < def.variants().size()) discr = def.variants().get(variant).discriminant();
        }
        return new Value.Int(discr, IntTy.ISIZE);
    }

    private Value cast(Frame f, Rvalue.Cast c) {
        Ty target = m.types.subst(c.target(), f);
        Ty srcTy = operandTy(f, c.operand());
        Value v = operand(f, c.operand());
        return switch (c.kind()) {
            case INT_TO_INT, INT_TO_FLOAT, FLOAT_TO_INT, FLOAT_TO_FLOAT -> Arith.cast(v, target, m.current);
            case PTR_TO_PTR, TRANSMUTE -> target instanceof Ty.Int it && v instanceof Value.Ptr p
                    ? Arith.cast(new Value.Int(ValueFormatter.address(p), IntTy.USIZE), it, m.current) : v;
            case FN_TO_PTR -> target instanceof Ty.Int it
                    ? Arith.cast(new Value.Int(fnAddress(v instanceof Value.FnPtr fp ? fp : switch (srcTy) {
                        case Ty.FnDef fd -> new Value.FnPtr(fd.def(), fd.args());
                        default -> throw new IllegalStateException("fn address of " + srcTy);
                    }), IntTy.USIZE), it, m.current)
                    : switch (srcTy) {
                case Ty.FnDef fd -> new Value.FnPtr(fd.def(), fd.args());
                case Ty.Closure cl -> new Value.FnPtr(cl.def(), cl.parentArgs());
                default -> v;
            };
            case UNSIZE -> unsize(v, srcTy, target);
        };
    }

    /** A stable fake address for a function (`f as usize`): distinct per function and generic arguments. */
    private static long fnAddress(Value.FnPtr f) {
        return 0x5555_4000_0000L + f.def().index() * 0x1000L + (f.args().hashCode() & 0xff) * 0x10L;
    }

    /** `&[T; N]` → `&[T]` (pointer to the first element plus N) and `&T` → `&dyn Trait` (remember T). */
    private Value unsize(Value v, Ty src, Ty target) {
        if (!(v instanceof Value.Ptr p)) return v;
        Ty from = m.types.pointee(src);
        Ty to = m.types.pointee(target);
        // `Rc<T>`/`Arc<T>` to `Rc<dyn Trait>`: the pointer to the shared block carries T, as a `Box`'s does
        if (from == null && src instanceof Ty.Adt sa && target instanceof Ty.Adt ta
                && (m.types.is(sa, LangItem.RC) || m.types.is(sa, LangItem.ARC))) {
            from = Types.arg(sa, 0);
            to = Types.arg(ta, 0);
        }
        if (from instanceof Ty.Array arr && to instanceof Ty.Slice) return p.child(0).withMeta(arr.len());
        if (to instanceof Ty.Dynamic) return new Value.Ptr(p.alloc(), p.path(), p.meta(), from instanceof Ty.Dynamic ? p.dynTy() : from);
        return v;
    }
}
