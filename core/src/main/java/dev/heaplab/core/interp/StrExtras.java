package dev.heaplab.core.interp;

import dev.heaplab.core.types.IntTy;
import dev.heaplab.core.types.Ty;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;

/**
 * More String/str methods: insertion and removal by byte index, conversions to and from bytes and
 * Box<str>, and the Lines iterator ({@code Agg[rest]}, `rest` being the unconsumed `&str`); pattern searches
 * are in {@link StrPatterns}.
 */
final class StrExtras {
    private StrExtras() {}

    static void register(Map<String, Builtins.Native> r) {
        r.put("String::insert", c -> insert(c, new String(Character.toChars(((Value.Char) c.args()[2]).cp()))
                .getBytes(StandardCharsets.UTF_8)));
        r.put("String::insert_str", c -> insert(c, Memory.bytes(c.ptr(2), c.span())));
        r.put("String::remove", c -> {
            Value.Agg s = c.agg(0);
            byte[] b = StringBuiltins.bytes(s, c.span());
            int idx = (int) c.usize(1);
            if (idx >= b.length) throw c.panic("cannot remove a char from the end of a string");
            String rest = new String(b, idx, b.length - idx, StandardCharsets.UTF_8);
            int cp = rest.codePointAt(0);
            int n = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            byte[] data = ((Value.Bytes) RawVec.elems(s)).data;
            System.arraycopy(data, idx + n, data, idx, b.length - idx - n);
            RawVec.setLen(s, b.length - n);
            return new Value.Char(cp);
        });
        r.put("String::shrink_to", c -> {
            Value.Agg s = c.agg(0);
            long target = Math.max(RawVec.len(s), c.usize(1));
            if (RawVec.cap(s) > target) RawVec.resize(c.m(), s, target, 1, true, c.span(), "String");
            return Value.unit();
        });
        r.put("String::into_bytes", c -> {
            Value.Agg s = (Value.Agg) c.args()[0];
            Allocation buf = RawVec.buffer(s);
            if (buf != null) {
                byte[] data = ((Value.Bytes) buf.root).data;
                Value[] elems = new Value[data.length];
                for (int i = 0; i < data.length; i++)
                    elems[i] = i < RawVec.len(s) ? new Value.Int(data[i] & 0xff, IntTy.U8) : Value.UNINIT;
                buf.root = new Value.Agg(0, elems);
            }
            return s;
        });
        r.put("String::from_utf8", c -> {
            Value.Agg v = (Value.Agg) c.args()[0];
            long len = RawVec.len(v);
            byte[] data = new byte[(int) RawVec.cap(v)];
            for (int i = 0; i < len; i++) data[i] = (byte) ((Value.Int) VecBuiltins.elems(v).fields[i]).bits();
            int[] bad = utf8Error(Arrays.copyOf(data, (int) len));
            if (bad != null) { // FromUtf8Error { bytes, error: Utf8Error { valid_up_to, error_len } }
                Value errorLen = bad[1] < 0 ? c.m().types.none() : c.m().types.some(new Value.Int(bad[1], IntTy.U8));
                Value utf8 = Value.Agg.of(new Value.Int(bad[0], IntTy.USIZE), errorLen);
                return c.m().types.err(Value.Agg.of(v, utf8));
            }
            Allocation buf = RawVec.buffer(v);
            if (buf != null) buf.root = new Value.Bytes(data);
            return c.m().types.ok(v);
        });
        r.put("char::encode_utf8", c -> { // the bytes written at the buffer's start, viewed as a str
            int cp = ((Value.Char) c.args()[0]).cp();
            byte[] b = StrPatterns.utf8(cp);
            Value.Ptr buf = Memory.fat(c.ptr(1), c.span());
            if (buf.meta() < b.length)
                throw c.panic("encode_utf8: need " + b.length + " bytes to encode U+" + Integer.toHexString(cp).toUpperCase()
                        + ", but the buffer has " + buf.meta());
            for (int k = 0; k < b.length; k++) Memory.set(buf.offset(k, -1), new Value.Int(b[k] & 0xff, IntTy.U8), c.span());
            return buf.withMeta(b.length);
        });
        r.put("str::from_utf8", c -> { // the same bytes, viewed as a str once checked
            Value.Ptr p = Memory.fat(c.ptr(0), c.span());
            int[] bad = utf8Error(Memory.bytes(p, c.span()));
            if (bad == null) return c.m().types.ok(p);
            Value errorLen = bad[1] < 0 ? c.m().types.none() : c.m().types.some(new Value.Int(bad[1], IntTy.U8));
            return c.m().types.err(Value.Agg.of(new Value.Int(bad[0], IntTy.USIZE), errorLen));
        });
        r.put("borrow::utf8_prefix", c -> {
            Value.Ptr v = Memory.fat(c.ptr(0), c.span());
            int[] bad = utf8Error(Memory.bytes(v, c.span()));
            return v.withMeta(bad == null ? v.meta() : bad[0]);
        });
        r.put("borrow::utf8_invalid_len", c -> {
            // a UTF-8 sequence is at most 4 bytes: its first 4 decide (the whole tail was copied and read)
            Value.Ptr p = Memory.fat(c.ptr(0), c.span());
            byte[] b = Memory.bytes(p.withMeta(Math.min(p.meta(), 4)), c.span());
            int[] bad = utf8Error(b);
            if (bad == null || bad[0] != 0) return Value.usize(0);
            return Value.usize(bad[1] < 0 ? b.length : bad[1]);
        });
        r.put("borrow::utf8_error_len", c -> {
            Value.Ptr p = Memory.fat(c.ptr(0), c.span());
            int[] bad = utf8Error(Memory.bytes(p.withMeta(Math.min(p.meta(), 4)), c.span()));
            return Value.usize(bad == null || bad[0] != 0 || bad[1] < 0 ? 0 : bad[1]);
        });
        r.put("String::into_boxed_str", c -> {
            Value.Agg s = (Value.Agg) c.args()[0];
            RawVec.resize(c.m(), s, RawVec.len(s), 1, true, c.span(), "String");
            return StringBuiltins.asStr(s);
        });
        r.put("str::get", c -> {
            byte[] b = Memory.bytes(c.ptr(0), c.span());
            long[] rg = Ranges.bounds(c, 1, b.length);
            if (rg[0] > rg[1] || rg[1] > b.length || !boundary(b, rg[0]) || !boundary(b, rg[1])) return c.m().types.none();
            return c.m().types.some(c.ptr(0).offset(rg[0], rg[1] - rg[0]));
        });
        r.put("str::is_char_boundary", c -> {
            byte[] b = Memory.bytes(c.ptr(0), c.span());
            long i = c.usize(1);
            return Arith.bool(i <= b.length && boundary(b, i));
        });
        r.put("str::lines", c -> Value.Agg.of(Memory.fat(c.ptr(0), c.span())));
        r.put("Lines::next_back", StrExtras::linesNextBack);
        r.put("char::escape_len", c -> Value.usize(escape(c).codePointCount(0, escape(c).length())));
        r.put("char::escape_at", c -> {
            String e = escape(c);
            return new Value.Char(e.codePointAt(e.offsetByCodePoints(0, (int) c.usize(2))));
        });
        r.put("Lines::next", c -> {
            Value.Agg it = c.agg(0);
            Value.Ptr rest = (Value.Ptr) it.fields[0];
            if (rest.meta() <= 0) return c.m().types.none();
            byte[] b = Memory.bytes(rest, c.span());
            int i = indexOf(b, new byte[] {'\n'}, 0);
            int end = i < 0 ? b.length : i;
            it.fields[0] = i < 0 ? rest.offset(b.length, 0) : rest.offset(i + 1, b.length - i - 1);
            // std strips "\r\n" only: a last line ending in a lone '\r' keeps it
            if (i >= 0 && end > 0 && b[end - 1] == '\r') end--;
            return c.m().types.some(rest.offset(0, end));
        });
    }

