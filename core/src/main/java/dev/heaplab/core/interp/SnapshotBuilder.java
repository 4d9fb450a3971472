package dev.heaplab.core.interp;

import dev.heaplab.core.fmt.FloatFormat;
import dev.heaplab.core.fmt.RustFormatter;
import dev.heaplab.core.trace.ChangeTracker;
import dev.heaplab.core.trace.MemoryInspector;
import dev.heaplab.core.trace.MemorySnapshot;
import dev.heaplab.core.trace.MemorySnapshot.Block;
import dev.heaplab.core.trace.MemorySnapshot.Field;
import dev.heaplab.core.trace.MemorySnapshot.Region;
import dev.heaplab.core.trace.MemorySnapshot.Slot;
import dev.heaplab.core.trace.MemorySnapshot.Val;
import dev.heaplab.core.types.AdtDef;
import dev.heaplab.core.types.IntTy;
import dev.heaplab.core.types.LangItem;
import dev.heaplab.core.types.Ty;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Builds {@link MemorySnapshot}s of the running machine, typed from the stack down:
 * <ul>
 * <li>frames list their named locals that are live or initialised, and initialised temporaries;</li>
 * <li>a heap block's type comes from the owning pointer that reaches it (Box, Vec/String buffer,
 *     Rc box), found breadth-first from the stack; unreached blocks (leaks, cycles) are described
 *     from their values alone;</li>
 * <li>places a move left uninitialised are {@link Val.Moved}; buffers longer than
 *     {@link #MAX_ELEMS} elements are cut so a snapshot stays small.</li>
 * </ul>
 */
final class SnapshotBuilder implements MemoryInspector {
    static final int MAX_ELEMS = 64;
    private final Interp m;

    /** Type names and sizes per type: computed once, as every step describes the same few types. */
    private final Map<Ty, String> names = new HashMap<>();
    private final Map<Ty, Long> sizes = new HashMap<>();

    SnapshotBuilder(Interp m) { this.m = m; }

    private SnapshotTracker tracker;

    /** Turns the machine's write hooks on for one tracker (a second recorder compares whole snapshots). */
    @Override public ChangeTracker trackChanges() {
        if (tracker != null) return null;
        tracker = new SnapshotTracker(m, new Render(), new Render());
        m.writeLog = tracker;
        m.heap.log = tracker;
        return tracker;
    }

    /** The tracker serving a recorder, if any (for tests). */
    SnapshotTracker tracker() { return tracker; }

    private String display(Ty ty) { return names.computeIfAbsent(ty, m.types::display); }

    /** What an owning pointer says about the block it reaches (its claim on the block's type). */
    record Owned(Allocation alloc, Ty ty, Kind kind, long len, long cap) {}

    enum Kind { VALUE, STR_BUFFER, VEC_BUFFER, RC_BOX }

    /**
     * Describes one slot or block at a time. What a description depends on outside its own
     * allocation is collected: the blocks it claims (owning pointers, in the order met) and the
     * static blocks it points to. Everything else it reads is the allocation's own value.
     */
    final class Render {
        final List<Owned> claims = new ArrayList<>();
        final List<Allocation> statics = new ArrayList<>();

        void reset() {
            claims.clear();
            statics.clear();
        }

        private void own(Owned o) {
            if (o.alloc == null || o.alloc.kind() != Allocation.Kind.HEAP || !o.alloc.live) return;
            claims.add(o);
        }

        Val pointer(String kind, Value.Ptr p) {
            Allocation a = p.alloc();
            if (a == null || a.id() < 0) return new Val.Pointer(kind, Region.HEAP, -1, List.of(), p.meta());
            Region r = switch (a.kind()) {
                case STACK -> Region.STACK;
                case HEAP -> Region.HEAP;
                case STATIC -> Region.STATIC;
            };
            if (r == Region.STATIC) statics.add(a);
            return new Val.Pointer(kind, r, a.id(), Arrays.stream(p.path()).boxed().toList(), p.meta());
        }

        Val value(Value v, Ty ty, Allocation at, int[] path) {
            if (v instanceof Value.Uninit) return isMoved(at, path) ? new Val.Moved() : new Val.Uninit();
            if (ty == null || ty instanceof Ty.Param || ty instanceof Ty.Infer || ty instanceof Ty.Error) return untyped(v);
            return switch (ty) {
                case Ty.Ref r -> v instanceof Value.Ptr p ? pointer(r.mutable() ? "&mut" : "&", p) : untyped(v);
                case Ty.RawPtr r -> v instanceof Value.Ptr p ? pointer(r.mutable() ? "*mut" : "*const", p) : untyped(v);
                case Ty.Adt a -> adt(v, a, at, path);
                case Ty.Tuple t -> v instanceof Value.Agg g ? fields("", g, t.elems(), null, at, path) : untyped(v);
                case Ty.Array arr -> v instanceof Value.Agg g ? seq(g.fields, g.fields.length, arr.elem(), at, path) : untyped(v);
                case Ty.Closure c -> new Val.Opaque("closure");
                case Ty.FnDef f -> new Val.Opaque("fn");
                case Ty.FnPtr f -> new Val.Opaque("fn");
                default -> untyped(v);
            };
        }

        private Val adt(Value v, Ty.Adt a, Allocation at, int[] path) {
            AdtDef d = m.defs.adt(a.def());
            if (d == null) return untyped(v);
            LangItem lang = d.lang();
            if (lang != null) {
                switch (lang) {
                    case STRING, VEC -> {
                        if (!(v instanceof Value.Agg g) || !(g.fields[Value.Agg.VEC_PTR] instanceof Value.Ptr p)) return untyped(v);
                        long cap = RawVec.cap(g), len = RawVec.len(g);
                        boolean str = lang == LangItem.STRING;
                        own(new Owned(p.alloc(), str ? Ty.STR : Types.arg(a, 0), str ? Kind.STR_BUFFER : Kind.VEC_BUFFER, len, cap));
                        return new Val.Struct(d.name(), List.of(new Field("ptr", pointer("ptr", p)),
                                new Field("len", new Val.Scalar(Long.toUnsignedString(len))),
                                new Field("cap", new Val.Scalar(Long.toUnsignedString(cap)))));
                    }
                    case BOX -> {
                        if (!(v instanceof Value.Ptr p)) return untyped(v);
                        Ty inner = p.dynTy() != null ? p.dynTy() : Types.arg(a, 0);
                        if (p.path().length == 0) own(unsizedOwner(p, inner));
                        return pointer("Box", p);
                    }
                    case RC, ARC, RC_WEAK, ARC_WEAK -> {
                        if (!(v instanceof Value.Ptr p)) return untyped(v);
                        own(new Owned(p.alloc(), p.dynTy() != null ? p.dynTy() : Types.arg(a, 0), Kind.RC_BOX, -1, -1));
                        return pointer(d.name(), p);
                    }
                    case REF_CELL -> {
                        if (!(v instanceof Value.Agg g) || g.fields.length < 2) return untyped(v);
                        long flag = g.fields[Value.Agg.REFCELL_FLAG] instanceof Value.Int i ? i.bits() : 0;
                        String borrow = flag == 0 ? "none" : flag < 0 ? "mut" : "shared(" + flag + ")";
                        return new Val.Struct("RefCell", List.of(new Field("borrow", new Val.Scalar(borrow)),
                                new Field("value", value(g.fields[Value.Agg.REFCELL_VALUE], Types.arg(a, 0), at,
                                        append(path, Value.Agg.REFCELL_VALUE)))));
                    }
                    case CELL -> {
                        if (!(v instanceof Value.Agg g) || g.fields.length < 1) return untyped(v);
                        return new Val.Struct("Cell", List.of(new Field("value", value(g.fields[0], Types.arg(a, 0), at, append(path, 0)))));
                    }
                    case CELL_REF, CELL_REF_MUT -> {
                        if (!(v instanceof Value.Agg g) || !(g.fields[0] instanceof Value.Ptr p)) return untyped(v);
                        return new Val.Struct(d.name(), List.of(new Field("value", pointer(lang == LangItem.CELL_REF ? "&" : "&mut", p))));
                    }
                    case OPTION, RESULT, RANGE, RANGE_INCLUSIVE, RANGE_FROM, RANGE_TO, RANGE_TO_INCLUSIVE, RANGE_FULL, ORDERING -> { }
                    case VEC_DEQUE -> {
                        if (!(v instanceof Value.Agg g) || !(g.fields[Value.Agg.VEC_PTR] instanceof Value.Ptr p)) return untyped(v);
                        long cap = RawVec.cap(g), len = RawVec.len(g);
                        // the whole ring is drawn: unused slots show as uninitialised
                        own(new Owned(p.alloc(), Types.arg(a, 0), Kind.VEC_BUFFER, cap, cap));
                        return new Val.Struct(d.name(), List.of(new Field("ptr", pointer("ptr", p)),
                                new Field("cap", new Val.Scalar(Long.toUnsignedString(cap))),
                                new Field("head", new Val.Scalar(Long.toUnsignedString(DequeBuiltins.head(g)))),
                                new Field("len", new Val.Scalar(Long.toUnsignedString(len)))));
                    }
                    case HASH_MAP, HASH_SET, BTREE_MAP, BTREE_SET, MUTEX, MUTEX_GUARD, JOIN_HANDLE, SENDER, RECEIVER, FORMATTER, FMT_ERROR, ITER -> {
                        return new Val.Opaque(d.name());
                    }
                }
            }
            if (!(v instanceof Value.Agg g)) return untyped(v);
            if (g.variant < 0 || g.variant >= d.variants().size()) return untyped(v);
            AdtDef.VariantDef var = d.variants().get(g.variant);
            List<Ty> tys = new ArrayList<>();
            List<String> names = new ArrayList<>();
            for (AdtDef.FieldDef f : var.fields()) {
                tys.add(m.types.subst(f.ty(), a.args()));
                names.add(f.name());
            }
            return fields(d.isEnum() ? var.name() : d.name(), g, tys, names, at, path);
        }

        private Owned unsizedOwner(Value.Ptr p, Ty inner) {
            if (inner instanceof Ty.Str) return new Owned(p.alloc(), Ty.STR, Kind.STR_BUFFER, p.meta(), p.meta());
            if (inner instanceof Ty.Slice s) return new Owned(p.alloc(), s.elem(), Kind.VEC_BUFFER, p.meta(), p.meta());
            return new Owned(p.alloc(), inner, Kind.VALUE, -1, -1);
        }

        private Val fields(String name, Value.Agg g, List<Ty> tys, List<String> names, Allocation at, int[] path) {
            List<Field> out = new ArrayList<>();
            for (int i = 0; i < g.fields.length; i++) {
                String n = names != null && i < names.size() && names.get(i) != null ? names.get(i) : Integer.toString(i);
                out.add(new Field(n, value(g.fields[i], i < tys.size() ? tys.get(i) : null, at, append(path, i))));
            }
            return new Val.Struct(name, out);
        }

        private Val seq(Value[] elems, long count, Ty elem, Allocation at, int[] path) {
            int n = (int) Math.min(Math.min(count, elems.length), MAX_ELEMS);
            List<Val> out = new ArrayList<>(n);
            for (int i = 0; i < n; i++) out.add(value(elems[i], elem, at, append(path, i)));
            return new Val.Seq(out, count, Math.max(0, Math.min(count, elems.length) - n));
        }

        /** A value described without its type (unreached heap blocks, generic leftovers). */
        Val untyped(Value v) {
            return switch (v) {
                case Value.Uninit u -> new Val.Uninit();
                case Value.Int i -> new Val.Scalar(intText(i));
                case Value.Float f -> new Val.Scalar(floatText(f));
                case Value.Bool b -> new Val.Scalar(Boolean.toString(b.v()));
                case Value.Char c -> new Val.Scalar(charText(c.cp()));
                case Value.FnPtr f -> new Val.Opaque("fn");
                case Value.Ptr p -> pointer("ptr", p);
                case Value.Agg g -> {
                    List<Field> out = new ArrayList<>();
                    for (int i = 0; i < g.fields.length; i++) out.add(new Field(Integer.toString(i), untyped(g.fields[i])));
                    yield new Val.Struct("", out);
                }
                case Value.Bytes b -> new Val.Text(utf8(b.data, b.data.length), b.data.length, b.data.length);
                case Value.Native n -> new Val.Opaque("native");
            };
        }

        /** Describing memory never stops the run: a value the builder cannot read is drawn as opaque. */
        Val safe(java.util.function.Supplier<Val> describe) {
            try {
                return describe.get();
            } catch (RuntimeException e) {
                return new Val.Opaque("?");
            }
        }

        /** The slot of local {@code l} of frame {@code f}, or null when the diagram does not show it. */
        Slot slot(Frame f, int l) {
            Allocation a = f.slots[l];
            var decl = f.body.locals().get(l);
            // A static's promoted copy is static memory, not a variable of the frame.
            String name = decl.kind() == dev.heaplab.core.mir.LocalDecl.Kind.PROMOTED ? null : decl.name();
            boolean init = !(a.root instanceof Value.Uninit);
            boolean show = name != null ? (l <= f.body.argCount() || f.liveSeq[l] > 0 || init) : init && f.liveSeq[l] > 0;
            if (!show) return null;
            Ty ty = m.types.local(f, l);
            return new Slot(a.id(), name, display(ty), size(ty), safe(() -> value(a.root, ty, a, ROOT)));
        }

        /** Heap block {@code a} as its owner {@code o} types it (null: unreached, described from its values). */
        Block safeBlock(Allocation a, Owned o) {
            try {
                return heapBlock(a, o);
            } catch (RuntimeException e) {
                return new Block(a.id(), Region.HEAP, a.what(), a.size, new Val.Opaque("?"));
            }
        }

        private Block heapBlock(Allocation a, Owned o) {
            if (o == null) return new Block(a.id(), Region.HEAP, a.what(), a.size, untyped(a.root));
            return switch (o.kind) {
                case STR_BUFFER -> new Block(a.id(), Region.HEAP, "[u8]", a.size, a.root instanceof Value.Bytes b
                        ? new Val.Text(utf8(b.data, (int) Math.min(o.len, b.data.length)), o.len, b.data.length) : untyped(a.root));
                case VEC_BUFFER -> new Block(a.id(), Region.HEAP, "[" + display(o.ty) + "]", a.size,
                        a.root instanceof Value.Agg g ? seqWithCap(g, o, a) : untyped(a.root));
                case RC_BOX -> new Block(a.id(), Region.HEAP, "RcBox<" + display(o.ty) + ">", a.size, rcBox(a, o.ty));
                case VALUE -> new Block(a.id(), Region.HEAP, display(o.ty), a.size, value(a.root, o.ty, a, ROOT));
            };
        }

        private Val seqWithCap(Value.Agg g, Owned o, Allocation a) {
            Val.Seq s = (Val.Seq) seq(g.fields, Math.min(o.len, g.fields.length), o.ty, a, ROOT);
            return new Val.Seq(s.elems(), o.cap, s.more());
        }

        private Val rcBox(Allocation a, Ty inner) {
            if (!(a.root instanceof Value.Agg g) || g.fields.length < 3) return untyped(a.root);
            long strong = g.fields[Value.Agg.RC_STRONG] instanceof Value.Int i ? i.bits() : 0;
            long weak = g.fields[Value.Agg.RC_WEAK] instanceof Value.Int i ? i.bits() - 1 : 0; // std keeps weak + 1
            return new Val.Struct("RcBox", List.of(new Field("strong", new Val.Scalar(Long.toString(strong))),
                    new Field("weak", new Val.Scalar(Long.toString(weak))),
                    new Field("value", value(g.fields[Value.Agg.RC_VALUE], inner, a, new int[] {Value.Agg.RC_VALUE}))));
        }

        Block staticBlock(Allocation a) {
            if (a.root instanceof Value.Bytes b)
                return new Block(a.id(), Region.STATIC, "str", a.size, new Val.Text(utf8(b.data, b.data.length), b.data.length, b.data.length));
            return new Block(a.id(), Region.STATIC, a.what(), a.size, untyped(a.root));
        }
    }

    private static final int[] ROOT = new int[0];

    /**
     * The whole memory, typed breadth-first from the stack: a block's owner is the first claim on it
     * met in that order (this is the reference the change tracker must agree with).
     */
    @Override public MemorySnapshot snapshot() {
        Render r = new Render();
        ArrayDeque<Owned> queue = new ArrayDeque<>();
        Map<Integer, Owned> owners = new HashMap<>();
        TreeMap<Integer, Block> statics = new TreeMap<>();
        Runnable collect = () -> {
            for (Owned o : r.claims) if (owners.putIfAbsent(o.alloc.id(), o) == null) queue.add(o);
            for (int i = 0; i < r.statics.size(); i++) {
                Allocation a = r.statics.get(i);
                if (!statics.containsKey(a.id())) statics.put(a.id(), r.staticBlock(a));
            }
            r.reset();
        };
        List<MemorySnapshot.Frame> frames = new ArrayList<>();
        for (int depth = 0; depth < m.frames.size(); depth++) {
            Frame f = m.frames.get(depth);
            List<Slot> slots = new ArrayList<>();
            for (int l = 1; l < f.slots.length; l++) {
                Slot s = r.slot(f, l);
                collect.run();
                if (s != null) slots.add(s);
            }
            frames.add(new MemorySnapshot.Frame(f.name, depth, slots));
        }
        Map<Integer, Block> heap = new TreeMap<>();
        while (!queue.isEmpty()) {
            Owned o = queue.poll();
            heap.put(o.alloc.id(), r.safeBlock(o.alloc, o));
            collect.run();
        }
        for (Allocation a : m.heap.liveAllocations()) {
            if (heap.containsKey(a.id())) continue;
            heap.put(a.id(), r.safeBlock(a, null));
            collect.run();
        }
        return new MemorySnapshot(m.steps, m.current, frames, new ArrayList<>(heap.values()), new ArrayList<>(statics.values()));
    }

    private long size(Ty ty) {
        Long known = sizes.get(ty);
        if (known != null) return known;
        long n;
        try {
            n = m.sizes.size(ty);
        } catch (RuntimeException e) { // unsized or not laid out: the diagram shows no size
            n = -1;
        }
        sizes.put(ty, n);
        return n;
    }

    private boolean isMoved(Allocation at, int[] path) {
        if (at == null || m.movedOut.isEmpty()) return false;
        var paths = m.movedOut.get(at);
        return paths != null && paths.contains(Arrays.toString(path));
    }

    private static int[] append(int[] path, int i) {
        int[] p = Arrays.copyOf(path, path.length + 1);
        p[path.length] = i;
        return p;
    }

    static String intText(Value.Int i) {
        if (i.wide() != null) return i.wide().toString();
        return i.ty().signed() ? Long.toString(i.bits()) : Long.toUnsignedString(i.bits());
    }

    private static String floatText(Value.Float f) {
        StringBuilder sb = new StringBuilder();
        if (f.ty() == dev.heaplab.core.types.FloatTy.F32) FloatFormat.debug(RustFormatter.of(sb), (float) f.v());
        else FloatFormat.debug(RustFormatter.of(sb), f.v());
        return sb.toString();
    }

    private static String charText(int cp) {
        return cp == '\'' ? "'\\''" : cp == '\\' ? "'\\\\'" : cp == '\n' ? "'\\n'" : "'" + new String(Character.toChars(cp)) + "'";
    }

    private static String utf8(byte[] data, int len) {
        return new String(data, 0, Math.max(0, Math.min(len, data.length)), StandardCharsets.UTF_8);
    }
}
