package dev.heaplab.core.interp;

import dev.heaplab.core.source.Span;
import dev.heaplab.core.types.LangItem;
import dev.heaplab.core.types.Ty;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * str methods taking a `Pattern` (a `&str`, `&String`, `char`, `&[char]` or a `FnMut(char) -> bool`),
 * and the pattern iterators Split (also rsplit, splitn, split_terminator, matches), all
 * {@code Agg[rest, Native(SplitState), finished]}.
 */
final class StrPatterns {
    private StrPatterns() {}

    /** A pattern: literal bytes, a set of chars, or a predicate closure (value and type). */
    record Pat(byte[] lit, int[] chars, Value fn, Ty fnTy) {
        /** The first match at or after byte {@code from}: {start, end}, or null. */
        int[] find(Interp m, byte[] hay, int from, Span span) {
            if (lit != null) {
                int i = StrExtras.indexOf(hay, lit, from);
                return i < 0 ? null : new int[] {i, i + lit.length};
            }
            for (int i = from; i < hay.length; ) {
                int n = charLen(hay[i]);
                if (test(m, new String(hay, i, n, StandardCharsets.UTF_8).codePointAt(0), span)) return new int[] {i, i + n};
                i += n;
            }
            return null;
        }

        /** The last match ending at or before byte {@code end}: {start, end}, or null. */
        int[] rfind(Interp m, byte[] hay, int end, Span span) {
            if (lit != null) {
                for (int i = end - lit.length; i >= 0; i--) {
                    if (java.util.Arrays.equals(hay, i, i + lit.length, lit, 0, lit.length)) return new int[] {i, i + lit.length};
                }
                return null;
            }
            for (int j = end; j > 0; ) {
                int i = j - 1;
                while (i > 0 && (hay[i] & 0xC0) == 0x80) i--;
                if (test(m, new String(hay, i, j - i, StandardCharsets.UTF_8).codePointAt(0), span)) return new int[] {i, j};
                j = i;
            }
            return null;
        }

        boolean test(Interp m, int cp, Span span) {
            if (chars != null) {
                for (int c : chars) if (c == cp) return true;
                return false;
            }
            Builtins.Call call = new Builtins.Call(m, "pattern", List.of(), new Value[] {fn}, new Ty[] {fnTy}, span);
            return ((Value.Bool) Closures.call(call, 0, new Value[] {new Value.Char(cp)}, new Ty[] {Ty.CHAR})).v();
        }
    }

    static int charLen(byte b) {
        int u = b & 0xff;
        return u < 0x80 ? 1 : u >= 0xF0 ? 4 : u >= 0xE0 ? 3 : 2;
    }

    /** Argument {@code i} of the call as a pattern. */
    static Pat pattern(Builtins.Call c, int i) {
        Value v = c.args()[i];
        Ty t = c.argTys()[i];
        if (v instanceof Value.Char ch) return new Pat(utf8(ch.cp()), null, null, null);
        Ty inner = t instanceof Ty.Ref r ? r.inner() : null;
        if (inner instanceof Ty.Ref r2) {
            v = c.deref(i);
            inner = r2.inner();
        }
        if (inner instanceof Ty.Str) return new Pat(Memory.bytes((Value.Ptr) v, c.span()), null, null, null);
        if (inner != null && c.m().types.is(inner, LangItem.STRING))
            return new Pat(StringBuiltins.bytes((Value.Agg) Memory.get((Value.Ptr) v, c.span()), c.span()), null, null, null);
        if (inner instanceof Ty.Slice || inner instanceof Ty.Array) {
            Value.Ptr p = Memory.fat((Value.Ptr) v, c.span());
            int[] cs = new int[(int) p.meta()];
            for (int k = 0; k < cs.length; k++) cs[k] = ((Value.Char) Memory.get(p.offset(k, -1), c.span())).cp();
            return new Pat(null, cs, null, null);
        }
        if (t instanceof Ty.Array) {
            Value.Agg g = (Value.Agg) v;
            int[] cs = new int[g.fields.length];
            for (int k = 0; k < cs.length; k++) cs[k] = ((Value.Char) g.fields[k]).cp();
            return new Pat(null, cs, null, null);
        }
        if (t instanceof Ty.Closure) {
            v = Value.Ptr.thin(c.m().temp(v, "pattern"), new int[0]);
            t = Ty.refMut(t);
        }
        return new Pat(null, null, v, t);
    }

