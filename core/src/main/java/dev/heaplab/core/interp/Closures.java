package dev.heaplab.core.interp;

import dev.heaplab.core.types.Ty;

/** Calling a closure (or fn item/pointer) argument of a builtin, with a nested run of its body. */
final class Closures {
    private Closures() {}

    /** Calls argument {@code i} of the builtin call (a callable or a reference to one) with {@code args}. */
    static Value call(Builtins.Call c, int i, Value[] args, Ty[] argTys) {
        Ty fty = c.argTys()[i];
        Value fv = c.args()[i];
        if (fty instanceof Ty.Closure) {
            fv = Value.Ptr.thin(c.m().temp(fv, "closure"), new int[0]);
            fty = Ty.refMut(fty);
            c.args()[i] = fv;
            c.argTys()[i] = fty;
        }
        Calls.Target t = c.m().calls.resolve(fty, fv, args, argTys, c.span());
        return c.m().calls.callNested(t, c.span());
    }
}
