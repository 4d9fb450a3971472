package dev.heaplab.core.interp;

import dev.heaplab.core.types.Ty;
import java.util.Map;

/** `std::mem`: swap, replace, take, drop, forget, size_of, size_of_val, align_of. */
final class MemBuiltins {
    private MemBuiltins() {}

    static void register(Map<String, Builtins.Native> r) {
        r.put("mem::swap", c -> {
            Value a = c.deref(0), b = c.deref(1);
            Memory.set(c.ptr(0), b, c.span());
            Memory.set(c.ptr(1), a, c.span());
            return Value.unit();
        });
        r.put("mem::replace", c -> {
            Value old = c.deref(0);
            Memory.set(c.ptr(0), c.args()[1], c.span());
            return old;
        });
        r.put("mem::take", c -> {
            Value old = c.deref(0);
            Memory.set(c.ptr(0), Derived.defaultValue(c.m(), c.tyArg(0), c.span()), c.span());
            return old;
        });
        r.put("mem::drop", c -> {
            Allocation tmp = c.m().temp(c.args()[0], "dropped");
            c.m().drops.drop(Value.Ptr.thin(tmp, new int[0]), c.args()[0], c.tyArg(0), c.span());
            return Value.unit();
        });
        r.put("mem::forget", c -> Value.unit());
        r.put("mem::size_of", c -> Value.usize(c.m().sizes.size(c.tyArg(0))));
        r.put("mem::align_of", c -> Value.usize(c.m().sizes.align(c.tyArg(0))));
        r.put("mem::size_of_val", c -> {
            Ty t = c.pointee(0);
            long meta = c.ptr(0).meta();
            return Value.usize(switch (t) {
                case Ty.Str s -> meta;
                case Ty.Slice s -> meta * c.m().sizes.size(s.elem());
                default -> c.m().sizes.size(t);
            });
        });
    }
}
