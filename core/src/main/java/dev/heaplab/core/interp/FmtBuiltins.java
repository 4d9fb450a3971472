package dev.heaplab.core.interp;

import dev.heaplab.core.fmt.FormatTemplate;
import dev.heaplab.core.fmt.RustFormatter;
import dev.heaplab.core.fmt.TemplateWriter;
import dev.heaplab.core.types.Ty;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The formatting and panicking builtins the macros lower to. Their arguments are a
 * {@code Constant(Format(template))} then references to the values (see the builtins contract).
 */
final class FmtBuiltins {
    private FmtBuiltins() {}

    static void register(Map<String, Builtins.Native> r) {
        r.put("fmt::print", c -> {
            c.m().print(false, render(c, 0), c.span());
            return Value.unit();
        });
        r.put("fmt::eprint", c -> {
            c.m().print(true, render(c, 0), c.span());
            return Value.unit();
        });
        r.put("fmt::format", c -> {
            FormatTemplate t = template(c, 0);
            Value.Agg s = StringBuiltins.withCapacity(c.m(), estimatedCapacity(t), c.span());
            write(c, t, 1, stringSink(c, s));
            return s;
        });
        r.put("fmt::write_string", c -> {
            write(c, template(c, 1), 2, stringSink(c, c.agg(0)));
            return c.m().types.ok(Value.unit());
        });
        r.put("fmt::write_formatter", c -> {
            write(c, template(c, 1), 2, formatter(c, 0).sink());
            return c.m().types.ok(Value.unit());
        });
        r.put("panic::panic_fmt", c -> { throw c.panic(render(c, 0)); });
        r.put("panic::assert_failed", FmtBuiltins::assertFailed);
        r.put("fmt::to_string", FmtBuiltins::toString);
        r.put("ToString::to_string", r.get("fmt::to_string"));
        r.put("fmt::display", c -> fmtInto(c, FormatTemplate.Trait.DISPLAY));
        r.put("fmt::debug", c -> fmtInto(c, FormatTemplate.Trait.DEBUG));
        r.put("ParseIntError::fmt", c -> {
            int kind = ((Value.Agg) ((Value.Agg) c.deref(0)).fields[0]).variant;
            formatter(c, 1).pad(switch (kind) {
                case 0 -> "cannot parse integer from empty string";
                case 1 -> "invalid digit found in string";
                case 2 -> "number too large to fit in target type";
                case 3 -> "number too small to fit in target type";
                default -> "number would be zero for non-zero type";
            });
            return c.m().types.ok(Value.unit());
        });
        r.put("Formatter::write_str", c -> {
            formatter(c, 0).write(c.str(1));
            return c.m().types.ok(Value.unit());
        });
        r.put("Formatter::pad", c -> {
            formatter(c, 0).pad(c.str(1));
            return c.m().types.ok(Value.unit());
        });
        // the builders: Agg[Native(builder)], each value formatted as Debug through its pointer (a `&dyn Debug`)
        r.put("Formatter::debug_struct", c -> Value.Agg.of(new Value.Native(formatter(c, 0).debugStruct(c.str(1)))));
        r.put("Formatter::debug_tuple", c -> Value.Agg.of(new Value.Native(formatter(c, 0).debugTuple(c.str(1)))));
        r.put("Formatter::debug_list", c -> Value.Agg.of(new Value.Native(formatter(c, 0).debugList())));
        r.put("Formatter::debug_set", c -> Value.Agg.of(new Value.Native(formatter(c, 0).debugSet())));
        r.put("DebugStruct::field", c -> {
            ((dev.heaplab.core.fmt.DebugStruct) builder(c)).field(c.str(1), debugOf(c, 2));
            return c.args()[0];
        });
        r.put("DebugTuple::field", c -> {
            ((dev.heaplab.core.fmt.DebugTuple) builder(c)).field(debugOf(c, 1));
            return c.args()[0];
        });
        r.put("DebugSet::entry", c -> {
            ((dev.heaplab.core.fmt.DebugList) builder(c)).entry(debugOf(c, 1));
            return c.args()[0];
        });
        r.put("DebugSet::finish", c -> {
            ((dev.heaplab.core.fmt.DebugList) builder(c)).finish();
            return c.m().types.ok(Value.unit());
        });
        r.put("DebugList::entry", c -> {
            ((dev.heaplab.core.fmt.DebugList) builder(c)).entry(debugOf(c, 1));
            return c.args()[0];
        });
        r.put("DebugStruct::finish", c -> {
            ((dev.heaplab.core.fmt.DebugStruct) builder(c)).finish();
            return c.m().types.ok(Value.unit());
        });
        r.put("DebugStruct::finish_non_exhaustive", c -> {
            ((dev.heaplab.core.fmt.DebugStruct) builder(c)).finishNonExhaustive();
            return c.m().types.ok(Value.unit());
        });
        r.put("DebugTuple::finish", c -> {
            ((dev.heaplab.core.fmt.DebugTuple) builder(c)).finish();
            return c.m().types.ok(Value.unit());
        });
        r.put("DebugList::finish", c -> {
            ((dev.heaplab.core.fmt.DebugList) builder(c)).finish();
            return c.m().types.ok(Value.unit());
        });
        r.put("Formatter::alternate", c -> Arith.bool(formatter(c, 0).alternate()));
        r.put("Formatter::width", c -> optionalUsize(c, formatter(c, 0).width()));
        r.put("Formatter::precision", c -> optionalUsize(c, formatter(c, 0).precision()));
    }

