package dev.heaplab.core.interp;

import dev.heaplab.core.fmt.DebugList;
import dev.heaplab.core.fmt.DebugStruct;
import dev.heaplab.core.fmt.DebugTuple;
import dev.heaplab.core.fmt.FloatFormat;
import dev.heaplab.core.fmt.FormatTemplate.Trait;
import dev.heaplab.core.fmt.IntFormat;
import dev.heaplab.core.fmt.RustFormatter;
import dev.heaplab.core.fmt.TextFormat;
import dev.heaplab.core.source.Span;
import dev.heaplab.core.types.AdtDef;
import dev.heaplab.core.types.DefId;
import dev.heaplab.core.types.FloatTy;
import dev.heaplab.core.types.LangItem;
import dev.heaplab.core.types.Ty;
import dev.heaplab.core.types.TySubst;

/**
 * Formats the value at a pointer by its type, as the std `Display`/`Debug` impls do:
 * <ul>
 * <li>primitives, str and String natively (through the fmt package's Rust-exact routines);</li>
 * <li>references, Box, Rc and Ref guards format their pointee;</li>
 * <li>a user ADT with a hand-written impl runs its `fmt(&self, &mut Formatter)` in a nested run;</li>
 * <li>derived Debug, tuples, arrays, slices and Vec are formatted structurally.</li>
 * </ul>
 */
final class ValueFormatter {
    private final Interp m;
    private final Span span;

    ValueFormatter(Interp m, Span span) {
        this.m = m;
        this.span = span;
    }

    void format(RustFormatter f, Trait trait, Value.Ptr at, Ty ty) {
        if (trait == Trait.POINTER) {
            Value v = Memory.get(at, span);
            IntFormat.pointer(f, v instanceof Value.Ptr p ? address(p) : address(at));
            return;
        }
        switch (ty) {
            // a trait object reached by its own fat pointer (`(&dyn Error).to_string()`): its concrete type
            // (`dyn Any` keeps std's opaque `Any { .. }`)
            case Ty.Dynamic d when at.dynTy() != null && !(at.dynTy() instanceof Ty.Dynamic) && !m.defs.name(d.trait()).equals("Any")
                    -> format(f, trait, at, at.dynTy());
            case Ty.Str s -> str(f, trait, Memory.str(at, span));
            case Ty.Slice s -> {
                Value.Ptr fat = Memory.fat(at, span);
                list(f, fat, s.elem(), fat.meta());
            }
            case Ty.Ref r -> pointee(f, trait, at, r.inner());
            case Ty.RawPtr r -> IntFormat.pointer(f, address((Value.Ptr) initialised(at)));
            default -> value(f, trait, at, ty, initialised(at));
        }
    }

    /** The value at {@code at}; a moved-out place is reached only through a dangling reference (`--no-borrowck`). */
    private Value initialised(Value.Ptr at) {
        Value v = Memory.get(at, span);
        if (v instanceof Value.Uninit)
            throw new MachineStop.Undefined("using uninitialized data: the value behind this reference was moved out",
                    span, at.alloc() == null ? java.util.List.of() : at.alloc().origins());
        return v;
    }

    private void pointee(RustFormatter f, Trait trait, Value.Ptr at, Ty inner) {
        Value.Ptr p = (Value.Ptr) initialised(at);
        if (inner instanceof Ty.Dynamic && p.dynTy() != null) inner = p.dynTy();
        format(f, trait, p, inner);
    }

    private void str(RustFormatter f, Trait trait, String s) {
        if (trait == Trait.DEBUG) TextFormat.debugStr(split(f, true), s);
        else TextFormat.displayStr(f, s);
    }

    /**
     * A formatter whose writes are cut where Rust's would be (a String target grows per write):
     * quotes of a Debug string apart from its body, or a float's sign, integer part, point and
     * fraction apart.
     */
    private static RustFormatter split(RustFormatter f, boolean quotes) {
        RustFormatter.Sink out = f.sink();
        return f.withSink(text -> {
            String s = text.toString();
            int i = 0;
            while (i < s.length()) {
                int j = i + 1;
                char ch = s.charAt(i);
                if (quotes ? ch != '"' : ch != '-' && ch != '.') {
                    while (j < s.length() && (quotes ? s.charAt(j) != '"' : s.charAt(j) != '.')) j++;
                }
                out.write(s.substring(i, j));
                i = j;
            }
        });
    }

    private void value(RustFormatter f, Trait trait, Value.Ptr at, Ty ty, Value v) {
        switch (v) {
            case Value.Int i -> {
                if (i.wide() != null) IntFormat.format(f, trait, i.wide(), i.ty());
                else IntFormat.format(f, trait, i.bits(), i.ty());
            }
            case Value.Float x -> floatFmt(f, trait, x);
            case Value.Bool b -> TextFormat.displayBool(f, b.v());
            case Value.Char c -> {
                if (trait == Trait.DEBUG) TextFormat.debugChar(f, c.cp());
                else TextFormat.displayChar(f, c.cp());
            }
            default -> composite(f, trait, at, ty, v);
        }
    }

