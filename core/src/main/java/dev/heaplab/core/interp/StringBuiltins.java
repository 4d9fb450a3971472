package dev.heaplab.core.interp;

import dev.heaplab.core.source.Span;
import dev.heaplab.core.types.IntTy;
import dev.heaplab.core.types.FloatTy;
import dev.heaplab.core.types.Ty;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * String and str builtins. A String is {@code Agg[ptr, cap, len]} over a Bytes buffer; a `&str` is a
 * pointer to its first byte with the byte length as meta. `String::from`, `to_string` and `to_owned`
 * allocate exactly len bytes; push/push_str grow like Vec<u8> (minimum capacity 8).
 */
final class StringBuiltins {
    private StringBuiltins() {}

    static void register(Map<String, Builtins.Native> r) {
        r.put("String::new", c -> RawVec.empty(c.m(), 1));
        r.put("String::with_capacity", c -> withCapacity(c.m(), c.usize(0), c.span()));
        r.put("String::from", c -> fromBytes(c.m(), Memory.bytes(c.ptr(0), c.span()), c.span()));
        r.put("str::to_string", c -> fromBytes(c.m(), Memory.bytes(c.ptr(0), c.span()), c.span()));
        r.put("str::to_owned", c -> fromBytes(c.m(), Memory.bytes(c.ptr(0), c.span()), c.span()));
        r.put("String::clone", c -> fromBytes(c.m(), bytes(c.agg(0), c.span()), c.span()));
        r.put("String::push_str", c -> {
            append(c.m(), c.agg(0), Memory.bytes(c.ptr(1), c.span()), c.span());
            return Value.unit();
        });
        r.put("String::push", c -> {
            append(c.m(), c.agg(0), new String(Character.toChars(((Value.Char) c.args()[1]).cp()))
                    .getBytes(StandardCharsets.UTF_8), c.span());
            return Value.unit();
        });
        r.put("String::add", c -> {
            Value.Agg s = (Value.Agg) c.args()[0];
            append(c.m(), s, Memory.bytes(c.ptr(1), c.span()), c.span());
            return s;
        });
        r.put("String::add_assign", c -> {
            append(c.m(), c.agg(0), Memory.bytes(c.ptr(1), c.span()), c.span());
            return Value.unit();
        });
        r.put("String::len", c -> Value.usize(RawVec.len(c.agg(0))));
        r.put("String::capacity", c -> Value.usize(RawVec.cap(c.agg(0))));
        r.put("String::is_empty", c -> Arith.bool(RawVec.len(c.agg(0)) == 0));
        r.put("String::clear", c -> {
            RawVec.setLen(c.agg(0), 0);
            return Value.unit();
        });
        r.put("String::truncate", c -> {
            Value.Agg s = c.agg(0);
            if (c.usize(1) < RawVec.len(s)) RawVec.setLen(s, c.usize(1));
            return Value.unit();
        });
        r.put("String::pop", c -> {
            Value.Agg s = c.agg(0);
            String str = new String(bytes(s, c.span()), StandardCharsets.UTF_8);
            if (str.isEmpty()) return c.m().types.none();
            int cp = str.codePointBefore(str.length());
            RawVec.setLen(s, RawVec.len(s) - new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length);
            return c.m().types.some(new Value.Char(cp));
        });
        r.put("String::as_str", c -> asStr(c.agg(0)));
        r.put("String::deref", c -> asStr(c.agg(0)));
        r.put("String::as_bytes", c -> asStr(c.agg(0)));
        r.put("String::reserve", c -> reserve(c, false));
        r.put("String::reserve_exact", c -> reserve(c, true));
        r.put("String::shrink_to_fit", c -> {
            Value.Agg s = c.agg(0);
            RawVec.resize(c.m(), s, RawVec.len(s), 1, true, c.span(), "String");
            return Value.unit();
        });
        r.put("String::eq", c -> Arith.bool(java.util.Arrays.equals(bytes(c.agg(0), c.span()), bytes(c.agg(1), c.span()))));
        r.put("str::eq", c -> Arith.bool(c.str(0).equals(c.str(1))));
        r.put("str::len", c -> Value.usize(c.ptr(0).meta()));
        r.put("str::is_empty", c -> Arith.bool(c.ptr(0).meta() == 0));
        r.put("str::as_bytes", c -> c.args()[0]);
        r.put("str::trim", c -> trim(c, true, true));
        r.put("str::trim_start", c -> trim(c, true, false));
        r.put("str::trim_end", c -> trim(c, false, true));
        r.put("str::to_uppercase", c -> fromString(c.m(), upper(c.str(0)), c.span()));
        r.put("str::to_lowercase", c -> fromString(c.m(), c.str(0).toLowerCase(java.util.Locale.ROOT), c.span()));
        r.put("str::repeat", StringBuiltins::repeat);
        r.put("str::chars", c -> StrIters.chars(c.ptr(0)));
        r.put("str::bytes", c -> StrIters.chars(c.ptr(0)));
        r.put("str::char_indices", c -> StrIters.chars(c.ptr(0)));
        r.put("str::split_whitespace", c -> StrIters.chars(c.ptr(0)));
        r.put("str::parse", StringBuiltins::parse);
        r.put("str::parse_radix", StringBuiltins::parseRadix);
        r.put("str::index_range", c -> StrIters.indexRange(c, c.ptr(0), 1));
        r.put("String::index_range", c -> StrIters.indexRange(c, asStr(c.agg(0)), 1));
        StrIters.register(r);
    }

