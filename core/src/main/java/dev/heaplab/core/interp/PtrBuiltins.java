package dev.heaplab.core.interp;

import dev.heaplab.core.source.Span;
import dev.heaplab.core.types.Ty;
import java.util.Map;

/**
 * Box, Rc/Weak, Cell, RefCell and `std::mem`. Rc points to {@code Agg[strong, weak, value]} where weak
 * counts the weak pointers plus one for all strong ones (as std's RcBox); RefCell's flag is the number
 * of shared borrows, or −1 while mutably borrowed.
 */
final class PtrBuiltins {
    private PtrBuiltins() {}

    static void register(Map<String, Builtins.Native> r) {
        r.put("Box::new", c -> boxNew(c.m(), c.args()[0], c.tyArg(0), c.span()));
        r.put("Box::deref", c -> c.deref(0));
        r.put("Box::deref_mut", c -> c.deref(0));
        r.put("Box::leak", c -> c.args()[0]);
        r.put("Box::clone", c -> boxNew(c.m(), Derived.cloneValue(c.m(), Memory.get((Value.Ptr) c.deref(0), c.span()),
                c.tyArg(0), c.span()), c.tyArg(0), c.span()));
        r.put("Rc::new", c -> {
            Ty t = c.tyArg(0);
            long size = c.m().sizes.rcBoxSize(t);
            Value root = Value.Agg.of(Value.usize(1), Value.usize(1), c.args()[0]);
            return Value.Ptr.thin(c.m().heap.alloc(size, 8, root, "Rc<" + c.m().types.display(t) + ">", c.span()), new int[0]);
        });
        r.put("Rc::clone", c -> {
            Value.Ptr p = (Value.Ptr) c.deref(0);
            bump(p, Value.Agg.RC_STRONG, 1, c.span());
            return p;
        });
        r.put("Rc::deref", c -> rcValue((Value.Ptr) c.deref(0)));
        // `Rc<str>`/`Arc<str>` from a `&str` or a `String`: one allocation holding the counts and a copy of the
        // bytes (std's RcInner<[u8; len]>); the Rc carries the length, as std's fat pointer.
        r.put("Rc::from_str", c -> {
            Value arg = c.args()[0];
            byte[] data = arg instanceof Value.Agg s ? StringBuiltins.bytes(s, c.span()) : Memory.bytes((Value.Ptr) arg, c.span());
            Value root = Value.Agg.of(Value.usize(1), Value.usize(1), new Value.Bytes(data.clone()));
            long size = (16 + data.length + 7) / 8 * 8;
            Allocation a = c.m().heap.alloc(size, 8, root, "Rc<str>", c.span());
            if (arg instanceof Value.Agg) c.m().drops.drop(Value.Ptr.thin(c.m().temp(arg, "value"), new int[0]), arg, c.argTys()[0], c.span());
            return Value.Ptr.thin(a, new int[0]).withMeta(data.length);
        });
        r.put("Rc::from_vec", c -> {
            // std allocates the shared block, moves the elements in, then frees the Vec's buffer
            Value.Agg v = (Value.Agg) c.args()[0];
            Ty elem = c.tyArg(0);
            int n = (int) RawVec.len(v);
            Value[] items = new Value[n];
            Value.Agg held = VecBuiltins.elems(v);
            for (int k = 0; k < n; k++) items[k] = held.fields[k];
            long align = Math.max(8, c.m().sizes.align(elem));
            long size = Sizes.roundUp(16 + n * c.m().sizes.size(elem), align);
            Value root = Value.Agg.of(Value.usize(1), Value.usize(1), new Value.Agg(0, items));
            Allocation a = c.m().heap.alloc(size, align, root, "Rc<[" + c.m().types.display(elem) + "]>", c.span());
            for (int k = 0; k < n; k++) held.fields[k] = Value.UNINIT;
            RawVec.setLen(v, 0);
            RawVec.free(c.m(), v, c.m().sizes.size(elem), c.span());
            return Value.Ptr.thin(a, new int[0]).withMeta(n);
        });
        r.put("Rc::strong_count", c -> Value.usize(count((Value.Ptr) c.deref(0), Value.Agg.RC_STRONG, c.span())));
        r.put("Rc::weak_count", c -> Value.usize(count((Value.Ptr) c.deref(0), Value.Agg.RC_WEAK, c.span()) - 1));
        r.put("Rc::downgrade", c -> {
            Value.Ptr p = (Value.Ptr) c.deref(0);
            bump(p, Value.Agg.RC_WEAK, 1, c.span());
            return p;
        });
        r.put("Rc::as_ptr", c -> ((Value.Ptr) c.deref(0)).child(Value.Agg.RC_VALUE));
        r.put("Rc::ptr_eq", c -> Arith.bool(((Value.Ptr) c.deref(0)).alloc() == ((Value.Ptr) c.deref(1)).alloc()));
        r.put("Weak::new", c -> RawVec.dangling());
        r.put("Weak::weak_count", c -> {
            Value.Ptr p = (Value.Ptr) c.deref(0);
            if (p.alloc() == null || count(p, Value.Agg.RC_STRONG, c.span()) == 0) return Value.usize(0);
            return Value.usize(count(p, Value.Agg.RC_WEAK, c.span()) - 1);
        });
        r.put("Rc::try_unwrap", c -> {
            Value.Ptr p = (Value.Ptr) c.args()[0];
            if (count(p, Value.Agg.RC_STRONG, c.span()) != 1) return c.m().types.err(p);
            Value.Agg box = (Value.Agg) Memory.get(p, c.span());
            Value v = box.fields[Value.Agg.RC_VALUE];
            box.fields[Value.Agg.RC_VALUE] = Value.UNINIT;
            box.fields[Value.Agg.RC_STRONG] = Value.usize(0);
            if (bump(p, Value.Agg.RC_WEAK, -1, c.span()) == 0) c.m().heap.dealloc(p.alloc(), c.span());
            return c.m().types.ok(v);
        });
        r.put("Rc::get_mut", c -> {
            Value.Ptr p = (Value.Ptr) c.deref(0);
            boolean unique = count(p, Value.Agg.RC_STRONG, c.span()) == 1 && count(p, Value.Agg.RC_WEAK, c.span()) == 1;
            return unique ? c.m().types.some(p.child(Value.Agg.RC_VALUE)) : c.m().types.none();
        });
        r.put("Cell::take", c -> {
            Value.Agg cell = c.agg(0);
            Value old = cell.fields[0];
            cell.fields[0] = Derived.defaultValue(c.m(), c.tyArg(0), c.span());
            return old;
        });
        r.put("Weak::upgrade", c -> {
            Value.Ptr p = (Value.Ptr) c.deref(0);
            if (p.alloc() == null || count(p, Value.Agg.RC_STRONG, c.span()) == 0) return c.m().types.none();
            bump(p, Value.Agg.RC_STRONG, 1, c.span());
            return c.m().types.some(p);
        });
        r.put("Weak::clone", c -> {
            Value.Ptr p = (Value.Ptr) c.deref(0);
            if (p.alloc() != null) bump(p, Value.Agg.RC_WEAK, 1, c.span());
            return p;
        });
        r.put("Weak::strong_count", c -> {
            Value.Ptr p = (Value.Ptr) c.deref(0);
            return Value.usize(p.alloc() == null ? 0 : count(p, Value.Agg.RC_STRONG, c.span()));
        });
        r.put("Cell::new", c -> Value.Agg.of(c.args()[0]));
        r.put("Cell::default", c -> Value.Agg.of(Derived.defaultValue(c.m(), c.tyArg(0), c.span())));
        // the borrowing iterators over slices and strs are plain positions: a clone is a copy
        r.put("Iter::clone", c -> Value.deepCopy(c.deref(0)));
        r.put("Cell::clone", c -> Value.Agg.of(Value.deepCopy(c.agg(0).fields[0])));
        r.put("RefCell::default", c -> Value.Agg.of(Builtins.isize(0), Derived.defaultValue(c.m(), c.tyArg(0), c.span())));
        r.put("RefCell::clone", c -> Value.Agg.of(Builtins.isize(0),
                Derived.cloneAt(c.m(), c.ptr(0).child(Value.Agg.REFCELL_VALUE), c.tyArg(0), c.span())));
        r.put("Box::default", c -> boxNew(c.m(), Derived.defaultValue(c.m(), c.tyArg(0), c.span()), c.tyArg(0), c.span()));
        r.put("Rc::default", c -> c.m().builtins.invokeKey("Rc::new", c.typeArgs(),
                new Value[] {Derived.defaultValue(c.m(), c.tyArg(0), c.span())}, new Ty[] {c.tyArg(0)}, c.span()));
        r.put("Cell::get", c -> Value.deepCopy(c.agg(0).fields[0]));
        r.put("Cell::set", c -> {
            Value.Agg cell = c.agg(0);
            Value old = cell.fields[0];
            cell.fields[0] = c.args()[1];
            c.m().drops.drop(c.ptr(0).child(0), old, c.tyArg(0), c.span());
            return Value.unit();
        });
        r.put("Cell::replace", c -> {
            Value.Agg cell = c.agg(0);
            Value old = cell.fields[0];
            cell.fields[0] = c.args()[1];
            return old;
        });
        r.put("Cell::into_inner", c -> ((Value.Agg) c.args()[0]).fields[0]);
        r.put("RefCell::new", c -> Value.Agg.of(Builtins.isize(0), c.args()[0]));
        r.put("RefCell::into_inner", c -> ((Value.Agg) c.args()[0]).fields[Value.Agg.REFCELL_VALUE]);
        // `&mut self` proves no other borrow exists: both hand out the value in place, without a borrow flag
        r.put("Cell::get_mut", c -> c.ptr(0).child(0));
        r.put("RefCell::get_mut", c -> c.ptr(0).child(Value.Agg.REFCELL_VALUE));
        r.put("RefCell::borrow", c -> borrow(c, false, false));
        r.put("RefCell::borrow_mut", c -> borrow(c, true, false));
        r.put("RefCell::try_borrow", c -> borrow(c, false, true));
        r.put("RefCell::try_borrow_mut", c -> borrow(c, true, true));
        r.put("Ref::deref", c -> c.agg(0).fields[0]);
        r.put("Ref::map", c -> guardMap(c, false));
        r.put("RefMut::map", c -> guardMap(c, true));
        r.put("RefMut::deref", c -> c.agg(0).fields[0]);
        r.put("RefMut::deref_mut", c -> c.agg(0).fields[0]);
        MemBuiltins.register(r);
    }