    static byte[] utf8(int cp) { return new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8); }

    /** Iteration state of the pattern iterators. */
    static final class SplitState {
        enum Mode { SPLIT, RSPLIT, TERMINATOR, RTERMINATOR, MATCHES, INCLUSIVE }

        final Pat pat;
        final Mode mode;
        long limit;
        /** Whether next_back has run (split_terminator skips one empty last piece, as std). */
        boolean backStarted;
        /** An empty pattern matched at the start of the rest (the next match is one char further). */
        boolean emptyStarted;

        SplitState(Pat pat, Mode mode, long limit) {
            this.pat = pat;
            this.mode = mode;
            this.limit = limit;
        }
    }

    static void register(Map<String, Builtins.Native> r) {
        r.put("str::contains", c -> Arith.bool(pattern(c, 1).find(c.m(), bytes(c), 0, c.span()) != null));
        r.put("str::starts_with", c -> {
            int[] f = pattern(c, 1).find(c.m(), bytes(c), 0, c.span());
            Pat p = pattern(c, 1);
            if (p.lit() != null) return Arith.bool(startsWith(bytes(c), p.lit()));
            return Arith.bool(f != null && f[0] == 0);
        });
        r.put("str::ends_with", c -> {
            byte[] b = bytes(c);
            int[] f = pattern(c, 1).rfind(c.m(), b, b.length, c.span());
            return Arith.bool(f != null && f[1] == b.length);
        });
        r.put("str::find", c -> {
            int[] f = pattern(c, 1).find(c.m(), bytes(c), 0, c.span());
            return f == null ? c.m().types.none() : c.m().types.some(Value.usize(f[0]));
        });
        r.put("str::rfind", c -> {
            byte[] b = bytes(c);
            int[] f = pattern(c, 1).rfind(c.m(), b, b.length, c.span());
            return f == null ? c.m().types.none() : c.m().types.some(Value.usize(f[0]));
        });
        r.put("str::split_once", c -> splitOnce(c, false));
        r.put("str::rsplit_once", c -> splitOnce(c, true));
        r.put("str::split", c -> iter(c, SplitState.Mode.SPLIT, -1));
        r.put("str::rsplit", c -> iter(c, SplitState.Mode.RSPLIT, -1));
        r.put("str::split_terminator", c -> iter(c, SplitState.Mode.TERMINATOR, -1));
        r.put("str::rsplit_terminator", c -> iter(c, SplitState.Mode.RTERMINATOR, -1));
        r.put("str::split_inclusive", c -> iter(c, SplitState.Mode.INCLUSIVE, -1));
        r.put("str::matches", c -> iter(c, SplitState.Mode.MATCHES, -1));
        r.put("str::splitn", c -> {
            Value.Ptr s = Memory.fat(c.ptr(0), c.span());
            return Value.Agg.of(s, new Value.Native(new SplitState(pattern(c, 2), SplitState.Mode.SPLIT, c.usize(1))), Value.FALSE);
        });
        r.put("str::rsplitn", c -> {
            Value.Ptr s = Memory.fat(c.ptr(0), c.span());
            return Value.Agg.of(s, new Value.Native(new SplitState(pattern(c, 2), SplitState.Mode.RSPLIT, c.usize(1))), Value.FALSE);
        });
        // match_indices: the byte offset of a piece of the same string (both are pointers into its bytes)
        r.put("str::offset_in", c -> Value.usize(Memory.fat(c.ptr(1), c.span()).lastIndex() - Memory.fat(c.ptr(0), c.span()).lastIndex()));
        r.put("Split::next", StrPatterns::next);
        r.put("Split::next_back", StrPatterns::nextBack);
        r.put("str::strip_prefix", c -> {
            Value.Ptr s = Memory.fat(c.ptr(0), c.span());
            byte[] b = bytes(c);
            Pat p = pattern(c, 1);
            int end = -1;
            if (p.lit() != null) end = startsWith(b, p.lit()) ? p.lit().length : -1;
            else if (b.length > 0 && p.test(c.m(), cpAt(b, 0), c.span())) end = charLen(b[0]);
            return end < 0 ? c.m().types.none() : c.m().types.some(s.offset(end, b.length - end));
        });
        r.put("str::strip_suffix", c -> {
            Value.Ptr s = Memory.fat(c.ptr(0), c.span());
            byte[] b = bytes(c);
            int[] f = pattern(c, 1).rfind(c.m(), b, b.length, c.span());
            return f == null || f[1] != b.length ? c.m().types.none() : c.m().types.some(s.offset(0, f[0]));
        });
        r.put("str::trim_matches", c -> trim(c, true, true));
        r.put("str::trim_start_matches", c -> trim(c, true, false));
        r.put("str::trim_end_matches", c -> trim(c, false, true));
        r.put("str::replace", c -> replace(c, -1));
        r.put("str::replacen", c -> replace(c, c.usize(3)));
    }

    private static byte[] bytes(Builtins.Call c) { return Memory.bytes(c.ptr(0), c.span()); }

    private static boolean startsWith(byte[] b, byte[] p) {
        return p.length <= b.length && java.util.Arrays.equals(b, 0, p.length, p, 0, p.length);
    }

    private static int cpAt(byte[] b, int i) { return new String(b, i, charLen(b[i]), StandardCharsets.UTF_8).codePointAt(0); }

    private static Value splitOnce(Builtins.Call c, boolean back) {
        Value.Ptr s = Memory.fat(c.ptr(0), c.span());
        byte[] b = bytes(c);
        Pat p = pattern(c, 1);
        int[] f = back ? p.rfind(c.m(), b, b.length, c.span()) : p.find(c.m(), b, 0, c.span());
        if (f == null) return c.m().types.none();
        return c.m().types.some(Value.Agg.of(s.offset(0, f[0]), s.offset(f[1], b.length - f[1])));
    }

    private static Value iter(Builtins.Call c, SplitState.Mode mode, long limit) {
        Value.Ptr s = Memory.fat(c.ptr(0), c.span());
        return Value.Agg.of(s, new Value.Native(new SplitState(pattern(c, 1), mode, limit)), Value.FALSE);
    }

    private static Value next(Builtins.Call c) {
        Value.Agg it = c.agg(0);
        if (((Value.Bool) it.fields[2]).v()) return c.m().types.none();
        Value.Ptr rest = (Value.Ptr) it.fields[0];
        byte[] b = Memory.bytes(rest, c.span());
        SplitState st = (SplitState) ((Value.Native) it.fields[1]).state();
        // rsplit_terminator: split_terminator's pieces from the back (its empty last piece skipped)
        if (st.mode == SplitState.Mode.RTERMINATOR) {
            if (!st.backStarted) {
                st.backStarted = true;
                Value first = backPiece(c, it, st);
                if (!(first instanceof Value.Agg o && o.fields.length > 0 && o.fields[0] instanceof Value.Ptr p && p.meta() == 0)) return first;
            }
            return backPiece(c, it, st);
        }
        if (st.limit == 0) return finish(c, it, null);
        if (st.limit == 1) return finish(c, it, rest);
        if (st.limit > 0) st.limit--;
        if (st.pat.lit() != null && st.pat.lit().length == 0)
            return st.mode == SplitState.Mode.RSPLIT ? rsplitEmptyPattern(c, it, st, rest, b) : nextEmptyPattern(c, it, st, rest, b);
        switch (st.mode) {
            case MATCHES -> {
                int[] f = st.pat.find(c.m(), b, 0, c.span());
                if (f == null) return finish(c, it, null);
                it.fields[0] = rest.offset(f[1], b.length - f[1]);
                return c.m().types.some(rest.offset(f[0], f[1] - f[0]));
            }
            case RSPLIT -> {
                int[] f = st.pat.rfind(c.m(), b, b.length, c.span());
                if (f == null) return finish(c, it, rest);
                it.fields[0] = rest.withMeta(f[0]);
                return c.m().types.some(rest.offset(f[1], b.length - f[1]));
            }
            // split_inclusive: each piece keeps its terminator; no empty last piece
            case INCLUSIVE -> {
                int[] f = st.pat.find(c.m(), b, 0, c.span());
                if (f == null || f[1] == b.length) return finish(c, it, b.length == 0 ? null : rest);
                it.fields[0] = rest.offset(f[1], b.length - f[1]);
                return c.m().types.some(rest.offset(0, f[1]));
            }
            default -> {
                int[] f = st.pat.find(c.m(), b, 0, c.span());
                if (f == null) return finish(c, it, st.mode == SplitState.Mode.TERMINATOR && b.length == 0 ? null : rest);
                it.fields[0] = rest.offset(f[1], b.length - f[1]);
                return c.m().types.some(rest.offset(0, f[0]));
            }
        }
    }

    /** An empty `&str` pattern matches at every char boundary, the string's start and end included. */
    private static Value nextEmptyPattern(Builtins.Call c, Value.Agg it, SplitState st, Value.Ptr rest, byte[] b) {
        if (!st.emptyStarted) {
            st.emptyStarted = true;
            return c.m().types.some(rest.withMeta(0));
        }
        if (b.length == 0) return finish(c, it, st.mode == SplitState.Mode.SPLIT ? rest : null);
        int n = charLen(b[0]);
        it.fields[0] = rest.offset(n, b.length - n);
        return c.m().types.some(st.mode == SplitState.Mode.MATCHES ? rest.offset(n, 0) : rest.withMeta(n));
    }

    /** rsplit(""): the empty pattern matches at each char boundary from the end, so "" then each char from the back, then "". */
    private static Value rsplitEmptyPattern(Builtins.Call c, Value.Agg it, SplitState st, Value.Ptr rest, byte[] b) {
        if (!st.emptyStarted) {
            st.emptyStarted = true;
            return c.m().types.some(rest.offset(b.length, 0));
        }
        if (b.length == 0) return finish(c, it, rest);
        int start = b.length - 1;
        while (start > 0 && (b[start] & 0xC0) == 0x80) start--;
        it.fields[0] = rest.withMeta(start);
        return c.m().types.some(rest.offset(start, b.length - start));
    }

    /** `next_back` of split/rsplit/split_terminator/matches with a char pattern (std's DoubleEndedIterator). */
    private static Value nextBack(Builtins.Call c) {
        Value.Agg it = c.agg(0);
        SplitState st = (SplitState) ((Value.Native) it.fields[1]).state();
        if (st.mode == SplitState.Mode.TERMINATOR && !st.backStarted) {
            st.backStarted = true;
            Value first = backPiece(c, it, st);
            if (!(first instanceof Value.Agg o && o.fields.length > 0 && o.fields[0] instanceof Value.Ptr p && p.meta() == 0)) return first;
        }
        st.backStarted = true;
        return backPiece(c, it, st);
    }

    private static Value backPiece(Builtins.Call c, Value.Agg it, SplitState st) {
        if (((Value.Bool) it.fields[2]).v()) return c.m().types.none();
        Value.Ptr rest = (Value.Ptr) it.fields[0];
        byte[] b = Memory.bytes(rest, c.span());
        switch (st.mode) {
            case MATCHES -> {
                int[] f = st.pat.rfind(c.m(), b, b.length, c.span());
                if (f == null) return finish(c, it, null);
                it.fields[0] = rest.withMeta(f[0]);
                return c.m().types.some(rest.offset(f[0], f[1] - f[0]));
            }
            case RSPLIT -> {
                int[] f = st.pat.find(c.m(), b, 0, c.span());
                if (f == null) return finish(c, it, rest);
                it.fields[0] = rest.offset(f[1], b.length - f[1]);
                return c.m().types.some(rest.offset(0, f[0]));
            }
            case INCLUSIVE -> {
                if (b.length == 0) return finish(c, it, null);
                // the last piece starts after the last match that does not end the rest
                int[] f = st.pat.rfind(c.m(), b, b.length, c.span());
                if (f != null && f[1] == b.length) f = f[0] == 0 ? null : st.pat.rfind(c.m(), b, f[0], c.span());
                if (f == null) return finish(c, it, rest);
                it.fields[0] = rest.withMeta(f[1]);
                return c.m().types.some(rest.offset(f[1], b.length - f[1]));
            }
            default -> {
                int[] f = st.pat.rfind(c.m(), b, b.length, c.span());
                if (f == null) return finish(c, it, rest);
                it.fields[0] = rest.withMeta(f[0]);
                return c.m().types.some(rest.offset(f[1], b.length - f[1]));
            }
        }
    }

    private static Value finish(Builtins.Call c, Value.Agg it, Value.Ptr last) {
        it.fields[2] = Value.TRUE;
        return last == null ? c.m().types.none() : c.m().types.some(last);
    }

    private static Value trim(Builtins.Call c, boolean start, boolean end) {
        Value.Ptr s = Memory.fat(c.ptr(0), c.span());
        byte[] b = bytes(c);
        Pat p = pattern(c, 1);
        int i = 0, j = b.length;
        if (start) {
            while (i < j) {
                int[] f = p.find(c.m(), b, i, c.span());
                if (f == null || f[0] != i || f[1] == i) break;
                i = f[1];
            }
        }
        if (end) {
            while (j > i) {
                int[] f = p.rfind(c.m(), b, j, c.span());
                if (f == null || f[1] != j || f[0] == j || f[0] < i) break;
                j = f[0];
            }
        }
        return s.offset(i, j - i);
    }

    /**
     * `replace` / `replacen` as std runs them: a single-byte pattern replaced by a single byte copies
     * the string in one exact allocation; otherwise the result starts with capacity len() when the
     * pattern is no longer than the replacement (else 0) and grows by push_str.
     */
    private static Value replace(Builtins.Call c, long limit) {
        byte[] b = bytes(c);
        Pat p = pattern(c, 1);
        byte[] to = Memory.bytes(c.ptr(2), c.span());
        Interp m = c.m();
        if (limit < 0 && p.lit() != null && p.lit().length == 1 && (p.lit()[0] & 0x80) == 0 && to.length == 1) {
            byte[] out = b.clone();
            for (int k = 0; k < out.length; k++) if (out[k] == p.lit()[0]) out[k] = to[0];
            Value.Agg s = StringBuiltins.withCapacity(m, out.length, c.span());
            StringBuiltins.append(m, s, out, c.span());
            return s;
        }
        long cap = limit >= 0 ? 32 : p.lit() != null && p.lit().length <= to.length ? b.length : 0;
        if (limit >= 0) cap = 32;
        Value.Agg s = StringBuiltins.withCapacity(m, cap, c.span());
        int last = 0;
        for (long n = 0; limit < 0 || n < limit; n++) {
            int[] f = p.find(m, b, last, c.span());
            if (f == null) break;
            StringBuiltins.append(m, s, java.util.Arrays.copyOfRange(b, last, f[0]), c.span());
            StringBuiltins.append(m, s, to, c.span());
            last = f[1];
            if (f[1] == f[0]) break;
        }
        StringBuiltins.append(m, s, java.util.Arrays.copyOfRange(b, last, b.length), c.span());
        return s;
    }
}
