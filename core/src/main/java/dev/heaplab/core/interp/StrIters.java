package dev.heaplab.core.interp;

import dev.heaplab.core.types.IntTy;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Iterators over a str (Chars, Bytes, CharIndices, SplitWhitespace), all {@code Agg[rest, start]}: the
 * not yet consumed part as a `&str` pointer and its byte offset from the original start; and str slicing
 * by byte ranges with std's panic messages.
 */
final class StrIters {
    private StrIters() {}

    static Value chars(Value.Ptr s) { return Value.Agg.of(s, Value.usize(0)); }

    static void register(Map<String, Builtins.Native> r) {
        r.put("Chars::next", c -> nextChar(c, false, false));
        r.put("Chars::next_back", c -> nextChar(c, true, false));
        r.put("CharIndices::next", c -> nextChar(c, false, true));
        r.put("CharIndices::next_back", c -> nextChar(c, true, true));
        r.put("Bytes::next_back", c -> {
            Value.Agg it = c.agg(0);
            Value.Ptr rest = (Value.Ptr) it.fields[0];
            if (rest.meta() == 0) return c.m().types.none();
            byte b = Memory.bytes(rest, c.span())[(int) rest.meta() - 1];
            it.fields[0] = rest.withMeta(rest.meta() - 1);
            return c.m().types.some(new Value.Int(b & 0xff, IntTy.U8));
        });
        r.put("Bytes::next", c -> {
            Value.Agg it = c.agg(0);
            Value.Ptr rest = (Value.Ptr) it.fields[0];
            if (rest.meta() == 0) return c.m().types.none();
            byte b = Memory.bytes(rest, c.span())[0];
            advance(it, rest, 1);
            return c.m().types.some(new Value.Int(b & 0xff, IntTy.U8));
        });
        r.put("Chars::as_str", c -> c.agg(0).fields[0]);
        r.put("SplitWhitespace::next_back", c -> {
            Value.Agg it = c.agg(0);
            Value.Ptr rest = (Value.Ptr) it.fields[0];
            String s = new String(Memory.bytes(rest, c.span()), StandardCharsets.UTF_8);
            int j = s.length();
            while (j > 0 && StringBuiltins.isRustWhitespace(s.codePointBefore(j))) j -= Character.charCount(s.codePointBefore(j));
            if (j == 0) {
                advance(it, rest, rest.meta());
                return c.m().types.none();
            }
            int i = j;
            while (i > 0 && !StringBuiltins.isRustWhitespace(s.codePointBefore(i))) i -= Character.charCount(s.codePointBefore(i));
            int bi = utf8Len(s.substring(0, i)), bj = utf8Len(s.substring(0, j));
            it.fields[0] = rest.withMeta(bi);
            return c.m().types.some(rest.offset(bi, bj - bi));
        });
        r.put("SplitWhitespace::next", c -> {
            Value.Agg it = c.agg(0);
            Value.Ptr rest = (Value.Ptr) it.fields[0];
            String s = new String(Memory.bytes(rest, c.span()), StandardCharsets.UTF_8);
            int i = 0;
            while (i < s.length() && StringBuiltins.isRustWhitespace(s.codePointAt(i))) i += Character.charCount(s.codePointAt(i));
            if (i == s.length()) {
                advance(it, rest, rest.meta());
                return c.m().types.none();
            }
            int j = i;
            while (j < s.length() && !StringBuiltins.isRustWhitespace(s.codePointAt(j))) j += Character.charCount(s.codePointAt(j));
            int bi = utf8Len(s.substring(0, i)), bj = utf8Len(s.substring(0, j));
            Value word = rest.offset(bi, bj - bi);
            advance(it, rest, bj);
            return c.m().types.some(word);
        });
    }

    private static int utf8Len(String s) { return s.getBytes(StandardCharsets.UTF_8).length; }

    private static void advance(Value.Agg it, Value.Ptr rest, long n) {
        it.fields[0] = rest.offset(n, rest.meta() - n);
        it.fields[1] = Value.usize(((Value.Int) it.fields[1]).bits() + n);
    }

    private static Value nextChar(Builtins.Call c, boolean back, boolean indexed) {
        Value.Agg it = c.agg(0);
        Value.Ptr rest = (Value.Ptr) it.fields[0];
        if (rest.meta() == 0) return c.m().types.none();
        String s = new String(Memory.bytes(rest, c.span()), StandardCharsets.UTF_8);
        if (back) {
            int cp = s.codePointBefore(s.length());
            int n = utf8Len(new String(Character.toChars(cp)));
            it.fields[0] = rest.withMeta(rest.meta() - n);
            // the last char's byte offset from the original start
            if (indexed) return c.m().types.some(Value.Agg.of(Value.usize(((Value.Int) it.fields[1]).bits() + rest.meta() - n), new Value.Char(cp)));
            return c.m().types.some(new Value.Char(cp));
        }
        int cp = s.codePointAt(0);
        int n = utf8Len(new String(Character.toChars(cp)));
        long start = ((Value.Int) it.fields[1]).bits();
        advance(it, rest, n);
        if (indexed) return c.m().types.some(Value.Agg.of(Value.usize(start), new Value.Char(cp)));
        return c.m().types.some(new Value.Char(cp));
    }

    /**
     * `&s[a..b]` on a str, with std's checks and messages in its order: an index past the end
     * (start first), then `begin > end`, then an index inside a character (start first). The string
     * is shown up to 256 bytes (cut at a char boundary) followed by `[...]`.
     */
    static Value indexRange(Builtins.Call c, Value.Ptr s, int rangeArg) {
        byte[] b = Memory.bytes(s, c.span());
        long[] r = Ranges.bounds(c, rangeArg, b.length);
        String shown = shownForPanic(b);
        if (r[0] > b.length || r[1] > b.length) {
            boolean start = r[0] > b.length;
            throw c.panic((start ? "start" : "end") + " byte index " + (start ? r[0] : r[1]) + " is out of bounds of " + shown);
        }
        if (r[0] > r[1]) throw c.panic("begin > end (" + r[0] + " > " + r[1] + ") when slicing " + shown);
        for (int k = 0; k < 2; k++) {
            long i = r[k];
            if (i < b.length && (b[(int) i] & 0xC0) == 0x80) {
                throw c.panic((k == 0 ? "start" : "end") + " byte index " + i + " is not a char boundary; it is inside "
                        + charAround(new String(b, StandardCharsets.UTF_8), b, (int) i) + " of " + shown);
            }
        }
        return s.offset(r[0], r[1] - r[0]);
    }

    /** The string in backticks, as std shows it in slicing panics (first 256 bytes, then `[...]`). */
    private static String shownForPanic(byte[] b) {
        if (b.length <= 256) return "`" + new String(b, StandardCharsets.UTF_8) + "`";
        int cut = 256;
        while (cut > 0 && (b[cut] & 0xC0) == 0x80) cut--;
        return "`" + new String(b, 0, cut, StandardCharsets.UTF_8) + "`[...]";
    }

    private static String charAround(String s, byte[] b, int i) {
        int start = i;
        while (start > 0 && (b[start] & 0xC0) == 0x80) start--;
        String prefix = new String(b, 0, start, StandardCharsets.UTF_8);
        int cp = s.codePointAt(prefix.length());
        int len = utf8Len(new String(Character.toChars(cp)));
        return "'" + new String(Character.toChars(cp)) + "' (bytes " + start + ".." + (start + len) + ")";
    }
}
