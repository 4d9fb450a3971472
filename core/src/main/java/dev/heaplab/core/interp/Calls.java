package dev.heaplab.core.interp;

import dev.heaplab.core.mir.Body;
import dev.heaplab.core.source.Span;
import dev.heaplab.core.trace.MachineEvent;
import dev.heaplab.core.types.DefId;
import dev.heaplab.core.types.FnDef;
import dev.heaplab.core.types.ImplDef;
import dev.heaplab.core.types.Ty;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Decides what a call runs and starts it.
 * <ul>
 * <li>a fn item of a trait method is resolved to the impl's method for the concrete self type (for
 *     `dyn Trait` receivers, the type the pointer was unsized from);</li>
 * <li>a function with a MIR body gets a new frame; a builtin runs natively; a method of a derived
 *     impl runs natively too ({@link Derived});</li>
 * <li>closures (called directly or through Fn::call / FnMut::call_mut / FnOnce::call_once, whose
 *     arguments come as one tuple) get their environment first when their body expects it: by
 *     reference when the body's `_1` is a reference, else by value (an FnOnce body consumes the
 *     closure: its place becomes uninitialised).</li>
 * </ul>
 */
final class Calls {
    /** What a call runs: a body, a builtin key, or a derived-impl method; with concrete arguments. */
    record Target(DefId fn, List<Ty> typeArgs, Body body, String builtin, ImplDef derivedImpl, String name,
                  Value[] args, Ty[] argTys, PlaceRef ownedEnv) {
        Target(DefId fn, List<Ty> typeArgs, Body body, String builtin, ImplDef derivedImpl, String name,
               Value[] args, Ty[] argTys) {
            this(fn, typeArgs, body, builtin, derivedImpl, name, args, argTys, null);
        }
    }

    private final Interp m;
    private final TraitResolver resolver;

    Calls(Interp m) {
        this.m = m;
        this.resolver = new TraitResolver(m.defs);
    }

    TraitResolver resolver() { return resolver; }

    /** Resolves a call of {@code funcVal} (of type {@code funcTy}) with evaluated arguments. */
    Target resolve(Ty funcTy, Value funcVal, Value[] args, Ty[] argTys, Span span) {
        switch (funcTy) {
            case Ty.FnDef fd -> { return resolveFn(fd.def(), fd.args(), args, argTys, span); }
            case Ty.FnPtr fp -> {
                if (funcVal instanceof Value.FnPtr p) {
                    if (m.defs.closure(p.def()) != null) return closure(p.def(), p.args(), null, args, argTys, span);
                    return resolveFn(p.def(), p.args(), args, argTys, span);
                }
                throw new MachineStop.Undefined("call through an invalid function pointer", span);
            }
            case Ty.Closure c -> { return closure(c.def(), c.parentArgs(), funcVal, args, argTys, span); }
            case Ty.Ref r -> {
                Value.Ptr p = (Value.Ptr) funcVal;
                // `&dyn Fn`: the pointer carries the concrete type; a closure is called with a thin pointer to it.
                boolean dyn = r.inner() instanceof Ty.Dynamic && p.dynTy() != null;
                Ty innerTy = dyn ? p.dynTy() : r.inner();
                Value callee = !(innerTy instanceof Ty.Closure) ? Memory.get(p, span)
                        : dyn ? Value.Ptr.thin(p.alloc(), p.path()) : funcVal;
                return resolve(innerTy, callee, args, argTys, span);
            }
            case Ty.Adt a when m.types.is(a, dev.heaplab.core.types.LangItem.BOX) && funcVal instanceof Value.Ptr p
                    && p.alloc() != null -> { return boxedCall(a, p, args, argTys, span); }
            default -> throw new MachineStop.Internal("call of a value of type " + m.types.display(funcTy), span);
        }
    }