    /**
     * `x.to_string()` as std 1.95 specialises it: str, String, char and bool allocate exactly their
     * length; unsigned integers exactly their digits; signed integers the type's maximum digit count
     * (plus one when negative); everything else formats into `String::new()` write by write.
     */
    private static Value toString(Builtins.Call c) {
        Value v = c.deref(0);
        Ty self = c.pointee(0);
        Ty ty = self;
        while (ty instanceof Ty.Ref r && v instanceof Value.Ptr p && !(r.inner() instanceof Ty.Str)) {
            v = Memory.get(p, c.span());
            ty = r.inner();
        }
        // std specialises by the exact `Self`: `str` behind any number of references, but `String`, char,
        // bool and the integers only themselves (`(&&u32).to_string()` has `Self = &u32`: written by Display)
        boolean byRef = self instanceof Ty.Ref && !(ty instanceof Ty.Str || ty instanceof Ty.Ref rs0 && rs0.inner() instanceof Ty.Str);
        StringBuilder sb = new StringBuilder();
        ValueFormatter vf = new ValueFormatter(c.m(), c.span());
        boolean exact = !byRef && (ty instanceof Ty.Str || ty instanceof Ty.Char || ty instanceof Ty.Bool
                || (ty instanceof Ty.Ref rs && rs.inner() instanceof Ty.Str)
                || c.m().types.is(ty, dev.heaplab.core.types.LangItem.STRING)
                || (v instanceof Value.Int i && !i.ty().signed()));
        if (!byRef && v instanceof Value.Int i && i.ty().signed()) {
            vf.format(RustFormatter.of(sb), FormatTemplate.Trait.DISPLAY, c.ptr(0), c.pointee(0));
            long digits = Wide.max(i.ty()).toString().length();
            Value.Agg s = StringBuiltins.withCapacity(c.m(), digits + (i.big().signum() < 0 ? 1 : 0), c.span());
            StringBuiltins.append(c.m(), s, sb.toString().getBytes(StandardCharsets.UTF_8), c.span());
            return s;
        }
        if (exact) {
            vf.format(RustFormatter.of(sb), FormatTemplate.Trait.DISPLAY, c.ptr(0), c.pointee(0));
            return StringBuiltins.fromString(c.m(), sb.toString(), c.span());
        }
        Value.Agg s = RawVec.empty(c.m(), 1);
        RustFormatter f = RustFormatter.of(stringSink(c, s), ' ', FormatTemplate.Align.NONE, false, false, false,
                RustFormatter.NONE, RustFormatter.NONE, 0);
        vf.format(f, FormatTemplate.Trait.DISPLAY, c.ptr(0), c.pointee(0));
        return s;
    }

    /** `Display::fmt` / `Debug::fmt` of a native type called as a method: format `*self` into `f`. */
    private static Value fmtInto(Builtins.Call c, FormatTemplate.Trait trait) {
        new ValueFormatter(c.m(), c.span()).format(formatter(c, 1), trait, c.ptr(0), c.pointee(0));
        return c.m().types.ok(Value.unit());
    }

    private static Object builder(Builtins.Call c) { return ((Value.Native) ((Value.Agg) c.deref(0)).fields[0]).state(); }

    private static RustFormatter.Fmt debugOf(Builtins.Call c, int i) {
        Value.Ptr p = c.ptr(i);
        Ty t = c.pointee(i) instanceof Ty.Dynamic && p.dynTy() != null ? p.dynTy() : c.pointee(i);
        return f -> new ValueFormatter(c.m(), c.span()).format(f, FormatTemplate.Trait.DEBUG, p, t);
    }

    private static Value optionalUsize(Builtins.Call c, int n) {
        return n == RustFormatter.NONE ? c.m().types.none() : c.m().types.some(Value.usize(n));
    }

    static RustFormatter formatter(Builtins.Call c, int i) {
        Value v = c.deref(i);
        if (v instanceof Value.Native n && n.state() instanceof RustFormatter f) return f;
        throw new MachineStop.Internal("not a Formatter: " + v, c.span());
    }