    private void floatFmt(RustFormatter f0, Trait trait, Value.Float x) {
        boolean f32 = x.ty() == FloatTy.F32;
        RustFormatter f = f0.width() == RustFormatter.NONE ? split(f0, false) : f0;
        switch (trait) {
            case DEBUG -> { if (f32) FloatFormat.debug(f, (float) x.v()); else FloatFormat.debug(f, x.v()); }
            case LOWER_EXP -> { if (f32) FloatFormat.lowerExp(f, (float) x.v()); else FloatFormat.lowerExp(f, x.v()); }
            case UPPER_EXP -> { if (f32) FloatFormat.upperExp(f, (float) x.v()); else FloatFormat.upperExp(f, x.v()); }
            default -> { if (f32) FloatFormat.display(f, (float) x.v()); else FloatFormat.display(f, x.v()); }
        }
    }

    private void composite(RustFormatter f, Trait trait, Value.Ptr at, Ty ty, Value v) {
        switch (ty) {
            case Ty.Tuple t -> {
                if (t.elems().isEmpty()) {
                    f.pad("()");
                    return;
                }
                DebugTuple dt = f.debugTuple("");
                for (int i = 0; i < t.elems().size(); i++) {
                    int k = i;
                    dt.field(ff -> format(ff, trait, at.child(k), t.elems().get(k)));
                }
                dt.finish();
            }
            case Ty.Array a -> list(f, at.child(0), a.elem(), a.len());
            case Ty.Adt a -> adt(f, trait, at, a, v);
            case Ty.Dynamic d when trait == Trait.DEBUG && m.defs.name(d.trait()).equals("Any") -> f.write("Any { .. }");
            default -> throw new MachineStop.Internal("unsupported: formatting a value of type " + m.types.display(ty), span);
        }
    }

    private void list(RustFormatter f, Value.Ptr first, Ty elem, long n) {
        DebugList dl = f.debugList();
        for (long k = 0; k < n; k++) {
            Value.Ptr p = first.offset(k, -1);
            dl.entry(ff -> format(ff, Trait.DEBUG, p, elem));
        }
        dl.finish();
    }