    /**
     * A `Box<dyn FnOnce()>` (or a box of any callable) called by value, as std's `impl FnOnce for Box<F>`:
     * the callee takes the value out of the box (an FnOnce closure moves its environment out; an Fn one
     * is called through a pointer into the box), and the box, owned by the call's frame, is dropped when
     * it returns: it frees the memory and drops whatever the call left in it.
     */
    private Target boxedCall(Ty.Adt box, Value.Ptr p, Value[] args, Ty[] argTys, Span span) {
        Ty inner = Types.arg(box, 0);
        if (inner instanceof Ty.Dynamic && p.dynTy() != null) inner = p.dynTy();
        Value.Ptr at = Value.Ptr.thin(p.alloc(), p.path());
        Target t = inner instanceof Ty.Closure c ? closure(c.def(), c.parentArgs(), at, args, argTys, span)
                : resolve(inner, Memory.get(at, span), args, argTys, span);
        if (t.ownedEnv() != null || t.body() == null) throw new MachineStop.Internal("call of a boxed " + m.types.display(inner), span);
        PlaceRef owned = new PlaceRef(m.temp(p, "boxed callee"), new int[0], -1, box);
        return new Target(t.fn(), t.typeArgs(), t.body(), t.builtin(), t.derivedImpl(), t.name(), t.args(), t.argTys(), owned);
    }

    private Target resolveFn(DefId def, List<Ty> typeArgs, Value[] args, Ty[] argTys, Span span) {
        FnDef fn = m.defs.fn(def);
        if (fn == null) {
            if (m.defs.closure(def) != null) return closure(def, typeArgs, null, args, argTys, span);
            throw new MachineStop.Internal("call of an unknown function " + def, span);
        }
        ImplDef impl = null;
        // A method of a trait (not yet of an impl) is resolved for its Self type; an impl's own method
        // (what formatting and comparisons call after finding the impl) is already the callee, and
        // its type arguments are the impl's, not the trait's.
        if (fn.parentTrait() != null && fn.parentImpl() == null) {
            String lang = m.defs.trait(fn.parentTrait()).lang();
            if (lang != null && (lang.equals("Fn") || lang.equals("FnMut") || lang.equals("FnOnce")) && args.length == 2
                    && !typeArgs.isEmpty() && isCallable(typeArgs.get(0)))
                return callTrait(typeArgs.get(0), args, argTys, span);
            // a method of the object's trait (or of a supertrait) dispatches on the value behind it; another
            // trait's method was implemented for the `dyn` type itself (`impl A for dyn B`)
            if (!typeArgs.isEmpty() && typeArgs.get(0) instanceof Ty.Dynamic d && args.length > 0
                    && args[0] instanceof Value.Ptr p && p.dynTy() != null && reachesTrait(d.trait(), fn.parentTrait(), 0)) {
                List<Ty> concrete = new ArrayList<>(typeArgs);
                concrete.set(0, p.dynTy());
                typeArgs = concrete;
            }
            TraitResolver.Resolved r = resolver.resolveMethod(fn, typeArgs);
            impl = r.impl();
            fn = m.defs.fn(r.fn());
            typeArgs = r.args();
        }
        Body body = m.program.body(fn.id());
        if (body != null) return new Target(fn.id(), typeArgs, body, null, null, fn.name(), args, argTys);
        if (fn.builtinKey() != null)
            return new Target(fn.id(), typeArgs, null, fn.builtinKey(), null, fn.name(), args, argTys);
        if (impl != null && impl.derived()) return new Target(fn.id(), typeArgs, null, null, impl, fn.name(), args, argTys);
        if (impl == null && fn.parentTrait() != null)
            return new Target(fn.id(), typeArgs, null, null, null, fn.name(), args, argTys);
        throw new MachineStop.Internal("function `" + fn.qualifiedName() + "` has no body", span);
    }

    /**
     * What a call site can remember from its first call: its target (argument values aside) when the
     * callee and the argument types depend only on the caller's instance, else {@link Code#DYNAMIC}.
     */
    Code.CallSite site(Frame f, dev.heaplab.core.mir.Terminator.Call c, Ty funcTy, Target t) {
        if (!(c.func() instanceof dev.heaplab.core.mir.Operand.Constant) || !(funcTy instanceof Ty.FnDef fd))
            return Code.DYNAMIC;
        FnDef fn = m.defs.fn(fd.def());
        if (fn == null) return Code.DYNAMIC; // a closure: its environment is a value
        if (fn.parentTrait() != null) {
            String lang = m.defs.trait(fn.parentTrait()).lang();
            if (lang != null && (lang.equals("Fn") || lang.equals("FnMut") || lang.equals("FnOnce"))) return Code.DYNAMIC;
            if (!fd.args().isEmpty() && fd.args().get(0) instanceof Ty.Dynamic) return Code.DYNAMIC;
        }
        for (dev.heaplab.core.mir.Operand op : c.args()) {
            if (op instanceof dev.heaplab.core.mir.Operand.Copy cp && !m.places.staticType(f, cp.place())) return Code.DYNAMIC;
            if (op instanceof dev.heaplab.core.mir.Operand.Move mv && !m.places.staticType(f, mv.place())) return Code.DYNAMIC;
        }
        Target template = new Target(t.fn(), t.typeArgs(), t.body(), t.builtin(), t.derivedImpl(), t.name(), null,
                t.argTys().clone());
        Code.Inst callee = t.body() == null ? null : m.code(t.body()).inst(t.typeArgs(), t.body().locals().size());
        Builtins.Native nativeFn = t.body() == null && t.derivedImpl() == null && t.builtin() != null
                ? m.builtins.nativeFn(t.builtin()) : null;
        return new Code.CallSite(template, callee, nativeFn);
    }

