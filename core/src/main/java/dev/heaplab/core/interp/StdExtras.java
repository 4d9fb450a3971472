package dev.heaplab.core.interp;

import dev.heaplab.core.types.Ty;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * Wider Vec, slice, String, Box and Rc surface: resizing, rotations, exact chunks, mutable splits,
 * String retain/drain/replace_range/split_off and ASCII case changes (String::drain is
 * {@code Agg[&mut String, pos, end, start, drainEnd]}; its drop removes the range), Box<[T]>::into_vec and
 * Rc::make_mut, each allocating as std does.
 */
final class StdExtras {
    private StdExtras() {}

    static void register(Map<String, Builtins.Native> r) {
        r.put("process::exit", c -> {
            throw new MachineStop.Exit((int) ((Value.Int) c.args()[0]).bits(), c.span());
        });
        // std::env::args's Vec: capacity argc (1), then the name, as std clones argv.
        r.put("env::program_args", c -> {
            var src = c.m().program.source();
            String path = src == null ? "main" : src.displayPath();
            String name = path.endsWith(".rs") ? path.substring(0, path.length() - 3) : path;
            Value.Agg v = RawVec.empty(c.m(), 24);
            RawVec.resize(c.m(), v, 1, 24, false, c.span(), "Vec<String>");
            VecBuiltins.elems(v).fields[0] = StringBuiltins.fromString(c.m(), name, c.span());
            RawVec.setLen(v, 1);
            return v;
        });
        r.put("Vec::shrink_to", c -> {
            Value.Agg v = c.agg(0);
            long target = Math.max(RawVec.len(v), c.usize(1));
            if (RawVec.cap(v) > target) RawVec.resize(c.m(), v, target, VecBuiltins.elemSize(c), false, c.span(), VecBuiltins.what(c));
            return Value.unit();
        });
        r.put("Vec::resize", c -> resize(c, false));
        r.put("Vec::resize_with", c -> resize(c, true));
        r.put("slice::first_mut", c -> c.m().builtins.invokeKey("slice::first", c.typeArgs(), c.args(), c.argTys(), c.span()));
        r.put("slice::last_mut", c -> c.m().builtins.invokeKey("slice::last", c.typeArgs(), c.args(), c.argTys(), c.span()));
        r.put("slice::split_at_mut", c -> c.m().builtins.invokeKey("slice::split_at", c.typeArgs(), c.args(), c.argTys(), c.span()));
        r.put("slice::split_first_mut", c -> c.m().builtins.invokeKey("slice::split_first", c.typeArgs(), c.args(), c.argTys(), c.span()));
        r.put("slice::split_last_mut", c -> c.m().builtins.invokeKey("slice::split_last", c.typeArgs(), c.args(), c.argTys(), c.span()));
        r.put("slice::sort_unstable_by", c -> c.m().builtins.invokeKey("slice::sort_by", c.typeArgs(), c.args(), c.argTys(), c.span()));
        r.put("slice::sort_unstable_by_key", c -> c.m().builtins.invokeKey("slice::sort_by_key", c.typeArgs(), c.args(), c.argTys(), c.span()));
        r.put("slice::split_first", c -> {
            Value.Ptr s = c.ptr(0);
            if (s.meta() == 0) return c.m().types.none();
            return c.m().types.some(Value.Agg.of(s.withMeta(-1), s.offset(1, s.meta() - 1)));
        });
        r.put("slice::split_last", c -> {
            Value.Ptr s = c.ptr(0);
            if (s.meta() == 0) return c.m().types.none();
            return c.m().types.some(Value.Agg.of(s.offset(s.meta() - 1, -1), s.offset(0, s.meta() - 1)));
        });
        r.put("slice::chunks_exact", c -> {
            if (c.usize(1) == 0) throw c.panic("chunk size must be non-zero");
            return Value.Agg.of(c.ptr(0).withMeta(-1), Value.usize(c.ptr(0).meta()), Value.usize(c.usize(1)));
        });
        r.put("ChunksExact::next", c -> {
            Value.Agg it = c.agg(0);
            Value.Ptr first = (Value.Ptr) it.fields[0];
            long rem = ((Value.Int) it.fields[1]).bits(), size = ((Value.Int) it.fields[2]).bits();
            if (rem < size) return c.m().types.none();
            it.fields[0] = first.offset(size, -1);
            it.fields[1] = Value.usize(rem - size);
            return c.m().types.some(first.withMeta(size));
        });
        r.put("ChunksExact::remainder", c -> {
            Value.Agg it = c.agg(0);
            long rem = ((Value.Int) it.fields[1]).bits(), size = ((Value.Int) it.fields[2]).bits();
            return ((Value.Ptr) it.fields[0]).offset(rem - rem % size, rem % size);
        });
        r.put("slice::rotate_left", c -> rotate(c, c.usize(1)));
        r.put("slice::rotate_right", c -> rotate(c, c.ptr(0).meta() - c.usize(1)));
        r.put("slice::ends_with", c -> {
            Value.Ptr s = c.ptr(0), n = c.ptr(1);
            if (n.meta() > s.meta()) return Value.FALSE;
            long off = s.meta() - n.meta();
            for (long k = 0; k < n.meta(); k++)
                if (!Derived.eq(c.m(), Memory.get(s.offset(off + k, -1), c.span()), Memory.get(n.offset(k, -1), c.span()),
                        c.tyArg(0), c.span())) return Value.FALSE;
            return Value.TRUE;
        });
        r.put("slice::repeat", c -> {
            Value.Ptr s = c.ptr(0);
            long n = c.usize(1), es = VecBuiltins.elemSize(c);
            Value.Agg out = RawVec.empty(c.m(), es);
            RawVec.resize(c.m(), out, s.meta() * n, es, false, c.span(), VecBuiltins.what(c));
            List<Value> vs = SliceBuiltins.read(s, c.span());
            for (long k = 0; k < n; k++)
                for (Value x : vs) {
                    long len = RawVec.len(out);
                    VecBuiltins.elems(out).fields[(int) len] = Value.deepCopy(x);
                    RawVec.setLen(out, len + 1);
                }
            return out;
        });
        r.put("slice::copy_from_slice", c -> copyFrom(c, "source slice length (" + c.ptr(1).meta()
                + ") does not match destination slice length (" + c.ptr(0).meta() + ")"));
        r.put("IntoIter::next_back", c -> {
            Value.Agg it = c.agg(0);
            long pos = ((Value.Int) it.fields[2]).bits(), end = ((Value.Int) it.fields[3]).bits();
            if (pos >= end) return c.m().types.none();
            Value.Ptr p = ((Value.Ptr) it.fields[0]).child((int) end - 1);
            Value v = Memory.get(p, c.span());
            Memory.set(p, Value.UNINIT, c.span());
            it.fields[3] = Value.usize(end - 1);
            return c.m().types.some(v);
        });
        r.put("Box::into_vec", c -> {
            Value.Ptr p = c.ptr(0);
            long n = p.meta();
            Value.Ptr buf = p.alloc() == null || n == 0 ? RawVec.dangling() : Value.Ptr.thin(p.alloc(), new int[0]);
            if (n == 0) return RawVec.empty(c.m(), VecBuiltins.elemSize(c));
            return Value.Agg.of(buf, Value.usize(n), Value.usize(n));
        });
        r.put("Rc::make_mut", StdExtras::makeMut);
        // the stubs' range-taking methods (copy_within, extend_from_within) read their range as std's slice::range
        r.put("slice::range", c -> {
            long[] b = Ranges.stdRange(c, 0, c.usize(1));
            return Value.Agg.of(Value.usize(b[0]), Value.usize(b[1]));
        });
        // `<dyn Error>::downcast_ref::<T>()` / `is::<T>()`: the pointer's concrete type against T
        r.put("Error::downcast_ref", c -> {
            Value.Ptr p = c.ptr(0);
            if (p.dynTy() == null || !p.dynTy().equals(c.tyArg(0))) return c.m().types.none();
            return c.m().types.some(new Value.Ptr(p.alloc(), p.path(), -1, null));
        });
        r.put("Error::is", c -> Arith.bool(c.ptr(0).dynTy() != null && c.ptr(0).dynTy().equals(c.tyArg(0))));
        r.put("std::unmodelled", c -> {
            throw new MachineStop.Internal("unsupported: " + c.str(0) + " is not modelled", c.span());
        });
        r.put("Cell::swap", c -> {
            Value.Agg a = c.agg(0), b = c.agg(1);
            Value t = a.fields[0];
            a.fields[0] = b.fields[0];
            b.fields[0] = t;
            return Value.unit();
        });
        r.put("iter::lower_bound", c -> {
            Collect.Hint h = Collect.hint(c.m(), c.deref(0), c.pointee(0), c);
            return Value.usize(Math.max(0, h.n()));
        });
        strings(r);
    }