    /** `Lines::next_back`: the last line (std's `SplitInclusive('\n')` from the back, then "\n" and "\r\n" stripped). */
    private static Value linesNextBack(Builtins.Call c) {
        Value.Agg it = c.agg(0);
        Value.Ptr rest = (Value.Ptr) it.fields[0];
        if (rest.meta() <= 0) return c.m().types.none();
        byte[] b = Memory.bytes(rest, c.span());
        int j = b.length - 2;
        while (j >= 0 && b[j] != '\n') j--;
        int start = j + 1, end = b.length;
        it.fields[0] = rest.offset(0, start);
        if (b[end - 1] == '\n') {
            end--;
            if (end > start && b[end - 1] == '\r') end--;
        }
        return c.m().types.some(rest.offset(start, end - start));
    }

    /**
     * The escape of a char (argument 0) in mode (argument 1): 0 `escape_default`, 1 `escape_debug` (both
     * quotes escaped), 2 `escape_unicode`, 3 `escape_debug` leaving grapheme-extending marks unescaped.
     */
    private static String escape(Builtins.Call c) {
        int cp = ((Value.Char) c.args()[0]).cp();
        int mode = (int) ((Value.Int) c.args()[1]).bits();
        String unicode = "\\u{" + Integer.toHexString(cp) + "}";
        return switch (mode) {
            case 0 -> switch (cp) {
                case '\t' -> "\\t";
                case '\r' -> "\\r";
                case '\n' -> "\\n";
                case '\'', '"', '\\' -> "\\" + (char) cp;
                default -> cp >= 0x20 && cp <= 0x7e ? Character.toString(cp) : unicode;
            };
            case 2 -> unicode;
            default -> {
                if (cp == '\'' || cp == '"') yield "\\" + (char) cp;
                StringBuilder sb = new StringBuilder();
                dev.heaplab.core.fmt.TextFormat.escapeDebug(sb, cp, true);
                int type = Character.getType(cp);
                boolean mark = type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                        || type == Character.COMBINING_SPACING_MARK;
                yield mode == 3 && mark && sb.toString().startsWith("\\u{") ? Character.toString(cp) : sb.toString();
            }
        };
    }