    /** What an Rc points to: its value, or for an `Rc<str>` (a length in the pointer) the str of its bytes. */
    static Value.Ptr rcValue(Value.Ptr rc) {
        Value.Ptr v = rc.child(Value.Agg.RC_VALUE);
        if (rc.dynTy() != null) return new Value.Ptr(v.alloc(), v.path(), -1, rc.dynTy()); // `Rc<dyn Trait>`
        return rc.meta() >= 0 ? v.child(0).withMeta(rc.meta()) : v;
    }

    static Value boxNew(Interp m, Value v, Ty t, Span span) {
        long size = m.sizes.size(t);
        if (size == 0) return Value.Ptr.thin(new Allocation(-1, Allocation.Kind.STATIC, v, 0, 1, "zst box"), new int[0]);
        Allocation a = m.heap.alloc(size, m.sizes.align(t), v, "Box<" + m.types.display(t) + ">", span);
        return Value.Ptr.thin(a, new int[0]);
    }

    static void dropBox(Interp m, Value.Ptr p, Ty t, Span span) {
        if (p.alloc() == null) return;
        if (t instanceof Ty.Slice || t instanceof Ty.Str) {
            if (t instanceof Ty.Slice s) m.drops.dropElements(p.alloc(), p.lastIndex(), p.lastIndex() + p.meta(), s.elem(), span);
            if (p.alloc().kind() == Allocation.Kind.HEAP) m.heap.dealloc(p.alloc(), span);
            return;
        }
        Ty pointee = t instanceof Ty.Dynamic && p.dynTy() != null ? p.dynTy() : t;
        Value v = Memory.get(p, span);
        m.drops.drop(p, v, pointee, span);
        if (p.alloc().kind() == Allocation.Kind.HEAP) m.heap.dealloc(p.alloc(), span);
    }