    private static void strings(Map<String, Builtins.Native> r) {
        r.put("String::retain", c -> {
            Value.Agg s = c.agg(0);
            byte[] b = StringBuiltins.bytes(s, c.span());
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            for (int i = 0; i < b.length; ) {
                int n = StrPatterns.charLen(b[i]);
                int cp = new String(b, i, n, StandardCharsets.UTF_8).codePointAt(0);
                if (((Value.Bool) Closures.call(c, 1, new Value[] {new Value.Char(cp)}, new Ty[] {Ty.CHAR})).v())
                    out.write(b, i, n);
                i += n;
            }
            setBytes(s, out.toByteArray());
            return Value.unit();
        });
        r.put("str::make_ascii_uppercase", c -> asciiCase(c, true));
        r.put("str::make_ascii_lowercase", c -> asciiCase(c, false));
        r.put("str::to_ascii_uppercase", c -> StringBuiltins.fromBytes(c.m(), ascii(Memory.bytes(c.ptr(0), c.span()), true), c.span()));
        r.put("str::to_ascii_lowercase", c -> StringBuiltins.fromBytes(c.m(), ascii(Memory.bytes(c.ptr(0), c.span()), false), c.span()));
        r.put("str::eq_ignore_ascii_case", c -> Arith.bool(java.util.Arrays.equals(ascii(Memory.bytes(c.ptr(0), c.span()), false),
                ascii(Memory.bytes(c.ptr(1), c.span()), false))));
        r.put("String::split_off", c -> {
            Value.Agg s = c.agg(0);
            byte[] b = StringBuiltins.bytes(s, c.span());
            long at = c.usize(1);
            if (at > b.length || !StrExtras.boundary(b, at)) throw c.panic("assertion failed: self.is_char_boundary(at)");
            Value.Agg out = StringBuiltins.fromBytes(c.m(), java.util.Arrays.copyOfRange(b, (int) at, b.length), c.span());
            RawVec.setLen(s, at);
            return out;
        });
        r.put("String::drain", c -> {
            Value.Agg s = c.agg(0);
            byte[] b = StringBuiltins.bytes(s, c.span());
            long[] rg = Ranges.sliceBounds(c, 1, b.length);
            checkBoundaries(c, b, rg);
            return Value.Agg.of(c.ptr(0), Value.usize(rg[0]), Value.usize(rg[1]), Value.usize(rg[0]), Value.usize(rg[1]));
        });
        r.put("StrDrain::next", c -> drainNext(c, false));
        r.put("StrDrain::next_back", c -> drainNext(c, true));
        r.put("String::replace_range", c -> {
            Value.Agg s = c.agg(0);
            byte[] b = StringBuiltins.bytes(s, c.span());
            long[] rg = Ranges.sliceBounds(c, 1, b.length);
            checkBoundaries(c, b, rg);
            byte[] with = Memory.bytes(c.ptr(2), c.span());
            long newLen = b.length - (rg[1] - rg[0]) + with.length;
            if (newLen > b.length) RawVec.reserve(c.m(), s, newLen - b.length, 1, true, false, c.span(), "String");
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            out.write(b, 0, (int) rg[0]);
            out.write(with, 0, with.length);
            out.write(b, (int) rg[1], b.length - (int) rg[1]);
            setBytes(s, out.toByteArray());
            return Value.unit();
        });
    }

