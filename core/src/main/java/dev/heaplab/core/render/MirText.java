package dev.heaplab.core.render;

import dev.heaplab.core.mir.ConstValue;
import dev.heaplab.core.mir.Operand;
import dev.heaplab.core.mir.Place;
import dev.heaplab.core.mir.Rvalue;
import dev.heaplab.core.mir.Terminator;
import dev.heaplab.core.fmt.FormatTemplate;
import dev.heaplab.core.types.AdtDef;
import dev.heaplab.core.types.DefNames;
import dev.heaplab.core.types.ProgramDefs;
import dev.heaplab.core.types.Ty;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Spells places, operands, rvalues and constants the way rustc's MIR dumps do (`copy _1`, `(_2.0: i32)`, `const 1_i32`). */
final class MirText {
    private final DefNames names;
    private final ProgramDefs defs; // null when only names are known

    MirText(DefNames names) {
        this.names = names;
        this.defs = names instanceof ProgramDefs d ? d : null;
    }

    String ty(Ty t) { return t.display(names); }

    String place(Place p) {
        String s = p.local().toString();
        for (Place.Projection pr : p.projections()) {
            s = switch (pr) {
                case Place.Projection.Deref d -> "(*" + s + ")";
                case Place.Projection.Field f -> "(" + s + "." + f.index() + ": " + ty(f.ty()) + ")";
                case Place.Projection.Index i -> s + "[" + i.index() + "]";
                case Place.Projection.ConstantIndex c -> s + "[" + (c.fromEnd() ? "-" : "") + c.offset() + "]";
                case Place.Projection.Subslice sub -> s + "[" + sub.from() + ":-" + sub.to() + "]";
                case Place.Projection.Downcast d -> "(" + s + " as " + d.name() + ")";
            };
        }
        return s;
    }

    String operand(Operand o) {
        return switch (o) {
            case Operand.Copy c -> "copy " + place(c.place());
            case Operand.Move m -> "move " + place(m.place());
            case Operand.Constant c -> "const " + constant(c.value(), c.ty());
        };
    }

    /** A called function: fn items print as their path, anything else as an operand. */
    String callee(Operand o) {
        if (o instanceof Operand.Constant c && c.ty() instanceof Ty.FnDef f) {
            return names.name(f.def()) + (f.args().isEmpty() ? ""
                    : f.args().stream().map(this::ty).collect(Collectors.joining(", ", "::<", ">")));
        }
        return operand(o);
    }

    String constant(ConstValue v, Ty t) {
        return switch (v) {
            case ConstValue.Int i -> i.value() + "_" + ty(t);
            case ConstValue.Float f -> floatText(f.value()) + ty(t);
            case ConstValue.Bool b -> Boolean.toString(b.value());
            case ConstValue.Char c -> "'" + escape(new String(Character.toChars(c.codePoint())), '\'') + "'";
            case ConstValue.Str s -> "\"" + escape(s.value(), '"') + "\"";
            case ConstValue.ByteStr b -> "b\"" + bytes(b.value()) + "\"";
            case ConstValue.ZeroSized z -> t.isUnit() ? "()" : t instanceof Ty.FnDef f ? callee(new Operand.Constant(v, t))
                    : "ZeroSized: " + ty(t);
            case ConstValue.Format f -> "format_args!(\"" + template(f.template()) + "\")";
        };
    }

    String rvalue(Rvalue r) {
        return switch (r) {
            case Rvalue.Use u -> operand(u.operand());
            case Rvalue.Repeat rep -> "[" + operand(rep.operand()) + "; " + rep.count() + "]";
            case Rvalue.Ref ref -> switch (ref.kind()) {
                case SHARED -> "&" + place(ref.place());
                case MUT, TWO_PHASE_MUT -> "&mut " + place(ref.place());
                case SHALLOW -> "&fake shallow " + place(ref.place());
            };
            case Rvalue.RawPtr p -> "&raw " + (p.mutable() ? "mut " : "const ") + place(p.place());
            case Rvalue.Len l -> "Len(" + place(l.place()) + ")";
            case Rvalue.Cast c -> operand(c.operand()) + " as " + ty(c.target()) + " (" + camel(c.kind().name()) + ")";
            case Rvalue.BinaryOp b -> camel(b.op().name()) + "(" + operand(b.lhs()) + ", " + operand(b.rhs()) + ")";
            case Rvalue.CheckedBinaryOp b -> camel(b.op().name()) + "WithOverflow(" + operand(b.lhs()) + ", "
                    + operand(b.rhs()) + ")";
            case Rvalue.UnaryOp u -> camel(u.op().name()) + "(" + operand(u.operand()) + ")";
            case Rvalue.Discriminant d -> "discriminant(" + place(d.place()) + ")";
            case Rvalue.Aggregate a -> aggregate(a.kind(), a.operands());
            case Rvalue.ClosureValue c -> "{closure@" + names.name(c.closure()) + "}" + list(c.captures(), "(", ")");
        };
    }