    static Value.Ptr asStr(Value.Agg s) { return RawVec.slice(s, 0, RawVec.len(s)); }

    static Value.Agg withCapacity(Interp m, long n, Span span) {
        Value.Agg s = RawVec.empty(m, 1);
        RawVec.resize(m, s, n, 1, true, span, "String");
        return s;
    }

    static byte[] bytes(Value.Agg s, Span span) {
        long len = RawVec.len(s);
        if (len == 0) return new byte[0];
        return java.util.Arrays.copyOf(((Value.Bytes) RawVec.elems(s)).data, (int) len);
    }

    static String string(Value.Agg s, Span span) { return new String(bytes(s, span), StandardCharsets.UTF_8); }

    /** A String holding exactly these bytes (capacity == length). */
    static Value.Agg fromBytes(Interp m, byte[] b, Span span) {
        Value.Agg s = withCapacity(m, b.length, span);
        if (b.length > 0) System.arraycopy(b, 0, ((Value.Bytes) RawVec.elems(s)).data, 0, b.length);
        RawVec.setLen(s, b.length);
        return s;
    }

    static Value.Agg fromString(Interp m, String s, Span span) { return fromBytes(m, s.getBytes(StandardCharsets.UTF_8), span); }

    static void append(Interp m, Value.Agg s, byte[] b, Span span) {
        if (b.length == 0) return;
        RawVec.reserve(m, s, b.length, 1, true, false, span, "String");
        long len = RawVec.len(s);
        System.arraycopy(b, 0, ((Value.Bytes) RawVec.elems(s)).data, (int) len, b.length);
        RawVec.setLen(s, len + b.length);
    }

    private static Value reserve(Builtins.Call c, boolean exact) {
        RawVec.reserve(c.m(), c.agg(0), c.usize(1), 1, true, exact, c.span(), "String");
        return Value.unit();
    }

    /** `str::repeat`: "capacity overflow" past isize::MAX bytes, the heap limit checked before any copy. */
    private static Value repeat(Builtins.Call c) {
        byte[] b = c.str(0).getBytes(StandardCharsets.UTF_8);
        long n = c.usize(1);
        if (b.length == 0 || n == 0) return fromBytes(c.m(), new byte[0], c.span());
        if (n < 0 || n > Long.MAX_VALUE / b.length) throw MachineStop.Panic.capacityOverflow(c.span());
        c.m().heap.ensure(n * b.length, c.span());
        byte[] out = new byte[(int) (n * b.length)];
        for (int i = 0; i < n; i++) System.arraycopy(b, 0, out, i * b.length, b.length);
        return fromBytes(c.m(), out, c.span());
    }

    private static String upper(String s) {
        return s.toUpperCase(java.util.Locale.ROOT);
    }

    private static Value trim(Builtins.Call c, boolean start, boolean end) {
        Value.Ptr p = c.ptr(0);
        byte[] b = Memory.bytes(p, c.span());
        String s = new String(b, StandardCharsets.UTF_8);
        int lo = 0, hi = s.length();
        while (start && lo < hi && isRustWhitespace(s.codePointAt(lo))) lo += Character.charCount(s.codePointAt(lo));
        while (end && hi > lo && isRustWhitespace(s.codePointBefore(hi))) hi -= Character.charCount(s.codePointBefore(hi));
        int byteLo = s.substring(0, lo).getBytes(StandardCharsets.UTF_8).length;
        int byteLen = s.substring(lo, hi).getBytes(StandardCharsets.UTF_8).length;
        return p.offset(byteLo, byteLen);
    }