    /** Renders the template at argument {@code t} with the arguments after it. */
    static String render(Builtins.Call c, int t) {
        StringBuilder sb = new StringBuilder();
        write(c, template(c, t), t + 1, sb::append);
        return sb.toString();
    }

    static String render(Builtins.Call c, FormatTemplate template, int first) {
        StringBuilder sb = new StringBuilder();
        write(c, template, first, sb::append);
        return sb.toString();
    }

    static FormatTemplate template(Builtins.Call c, int t) {
        Value tv = c.args()[t];
        if (!(tv instanceof Value.Native n) || !(n.state() instanceof FormatTemplate template))
            throw new MachineStop.Internal("formatting builtin without a template", c.span());
        return template;
    }

    /**
     * Writes the template into a sink piece by piece, as `fmt::write` does: each literal and each
     * formatter write is one `write_str`, so a String sink grows exactly like std's.
     */
    static void write(Builtins.Call c, FormatTemplate template, int first, RustFormatter.Sink sink) {
        ValueFormatter vf = new ValueFormatter(c.m(), c.span());
        for (FormatTemplate.Piece piece : template.pieces()) {
            switch (piece) {
                case FormatTemplate.Piece.Literal l -> sink.write(l.text());
                case FormatTemplate.Piece.Argument a -> {
                    FormatTemplate.FormatSpec s = a.spec();
                    RustFormatter f = RustFormatter.of(sink, s.fill(), s.align(), s.plus(), s.alternate(), s.zeroPad(),
                            count(c, s.width(), first), count(c, s.precision(), first), s.debugHex());
                    int k = first + a.argIndex();
                    Ty ty = c.argTys()[k];
                    Ty inner = c.m().types.pointee(ty);
                    if (ty instanceof Ty.Ref && inner != null) vf.format(f, s.trait(), c.ptr(k), inner);
                    else vf.format(f, s.trait(), Value.Ptr.thin(c.m().temp(c.args()[k], "arg"), new int[0]), ty);
                }
            }
        }
    }

    private static int count(Builtins.Call c, FormatTemplate.Count count, int first) {
        return switch (count) {
            case FormatTemplate.Count.Absent a -> RustFormatter.NONE;
            case FormatTemplate.Count.Literal l -> l.value();
            case FormatTemplate.Count.FromArg fa -> {
                Value v = c.args()[first + fa.argIndex()];
                if (v instanceof Value.Ptr p) v = Memory.get(p, c.span());
                long n = ((Value.Int) v).bits();
                yield n < 0 || n > Integer.MAX_VALUE ? Integer.MAX_VALUE : (int) n;
            }
        };
    }

    /**
     * `fmt::Arguments::estimated_capacity`: the literal pieces' length; with arguments 0 when the
     * template starts with one and the pieces are shorter than 16 bytes, else twice that length.
     */
    static long estimatedCapacity(FormatTemplate t) {
        long pieces = 0;
        boolean args = false;
        for (FormatTemplate.Piece p : t.pieces()) {
            if (p instanceof FormatTemplate.Piece.Literal l) pieces += l.text().getBytes(StandardCharsets.UTF_8).length;
            else args = true;
        }
        if (!args) return pieces;
        boolean startsWithArg = !t.pieces().isEmpty() && t.pieces().get(0) instanceof FormatTemplate.Piece.Argument;
        if (startsWithArg && pieces < 16) return 0;
        return pieces * 2;
    }

    /** A sink appending each write to a String value (growing it through the allocator). */
    static RustFormatter.Sink stringSink(Builtins.Call c, Value.Agg s) {
        return text -> StringBuiltins.append(c.m(), s, text.toString().getBytes(StandardCharsets.UTF_8), c.span());
    }

    /** `assert_eq!`/`assert_ne!` failure: kind, &left, &right, then an optional message template and its args. */
    private static Value assertFailed(Builtins.Call c) {
        long kind = ((Value.Int) c.args()[0]).bits();
        String op = kind == 0 ? "==" : "!=";
        StringBuilder sb = new StringBuilder("assertion `left ").append(op).append(" right` failed");
        if (c.args().length > 3 && c.args()[3] instanceof Value.Native n && n.state() instanceof FormatTemplate t)
            sb.append(": ").append(render(c, t, 4));
        ValueFormatter vf = new ValueFormatter(c.m(), c.span());
        StringBuilder left = new StringBuilder(), right = new StringBuilder();
        vf.format(RustFormatter.of(left), FormatTemplate.Trait.DEBUG, c.ptr(1), c.pointee(1));
        vf.format(RustFormatter.of(right), FormatTemplate.Trait.DEBUG, c.ptr(2), c.pointee(2));
        sb.append("\n  left: ").append(left).append("\n right: ").append(right);
        throw c.panic(sb.toString());
    }
}