    private static long count(Value.Ptr rc, int field, Span span) {
        return ((Value.Int) ((Value.Agg) Memory.get(rc, span)).fields[field]).bits();
    }

    static long bump(Value.Ptr rc, int field, long delta, Span span) {
        Value.Agg box = (Value.Agg) Memory.get(rc, span);
        long n = ((Value.Int) box.fields[field]).bits() + delta;
        box.fields[field] = Value.usize(n);
        return n;
    }

    static void dropRc(Interp m, Value.Ptr p, Ty t, Span span) {
        if (bump(p, Value.Agg.RC_STRONG, -1, span) != 0) return;
        Value.Agg box = (Value.Agg) Memory.get(p, span);
        m.drops.drop(p.child(Value.Agg.RC_VALUE), box.fields[Value.Agg.RC_VALUE], t, span);
        box.fields[Value.Agg.RC_VALUE] = Value.UNINIT;
        if (bump(p, Value.Agg.RC_WEAK, -1, span) == 0) m.heap.dealloc(p.alloc(), span);
    }

    static void dropWeak(Interp m, Value.Ptr p, Ty t, Span span) {
        if (p.alloc() == null) return;
        if (bump(p, Value.Agg.RC_WEAK, -1, span) == 0) m.heap.dealloc(p.alloc(), span);
    }