    static boolean isRustWhitespace(int cp) {
        return cp == ' ' || (cp >= 0x9 && cp <= 0xD) || cp == 0x85 || cp == 0xA0 || cp == 0x1680
                || (cp >= 0x2000 && cp <= 0x200A) || cp == 0x2028 || cp == 0x2029 || cp == 0x202F || cp == 0x205F
                || cp == 0x3000;
    }

    /** `str::parse::<int or float>()`; the error is `ParseIntError { kind }` with IntErrorKind's variant. */
    /** `from_str_radix` (and `parse` in radix 10): std's digit loop and its error kinds, in its order. */
    private static Value parseRadix(Builtins.Call c) {
        long radix = ((Value.Int) c.args()[1]).bits();
        if (radix < 2 || radix > 36)
            throw c.panic("from_ascii_radix: radix must lie in the range `[2, 36]`");
        return parseInt(c, c.str(0), (int) radix, ((Ty.Int) c.tyArg(0)).kind());
    }

    /**
     * std's loop: `+`/`-` alone is InvalidDigit, `-` is stripped only for signed types, then each
     * byte's digit is checked before the multiplication's overflow (so `999a` as u8 is PosOverflow).
     */
    private static Value parseInt(Builtins.Call c, String s, int radix, IntTy t) {
        byte[] b = s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        int kind = -1;
        if (b.length == 0) kind = 0;
        else if (b.length == 1 && (b[0] == '+' || b[0] == '-')) kind = 1;
        else {
            int i = 0;
            boolean neg = false;
            if (b[0] == '+') i = 1;
            else if (b[0] == '-' && t.signed()) { i = 1; neg = true; }
            java.math.BigInteger v = java.math.BigInteger.ZERO, r = java.math.BigInteger.valueOf(radix);
            java.math.BigInteger min = Wide.min(t), max = Wide.max(t);
            for (; i < b.length; i++) {
                java.math.BigInteger mul = v.multiply(r);
                int d = Character.digit(b[i] & 0xff, radix);
                if ((b[i] & 0xff) >= 128 || d < 0) { kind = 1; break; }
                if (neg ? mul.compareTo(min) < 0 : mul.compareTo(max) > 0) { kind = neg ? 3 : 2; break; }
                v = neg ? mul.subtract(java.math.BigInteger.valueOf(d)) : mul.add(java.math.BigInteger.valueOf(d));
                if (neg ? v.compareTo(min) < 0 : v.compareTo(max) > 0) { kind = neg ? 3 : 2; break; }
            }
            if (kind < 0) return c.m().types.ok(Value.Int.of(v, t));
        }
        return c.m().types.err(Value.Agg.of(new Value.Agg(kind, new Value[0])));
    }

    private static String asciiLower(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char ch : s.toCharArray()) b.append(ch >= 'A' && ch <= 'Z' ? (char) (ch + 32) : ch);
        return b.toString();
    }

    private static Value parse(Builtins.Call c) {
        String s = c.str(0);
        Ty target = c.tyArg(0);
        if (target instanceof Ty.Int it) return parseInt(c, s, 10, it.kind());
        if (target instanceof Ty.Float ft) {
            try {
                // std: an optional sign, then digits, or inf/infinity/nan in any ASCII case
                String body = s.startsWith("+") || s.startsWith("-") ? s.substring(1) : s;
                String lower = asciiLower(body);
                double d;
                if (lower.equals("inf") || lower.equals("infinity")) d = s.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
                else if (lower.equals("nan")) d = Double.NaN;
                else if (!s.matches("[+-]?([0-9]+\\.?[0-9]*([eE][+-]?[0-9]+)?|\\.[0-9]+([eE][+-]?[0-9]+)?)")) throw new NumberFormatException();
                // f32 rounded once, from the decimal text (a double in between could round twice)
                else d = ft.kind() == FloatTy.F32 ? Float.parseFloat(s) : Double.parseDouble(s);
                return c.m().types.ok(Arith.flt(d, ft.kind()));
            } catch (NumberFormatException e) {
                return c.m().types.err(Value.Agg.of(new Value.Agg(s.isEmpty() ? 0 : 1, new Value[0])));
            }
        }
        if (target instanceof Ty.Bool) {
            if (s.equals("true") || s.equals("false")) return c.m().types.ok(Arith.bool(s.equals("true")));
            return c.m().types.err(Value.unit());
        }
        if (target instanceof Ty.Char) {
            if (s.codePointCount(0, s.length()) == 1) return c.m().types.ok(new Value.Char(s.codePointAt(0)));
            return c.m().types.err(Value.Agg.of(new Value.Agg(s.isEmpty() ? 0 : 1, new Value[0])));
        }
        throw new MachineStop.Internal("unsupported: parse::<" + c.m().types.display(target) + ">", c.span());
    }
}