    private static void checkBoundaries(Builtins.Call c, byte[] b, long[] rg) {
        if (!StrExtras.boundary(b, rg[0])) throw c.panic("assertion failed: self.is_char_boundary(start)");
        if (!StrExtras.boundary(b, rg[1])) throw c.panic("assertion failed: self.is_char_boundary(end)");
    }

    /** Overwrites a String's contents (the new length must fit its capacity). */
    private static void setBytes(Value.Agg s, byte[] nb) {
        if (nb.length > 0) System.arraycopy(nb, 0, ((Value.Bytes) RawVec.elems(s)).data, 0, nb.length);
        RawVec.setLen(s, nb.length);
    }

    private static byte[] ascii(byte[] b, boolean upper) {
        byte[] out = b.clone();
        for (int k = 0; k < out.length; k++) {
            if (upper && out[k] >= 'a' && out[k] <= 'z') out[k] -= 32;
            if (!upper && out[k] >= 'A' && out[k] <= 'Z') out[k] += 32;
        }
        return out;
    }

    private static Value asciiCase(Builtins.Call c, boolean upper) {
        Value.Ptr s = c.ptr(0);
        byte[] b = ascii(Memory.bytes(s, c.span()), upper);
        for (int k = 0; k < b.length; k++) Memory.set(s.offset(k, -1), new Value.Int(b[k] & 0xff, dev.heaplab.core.types.IntTy.U8), c.span());
        return Value.unit();
    }