    private String aggregate(Rvalue.AggregateKind kind, List<Operand> ops) {
        return switch (kind) {
            case Rvalue.AggregateKind.Tuple t -> ops.size() == 1 ? "(" + operand(ops.get(0)) + ",)" : list(ops, "(", ")");
            case Rvalue.AggregateKind.Array a -> list(ops, "[", "]");
            case Rvalue.AggregateKind.Adt adt -> {
                String args = adt.args().isEmpty() ? "" : adt.args().stream().map(this::ty).collect(Collectors.joining(", ", "::<", ">"));
                AdtDef def = defs == null ? null : defs.adt(adt.adt());
                if (def == null) yield names.name(adt.adt()) + args + "#" + adt.variant() + list(ops, "(", ")");
                AdtDef.VariantDef v = def.variants().get(adt.variant());
                String head = def.name() + args + (def.isEnum() ? "::" + v.name() : "");
                yield switch (v.ctor()) {
                    case UNIT -> head;
                    case TUPLE -> head + list(ops, "(", ")");
                    case NAMED -> {
                        StringBuilder b = new StringBuilder(head).append(" { ");
                        for (int i = 0; i < ops.size(); i++) {
                            String field = i < v.fields().size() ? v.fields().get(i).name() : Integer.toString(i);
                            b.append(i == 0 ? "" : ", ").append(field).append(": ").append(operand(ops.get(i)));
                        }
                        yield b.append(" }").toString();
                    }
                };
            }
        };
    }

    String assertMessage(Terminator.AssertMessage m) {
        return switch (m) {
            case Terminator.AssertMessage.BoundsCheck b -> "\"index out of bounds: the length is {} but the index is {}\", "
                    + operand(b.len()) + ", " + operand(b.index());
            case Terminator.AssertMessage.Overflow o -> "\"" + o.text() + "\"";
            case Terminator.AssertMessage.OverflowNeg n -> "\"" + n.text() + "\"";
            case Terminator.AssertMessage.DivisionByZero d -> "\"" + d.text() + "\"";
        };
    }

    private String list(List<Operand> ops, String open, String close) {
        return ops.stream().map(this::operand).collect(Collectors.joining(", ", open, close));
    }

    /** `BIT_AND` → `BitAnd`, `INT_TO_INT` → `IntToInt`. */
    private static String camel(String enumName) {
        StringBuilder b = new StringBuilder();
        for (String part : enumName.split("_")) {
            b.append(part.charAt(0)).append(part.substring(1).toLowerCase(Locale.ROOT));
        }
        return b.toString();
    }

    private static String floatText(double d) {
        if (d == Math.rint(d) && !Double.isInfinite(d) && Math.abs(d) < 1e16) return Long.toString((long) d);
        return Double.toString(d);
    }

    private static String template(FormatTemplate t) {
        StringBuilder b = new StringBuilder();
        for (FormatTemplate.Piece p : t.pieces()) {
            switch (p) {
                case FormatTemplate.Piece.Literal l -> b.append(escape(l.text().replace("{", "{{").replace("}", "}}"), '"'));
                case FormatTemplate.Piece.Argument a -> b.append('{').append(a.argIndex()).append('}');
            }
        }
        return b.toString();
    }

    private static String escape(String s, char quote) {
        StringBuilder b = new StringBuilder();
        s.codePoints().forEach(c -> {
            switch (c) {
                case '\n' -> b.append("\\n");
                case '\t' -> b.append("\\t");
                case '\r' -> b.append("\\r");
                case '\\' -> b.append("\\\\");
                case 0 -> b.append("\\0");
                default -> {
                    if (c == quote) b.append('\\').append((char) c);
                    else b.appendCodePoint(c);
                }
            }
        });
        return b.toString();
    }

    private static String bytes(byte[] bs) {
        StringBuilder b = new StringBuilder();
        for (byte x : bs) {
            int c = x & 0xff;
            if (c >= 0x20 && c < 0x7f && c != '"' && c != '\\') b.append((char) c);
            else b.append(String.format("\\x%02x", c));
        }
        return b.toString();
    }
}
