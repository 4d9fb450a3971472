package dev.heaplab.core.fmt;

import dev.heaplab.core.fmt.FormatTemplate.Trait;
import dev.heaplab.core.types.IntTy;
import java.util.List;

/** Test support: formats Java values through a parsed template like `format!` would. */
final class Render {
    private Render() {}

    /** Values map to Rust types: Integer i32, Long i64, Byte i8, Short i16, Double f64, Float f32, String &str, Character char, Boolean bool, RustFormatter.Fmt any Debug. */
    static String format(String template, Object... values) {
        return withCaptures(template, java.util.Map.of(), values);
    }

    /** Like {@link #format}, with variables that `{name}` holes capture. */
    static String withCaptures(String template, java.util.Map<String, Object> variables, Object... positional) {
        FormatParse p = FormatStringParser.parse(template, positional.length, List.of());
        if (p.hasErrors()) throw new AssertionError("parse errors: " + p.diagnostics());
        java.util.List<Object> all = new java.util.ArrayList<>(List.of(positional));
        for (FormatParse.Capture c : p.captures()) {
            if (c.argIndex() != all.size()) throw new AssertionError("capture index " + c.argIndex());
            all.add(variables.get(c.name()));
        }
        Object[] values = all.toArray();
        StringBuilder sb = new StringBuilder();
        TemplateWriter.write(sb, p.template(), new TemplateWriter.Arguments() {
            @Override public void format(int index, Trait trait, RustFormatter f) { value(f, trait, values[index]); }
            @Override public long usize(int index) { return ((Number) values[index]).longValue(); }
        });
        return sb.toString();
    }

    static void value(RustFormatter f, Trait trait, Object v) {
        switch (v) {
            case Integer i -> IntFormat.format(f, trait, i, IntTy.I32);
            case Long l -> IntFormat.format(f, trait, l, IntTy.I64);
            case Byte b -> IntFormat.format(f, trait, b, IntTy.I8);
            case Short s -> IntFormat.format(f, trait, s, IntTy.I16);
            case Double d -> {
                switch (trait) {
                    case DEBUG -> FloatFormat.debug(f, d);
                    case LOWER_EXP -> FloatFormat.lowerExp(f, d);
                    case UPPER_EXP -> FloatFormat.upperExp(f, d);
                    default -> FloatFormat.display(f, d);
                }
            }
            case Float x -> {
                switch (trait) {
                    case DEBUG -> FloatFormat.debug(f, x);
                    case LOWER_EXP -> FloatFormat.lowerExp(f, x);
                    case UPPER_EXP -> FloatFormat.upperExp(f, x);
                    default -> FloatFormat.display(f, x);
                }
            }
            case String s -> { if (trait == Trait.DEBUG) TextFormat.debugStr(f, s); else TextFormat.displayStr(f, s); }
            case Character c -> { if (trait == Trait.DEBUG) TextFormat.debugChar(f, c); else TextFormat.displayChar(f, c); }
            case Boolean b -> TextFormat.displayBool(f, b);
            case RustFormatter.Fmt fmt -> fmt.fmt(f);
            default -> throw new IllegalArgumentException(v.getClass().toString());
        }
    }
}