    /** Whether {@code want} is {@code trait} or one of its supertraits. */
    private boolean reachesTrait(DefId trait, DefId want, int depth) {
        if (trait.equals(want)) return true;
        var td = m.defs.trait(trait);
        if (td == null || depth > 16) return false;
        for (DefId s : td.supertraits()) if (reachesTrait(s, want, depth + 1)) return true;
        return false;
    }

    private boolean isCallable(Ty t) {
        Ty inner = t;
        // through references and boxes (std's `Fn*` impls for `&F`, `&mut F` and `Box<F>`)
        for (int i = 0; i < 8; i++) {
            if (inner instanceof Ty.Ref r) inner = r.inner();
            else if (inner instanceof Ty.Adt a && m.types.is(a, dev.heaplab.core.types.LangItem.BOX) && !a.args().isEmpty()) inner = a.args().get(0);
            else break;
        }
        return inner instanceof Ty.Closure || inner instanceof Ty.FnDef || inner instanceof Ty.FnPtr
                || inner instanceof Ty.Dynamic;
    }

    /** `Fn::call(self, (a, b))`: spread the tuple and call self. */
    private Target callTrait(Ty selfTy, Value[] args, Ty[] argTys, Span span) {
        Value.Agg tuple = (Value.Agg) args[1];
        List<Ty> elemTys = argTys[1] instanceof Ty.Tuple t ? t.elems() : List.of();
        Value[] spread = tuple.fields.clone();
        Ty[] spreadTys = elemTys.toArray(new Ty[0]);
        Value self = args[0];
        Ty st = argTys[0] != null ? argTys[0] : selfTy;
        boolean behindRef = false;
        // Through references, and through a box reached by one (`&mut Box<dyn FnMut()>`: std's `FnMut for
        // Box<F>` calls the pointee in place; a box called by value is `boxedCall`'s, which drops it).
        while (self instanceof Value.Ptr p && (st instanceof Ty.Ref || behindRef && st instanceof Ty.Adt b
                && m.types.is(b, dev.heaplab.core.types.LangItem.BOX) && !b.args().isEmpty() && p.alloc() != null)) {
            Ty inner = st instanceof Ty.Ref r ? r.inner() : Types.arg((Ty.Adt) st, 0);
            if (inner instanceof Ty.Dynamic && p.dynTy() != null) inner = p.dynTy();
            if (inner instanceof Ty.Closure c) return closure(c.def(), c.parentArgs(), Value.Ptr.thin(p.alloc(), p.path()),
                    spread, spreadTys, span);
            self = Memory.get(Value.Ptr.thin(p.alloc(), p.path()), span);
            st = inner;
            behindRef = true;
        }
        return resolve(st, self, spread, spreadTys, span);
    }

    /** A closure call: prepend the environment (a value or a pointer to it) if the body takes one. */
    private Target closure(DefId def, List<Ty> parentArgs, Value env, Value[] args, Ty[] argTys, Span span) {
        Body body = m.program.body(def);
        if (body == null) throw new MachineStop.Internal("closure without a body", span);
        String name = "{closure}";
        if (body.argCount() == args.length + 1) {
            Ty envTy = body.locals().get(1).ty();
            Value e = env == null ? Value.unit() : env;
            boolean wantsRef = envTy instanceof Ty.Ref;
            PlaceRef owned = null;
            if (wantsRef && !(e instanceof Value.Ptr)) {
                // An Fn/FnMut closure called by value (`FnOnce::call_once(f, ..)`): as rustc's shim, the call
                // borrows it, and the frame owns it and drops it when it returns.
                Allocation temp = m.temp(e, "closure");
                owned = new PlaceRef(temp, new int[0], -1, new Ty.Closure(def, parentArgs));
                e = Value.Ptr.thin(temp, new int[0]);
            } else if (!wantsRef && e instanceof Value.Ptr p && !(envTy instanceof Ty.RawPtr)) {
                e = Memory.get(p, span);
                Memory.set(p, Value.UNINIT, span);
            }
            Value[] all = new Value[args.length + 1];
            all[0] = e;
            System.arraycopy(args, 0, all, 1, args.length);
            Ty[] allTys = new Ty[argTys.length + 1];
            allTys[0] = envTy;
            System.arraycopy(argTys, 0, allTys, 1, argTys.length);
            return new Target(def, parentArgs, body, null, null, name, all, allTys, owned);
        }
        return new Target(def, parentArgs, body, null, null, name, args, argTys);
    }