    private static Value borrow(Builtins.Call c, boolean mut, boolean attempt) {
        Value.Ptr cell = c.ptr(0);
        Value.Agg g = c.agg(0);
        long flag = ((Value.Int) g.fields[Value.Agg.REFCELL_FLAG]).bits();
        boolean ok = mut ? flag == 0 : flag >= 0;
        if (!ok) {
            if (attempt) return c.m().types.err(Value.unit());
            throw c.panic(mut ? "RefCell already borrowed" : "RefCell already mutably borrowed");
        }
        g.fields[Value.Agg.REFCELL_FLAG] = Builtins.isize(mut ? -1 : flag + 1);
        Value guard = Value.Agg.of(cell.child(Value.Agg.REFCELL_VALUE), cell.child(Value.Agg.REFCELL_FLAG));
        return attempt ? c.m().types.ok(guard) : guard;
    }

    /** `Ref::map` / `RefMut::map`: the closure's reference replaces the guard's, the flag pointer kept (no release). */
    private static Value guardMap(Builtins.Call c, boolean mut) {
        Value.Agg g = (Value.Agg) c.args()[0];
        Ty t = mut ? Ty.refMut(c.tyArg(0)) : Ty.ref(c.tyArg(0));
        Value part = Closures.call(c, 1, new Value[] {g.fields[0]}, new Ty[] {t});
        return Value.Agg.of(part, g.fields[1]);
    }

    /** Drop of a Ref (one shared borrow fewer) or a RefMut (no borrow left). */
    static void releaseBorrow(Interp m, Value.Agg guard, boolean shared, Span span) {
        Value.Ptr flag = (Value.Ptr) guard.fields[1];
        long f = ((Value.Int) Memory.get(flag, span)).bits();
        Memory.set(flag, Builtins.isize(shared ? f - 1 : 0), span);
    }
}