    private static Value insert(Builtins.Call c, byte[] bytes) {
        Value.Agg s = c.agg(0);
        long len = RawVec.len(s);
        int idx = (int) c.usize(1);
        byte[] cur = StringBuiltins.bytes(s, c.span());
        if (idx > len || !boundary(cur, idx)) throw c.panic("assertion failed: self.is_char_boundary(idx)");
        RawVec.reserve(c.m(), s, bytes.length, 1, true, false, c.span(), "String");
        byte[] data = ((Value.Bytes) RawVec.elems(s)).data;
        System.arraycopy(data, idx, data, idx + bytes.length, (int) len - idx);
        System.arraycopy(bytes, 0, data, idx, bytes.length);
        RawVec.setLen(s, len + bytes.length);
        return Value.unit();
    }

    static boolean boundary(byte[] b, long i) { return i == 0 || i >= b.length || (b[(int) i] & 0xC0) != 0x80; }

    static int indexOf(byte[] hay, byte[] needle, int from) {
        outer:
        for (int i = from; i + needle.length <= hay.length; i++) {
            for (int j = 0; j < needle.length; j++) if (hay[i + j] != needle[j]) continue outer;
            return i;
        }
        return -1;
    }

    /** A `&str` or `char` pattern argument as bytes. */
    static byte[] pattern(Builtins.Call c, int i) {
        Value v = c.args()[i];
        if (v instanceof Value.Char ch) return new String(Character.toChars(ch.cp())).getBytes(StandardCharsets.UTF_8);
        if (c.argTys()[i] instanceof Ty.Ref r && r.inner() instanceof Ty.Ref) v = c.deref(i);
        return Memory.bytes((Value.Ptr) v, c.span());
    }

    /**
     * Where std's UTF-8 validation stops: {valid_up_to, error_len} (error_len -1 for an incomplete
     * sequence at the end), or null when valid. Rules as `core::str::validations`:
     * <ul>
     * <li>a first byte 80..=C1 or F5..=FF is a 1-byte error;</li>
     * <li>the second byte's range depends on the first (E0: A0..=BF, ED: 80..=9F, F0: 90..=BF, F4: 80..=8F,
     *     otherwise 80..=BF), later ones are 80..=BF; a bad continuation gives the bytes before it;</li>
     * <li>input ending inside a sequence is incomplete.</li>
     * </ul>
     */
    static int[] utf8Error(byte[] b) {
        int i = 0;
        while (i < b.length) {
            int first = b[i] & 0xff;
            int width = first < 0x80 ? 1 : first < 0xC2 ? 0 : first < 0xE0 ? 2 : first < 0xF0 ? 3 : first < 0xF5 ? 4 : 0;
            if (width == 0) return new int[] {i, 1};
            for (int k = 1; k < width; k++) {
                if (i + k >= b.length) return new int[] {i, -1};
                int x = b[i + k] & 0xff;
                int lo = 0x80, hi = 0xBF;
                if (k == 1) {
                    if (first == 0xE0) lo = 0xA0;
                    else if (first == 0xED) hi = 0x9F;
                    else if (first == 0xF0) lo = 0x90;
                    else if (first == 0xF4) hi = 0x8F;
                }
                if (x < lo || x > hi) return new int[] {i, k};
            }
            i += width;
        }
        return null;
    }
}