    /** Pushes a frame for a body with its arguments in `_1..`. */
    Frame push(Target t, Frame.Sink sink, Span callSpan) {
        return push(t, m.code(t.body()).inst(t.typeArgs(), t.body().locals().size()), sink, callSpan);
    }

    /** Pushes a frame for instance {@code inst} of the target's body. */
    Frame push(Target t, Code.Inst inst, Frame.Sink sink, Span callSpan) {
        if (m.frames.size() >= m.limits.maxStackDepth()) throw depthLimit(m.limits.maxStackDepth(), callSpan);
        Body body = t.body();
        Allocation[] slots = new Allocation[body.locals().size()];
        String[] names = inst.code.slotNames;
        for (int i = 0; i < slots.length; i++) slots[i] = m.newSlot(null, names[i]);
        Frame f = new Frame(inst, body, t.typeArgs(), slots, sink, callSpan, t.name());
        f.ownedEnv = t.ownedEnv();
        Value[] args = t.args();
        for (int i = 0; i < args.length && i + 1 < slots.length; i++) {
            slots[i + 1].root = args[i];
            f.markLive(i + 1);
        }
        m.frames.add(f);
        if (m.detailed) m.emit(new MachineEvent.Call(callSpan, m.depth(), t.name()));
        return f;
    }

    static MachineStop.Limit depthLimit(int max, Span callSpan) {
        return new MachineStop.Limit("limit: the call stack grew deeper than " + max + " frames (see --max-depth)", callSpan);
    }

    /** Runs a function to completion from native code and returns its result (panics propagate). */
    Value callNested(Target t, Span span) {
        if (t.body() == null) return m.builtins.invoke(t, span);
        Frame.Sink sink = new Frame.Sink();
        int base = m.frames.size();
        push(t, sink, span);
        WriteLog log = m.writeLog;
        List<Allocation> before = log == null ? null : log.nestedStart();
        try {
            m.stepper.runUntil(base);
        } finally {
            if (log != null) log.nestedDone(before);
        }
        return sink.value;
    }

    /** Calls function {@code def} with type arguments (resolving trait methods) from native code. */
    Value callFn(DefId def, List<Ty> typeArgs, Value[] args, Ty[] argTys, Span span) {
        return callNested(resolveFn(def, typeArgs, args, argTys, span), span);
    }

    /** The last callee of `Iterator::next` that {@link #callNext} resolved, and for which iterator type (by identity). */
    private Target lastNext;
    private Ty lastNextTy;
    private DefId lastNextDef;

    /**
     * `Iterator::next(it)` for an iterator of type {@code iterTy}, from native code that calls it item
     * after item (collect, extend): its callee depends only on the type unless that is `dyn`, so the
     * last one is kept for the same type instead of resolved again for each item.
     */
    Value callNext(DefId next, Value.Ptr it, Ty iterTy, Span span) {
        Value[] args = {it};
        Ty[] argTys = {Ty.refMut(iterTy)};
        Target t = lastNext;
        if (t != null && lastNextTy == iterTy && next.equals(lastNextDef)) {
            t = new Target(t.fn(), t.typeArgs(), t.body(), t.builtin(), t.derivedImpl(), t.name(), args, argTys);
        } else {
            t = resolveFn(next, List.of(iterTy), args, argTys, span);
            boolean fixed = !(iterTy instanceof Ty.Dynamic) && t.ownedEnv() == null;
            lastNext = fixed ? t : null;
            lastNextTy = fixed ? iterTy : null;
            lastNextDef = next;
        }
        return callNested(t, span);
    }

    static List<Value> list(Value... vs) { return new ArrayList<>(Arrays.asList(vs)); }
}