    private static Value drainNext(Builtins.Call c, boolean back) {
        Value.Agg it = c.agg(0);
        long pos = ((Value.Int) it.fields[1]).bits(), end = ((Value.Int) it.fields[2]).bits();
        if (pos >= end) return c.m().types.none();
        byte[] b = StringBuiltins.bytes((Value.Agg) Memory.get((Value.Ptr) it.fields[0], c.span()), c.span());
        String part = new String(b, (int) pos, (int) (end - pos), StandardCharsets.UTF_8);
        int cp = back ? part.codePointBefore(part.length()) : part.codePointAt(0);
        int n = StrPatterns.utf8(cp).length;
        if (back) it.fields[2] = Value.usize(end - n);
        else it.fields[1] = Value.usize(pos + n);
        return c.m().types.some(new Value.Char(cp));
    }

    /** String::drain's drop: removes the drained byte range from the string. */
    static void finishStrDrain(Interp m, Value.Agg it, dev.heaplab.core.source.Span span) {
        Value.Agg s = (Value.Agg) Memory.get((Value.Ptr) it.fields[0], span);
        long start = ((Value.Int) it.fields[3]).bits();
        byte[] b = StringBuiltins.bytes(s, span);
        long origEnd = ((Value.Int) it.fields[4]).bits();
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        out.write(b, 0, (int) start);
        out.write(b, (int) origEnd, b.length - (int) origEnd);
        setBytes(s, out.toByteArray());
    }