    private void adt(RustFormatter f, Trait trait, Value.Ptr at, Ty.Adt ty, Value v) {
        AdtDef d = m.defs.adt(ty.def());
        Ty t0 = Types.arg(ty, 0);
        if (d.lang() != null) {
            switch (d.lang()) {
                case STRING -> { str(f, trait, StringBuiltins.string((Value.Agg) v, span)); return; }
                case VEC -> {
                    Value.Agg vec = (Value.Agg) v;
                    list(f, RawVec.slice(vec, 0, 0).withMeta(-1), t0, RawVec.len(vec));
                    return;
                }
                case BOX -> {
                    Value.Ptr p = (Value.Ptr) v;
                    // Through the vtable: the concrete type's impl, except `dyn Any`, whose Debug is opaque.
                    boolean viaVtable = t0 instanceof Ty.Dynamic dyn && p.dynTy() != null
                            && !m.defs.name(dyn.trait()).equals("Any");
                    format(f, trait, p, viaVtable ? p.dynTy() : t0);
                    return;
                }
                case RC, ARC -> {
                    Value.Ptr p = (Value.Ptr) v;
                    boolean viaVtable = t0 instanceof Ty.Dynamic dyn && p.dynTy() != null
                            && !m.defs.name(dyn.trait()).equals("Any");
                    format(f, trait, p.child(Value.Agg.RC_VALUE), viaVtable ? p.dynTy() : t0);
                    return;
                }
                case RC_WEAK, ARC_WEAK -> { f.write("(Weak)"); return; }
                case MUTEX_GUARD -> {
                    format(f, trait, ((Value.Ptr) ((Value.Agg) v).fields[0]).child(SyncBuiltins.DATA), t0);
                    return;
                }
                case MUTEX -> { SyncBuiltins.debugLock(this, f, at, (Value.Agg) v, t0, d.name()); return; }
                case CELL_REF, CELL_REF_MUT -> { format(f, trait, (Value.Ptr) ((Value.Agg) v).fields[0], t0); return; }
                case HASH_MAP -> {
                    dev.heaplab.core.fmt.DebugMap dm = f.debugMap();
                    Value.Agg mv = (Value.Agg) v;
                    Ty t1 = Types.arg(ty, 1);
                    for (int s : HashTable.live(mv)) {
                        Value.Ptr e = Value.Ptr.thin(HashTable.table(mv), new int[] {s});
                        dm.entry(ff -> format(ff, Trait.DEBUG, e.child(0), t0), ff -> format(ff, Trait.DEBUG, e.child(1), t1));
                    }
                    dm.finish();
                    return;
                }
                case VEC_DEQUE -> {
                    DebugList dl = f.debugList();
                    for (Value.Ptr e : DequeBuiltins.elements(m, (Value.Agg) v, t0)) dl.entry(ff -> format(ff, Trait.DEBUG, e, t0));
                    dl.finish();
                    return;
                }
                case BTREE_SET -> {
                    DebugList ds = f.debugSet();
                    for (Value.Ptr e : BTreeBuiltins.entries((Value.Agg) v)) ds.entry(ff -> format(ff, Trait.DEBUG, e.child(0), t0));
                    ds.finish();
                    return;
                }
                case BTREE_MAP -> {
                    dev.heaplab.core.fmt.DebugMap dm = f.debugMap();
                    Ty t1 = Types.arg(ty, 1);
                    for (Value.Ptr e : BTreeBuiltins.entries((Value.Agg) v)) {
                        dm.entry(ff -> format(ff, Trait.DEBUG, e.child(0), t0), ff -> format(ff, Trait.DEBUG, e.child(1), t1));
                    }
                    dm.finish();
                    return;
                }
                case HASH_SET -> {
                    DebugList ds = f.debugSet();
                    Value.Agg mv = (Value.Agg) v;
                    for (int s : HashTable.live(mv)) {
                        Value.Ptr e = Value.Ptr.thin(HashTable.table(mv), new int[] {s, 0});
                        ds.entry(ff -> format(ff, Trait.DEBUG, e, t0));
                    }
                    ds.finish();
                    return;
                }
                case CELL -> {
                    DebugStruct ds = f.debugStruct("Cell");
                    ds.field("value", ff -> format(ff, Trait.DEBUG, at.child(0), t0));
                    ds.finish();
                    return;
                }
                case REF_CELL -> {
                    DebugStruct ds = f.debugStruct("RefCell");
                    ds.field("value", ff -> format(ff, Trait.DEBUG, at.child(Value.Agg.REFCELL_VALUE), t0));
                    ds.finish();
                    return;
                }
                // std's Debug of ranges: the bounds with the same formatter around `..` / `..=`.
                case RANGE, RANGE_INCLUSIVE -> {
                    format(f, trait, at.child(0), t0);
                    f.write(d.lang() == LangItem.RANGE ? ".." : "..=");
                    format(f, trait, at.child(1), t0);
                    if (d.lang() == LangItem.RANGE_INCLUSIVE && ((Value.Agg) v).fields[2] instanceof Value.Bool b && b.v()) f.write(" (exhausted)");
                    return;
                }
                case RANGE_FROM -> { format(f, trait, at.child(0), t0); f.write(".."); return; }
                case RANGE_TO, RANGE_TO_INCLUSIVE -> {
                    f.write(d.lang() == LangItem.RANGE_TO ? ".." : "..=");
                    format(f, trait, at.child(0), t0);
                    return;
                }
                case RANGE_FULL -> { f.write(".."); return; }
                default -> { }
            }
        }
        String lang = trait == Trait.DEBUG ? "Debug" : trait == Trait.DISPLAY ? "Display" : null;
        TraitResolver.Match impl = lang == null ? null : m.calls.resolver().findLang(lang, ty);
        if (impl != null && !impl.impl().derived()) {
            DefId fn = impl.impl().methods().get("fmt");
            Allocation fa = m.temp(new Value.Native(f), "Formatter");
            Value.Ptr fp = Value.Ptr.thin(fa, new int[0]);
            m.calls.callFn(fn, impl.args(), new Value[] {at, fp}, new Ty[] {Ty.ref(ty), Ty.refMut(Ty.UNIT)}, span);
            return;
        }
        if (trait != Trait.DEBUG)
            throw new MachineStop.Internal("unsupported: `" + m.types.display(ty) + "` has no " + trait + " impl", span);
        derivedDebug(f, at, ty, d, (Value.Agg) v);
    }

    private void derivedDebug(RustFormatter f, Value.Ptr at, Ty.Adt ty, AdtDef d, Value.Agg g) {
        AdtDef.VariantDef var = d.variants().get(g.variant);
        switch (var.ctor()) {
            case UNIT -> f.write(var.name());
            case TUPLE -> {
                DebugTuple dt = f.debugTuple(var.name());
                for (int i = 0; i < var.fields().size(); i++) {
                    int k = i;
                    Ty fty = TySubst.subst(var.fields().get(k).ty(), ty.args());
                    dt.field(ff -> format(ff, Trait.DEBUG, at.child(k), fty));
                }
                dt.finish();
            }
            case NAMED -> {
                DebugStruct ds = f.debugStruct(var.name());
                for (int i = 0; i < var.fields().size(); i++) {
                    int k = i;
                    Ty fty = TySubst.subst(var.fields().get(k).ty(), ty.args());
                    ds.field(var.fields().get(k).name(), ff -> format(ff, Trait.DEBUG, at.child(k), fty));
                }
                ds.finish();
            }
        }
    }

    /** A stable fake address for `{:p}`: heap objects high, stack slots lower, statics lowest. */
    static long address(Value.Ptr p) {
        if (p.alloc() == null) return 8;
        long base = switch (p.alloc().kind()) {
            case HEAP -> 0x5555_5555_0000L;
            case STACK -> 0x7ffd_0000_0000L;
            case STATIC -> 0x5555_0000_0000L;
        };
        long off = 0;
        for (int i : p.path()) off = off * 8 + i * 8L;
        return base + p.alloc().id() * 0x40L + off;
    }

    static boolean isLang(AdtDef d, LangItem l) { return d != null && d.lang() == l; }
}
