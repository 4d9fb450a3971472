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
        r.put("fmt::format", c -> StringBuiltins.fromString(c.m(), render(c, 0), c.span()));
        r.put("fmt::write_string", c -> {
            StringBuiltins.append(c.m(), c.agg(0), render(c, 1).getBytes(StandardCharsets.UTF_8), c.span());
            return c.m().types.ok(Value.unit());
        });
        r.put("fmt::write_formatter", c -> {
            formatter(c, 0).write(render(c, 1));
            return c.m().types.ok(Value.unit());
        });
        r.put("panic::panic_fmt", c -> { throw c.panic(render(c, 0)); });
        r.put("panic::assert_failed", FmtBuiltins::assertFailed);
        r.put("fmt::to_string", c -> {
            StringBuilder sb = new StringBuilder();
            new ValueFormatter(c.m(), c.span()).format(RustFormatter.of(sb), FormatTemplate.Trait.DISPLAY, c.ptr(0),
                    c.pointee(0));
            return StringBuiltins.fromString(c.m(), sb.toString(), c.span());
        });
        r.put("ToString::to_string", r.get("fmt::to_string"));
        r.put("Formatter::write_str", c -> {
            formatter(c, 0).write(c.str(1));
            return c.m().types.ok(Value.unit());
        });
        r.put("Formatter::pad", c -> {
            formatter(c, 0).pad(c.str(1));
            return c.m().types.ok(Value.unit());
        });
        r.put("Formatter::alternate", c -> Arith.bool(formatter(c, 0).alternate()));
        r.put("Formatter::width", c -> optionalUsize(c, formatter(c, 0).width()));
        r.put("Formatter::precision", c -> optionalUsize(c, formatter(c, 0).precision()));
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
        Value tv = c.args()[t];
        if (!(tv instanceof Value.Native n) || !(n.state() instanceof FormatTemplate template))
            throw new MachineStop.Internal("formatting builtin without a template", c.span());
        return render(c, template, t + 1);
    }

    static String render(Builtins.Call c, FormatTemplate template, int first) {
        StringBuilder sb = new StringBuilder();
        ValueFormatter vf = new ValueFormatter(c.m(), c.span());
        TemplateWriter.write(sb, template, new TemplateWriter.Arguments() {
            @Override public void format(int index, FormatTemplate.Trait trait, RustFormatter f) {
                int k = first + index;
                Ty ty = c.argTys()[k];
                Ty inner = c.m().types.pointee(ty);
                if (ty instanceof Ty.Ref && inner != null) vf.format(f, trait, c.ptr(k), inner);
                else vf.format(f, trait, Value.Ptr.thin(c.m().temp(c.args()[k], "arg"), new int[0]), ty);
            }

            @Override public long usize(int index) {
                Value v = c.args()[first + index];
                if (v instanceof Value.Ptr p) v = Memory.get(p, c.span());
                return ((Value.Int) v).bits();
            }
        });
        return sb.toString();
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