    private static Value resize(Builtins.Call c, boolean with) {
        Value.Agg v = c.agg(0);
        long len = RawVec.len(v), n = c.usize(1);
        Ty elem = c.tyArg(0);
        if (n <= len) {
            c.m().builtins.invokeKey("Vec::truncate", c.typeArgs(), new Value[] {c.args()[0], Value.usize(n)},
                    new Ty[] {c.argTys()[0], Ty.USIZE}, c.span());
            if (!with) c.m().drops.drop(Value.Ptr.thin(c.m().temp(c.args()[2], "value"), new int[0]), c.args()[2], elem, c.span());
            return Value.unit();
        }
        RawVec.reserve(c.m(), v, n - len, VecBuiltins.elemSize(c), false, false, c.span(), VecBuiltins.what(c));
        for (long k = len; k < n; k++) {
            Value x = with ? Closures.call(c, 2, new Value[0], new Ty[0])
                    : k == n - 1 ? c.args()[2] : Derived.cloneValue(c.m(), c.args()[2], elem, c.span());
            VecBuiltins.elems(v).fields[(int) k] = x;
            RawVec.setLen(v, k + 1);
        }
        return Value.unit();
    }

    private static Value rotate(Builtins.Call c, long mid) {
        Value.Ptr s = c.ptr(0);
        if (c.usize(1) > s.meta()) throw c.panic("assertion failed: " + (c.key().endsWith("left") ? "mid" : "k") + " <= self.len()");
        List<Value> vs = new ArrayList<>(SliceBuiltins.read(s, c.span()));
        Collections.rotate(vs, (int) -mid);
        SliceBuiltins.write(s, vs, c.span());
        return Value.unit();
    }

    private static Value copyFrom(Builtins.Call c, String message) {
        Value.Ptr dst = c.ptr(0), src = c.ptr(1);
        if (dst.meta() != src.meta()) throw c.panic(message);
        for (long k = 0; k < dst.meta(); k++) {
            Value.Ptr d = dst.offset(k, -1);
            Value x = Derived.cloneValue(c.m(), Memory.get(src.offset(k, -1), c.span()), c.tyArg(0), c.span());
            c.m().drops.drop(d, Memory.get(d, c.span()), c.tyArg(0), c.span());
            Memory.set(d, x, c.span());
        }
        return Value.unit();
    }

    /** `Rc::make_mut`: clones into a fresh allocation when shared, moves out when only weaks remain. */
    private static Value makeMut(Builtins.Call c) {
        Value.Ptr slot = c.ptr(0);
        Value.Ptr p = (Value.Ptr) Memory.get(slot, c.span());
        Value.Agg box = (Value.Agg) Memory.get(p, c.span());
        long strong = ((Value.Int) box.fields[Value.Agg.RC_STRONG]).bits(), weak = ((Value.Int) box.fields[Value.Agg.RC_WEAK]).bits();
        if (strong == 1 && weak == 1) return p.child(Value.Agg.RC_VALUE);
        Ty t = c.tyArg(0);
        Value.Agg fresh = Value.Agg.of(Value.usize(1), Value.usize(1), Value.UNINIT);
        Value.Ptr np = Value.Ptr.thin(c.m().heap.alloc(c.m().sizes.rcBoxSize(t), 8, fresh,
                "Rc<" + c.m().types.display(t) + ">", c.span()), new int[0]);
        if (strong != 1) {
            fresh.fields[Value.Agg.RC_VALUE] = Derived.cloneValue(c.m(), box.fields[Value.Agg.RC_VALUE], t, c.span());
            Memory.set(slot, np, c.span());
            PtrBuiltins.dropRc(c.m(), p, t, c.span());
        } else {
            fresh.fields[Value.Agg.RC_VALUE] = box.fields[Value.Agg.RC_VALUE];
            box.fields[Value.Agg.RC_VALUE] = Value.UNINIT;
            box.fields[Value.Agg.RC_STRONG] = Value.usize(0);
            box.fields[Value.Agg.RC_WEAK] = Value.usize(weak - 1);
            Memory.set(slot, np, c.span());
        }
        return np.child(Value.Agg.RC_VALUE);
    }
}
