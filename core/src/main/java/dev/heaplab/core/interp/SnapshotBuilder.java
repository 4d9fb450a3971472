package dev.heaplab.core.interp;

import dev.heaplab.core.fmt.FloatFormat;
import dev.heaplab.core.fmt.RustFormatter;
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

    SnapshotBuilder(Interp m) { this.m = m; }

    /** What an owning pointer says about the block it reaches. */
    private record Owned(Allocation alloc, Ty ty, Kind kind, long len, long cap) {}

    private enum Kind { VALUE, STR_BUFFER, VEC_BUFFER, RC_BOX }

    private final class Build {
        final ArrayDeque<Owned> queue = new ArrayDeque<>();
        final Map<Integer, Owned> owners = new HashMap<>();
        final TreeMap<Integer, Block> statics = new TreeMap<>();

        void own(Owned o) {
            if (o.alloc == null || o.alloc.kind() != Allocation.Kind.HEAP || !o.alloc.live) return;
            if (owners.putIfAbsent(o.alloc.id(), o) == null) queue.add(o);
        }

        Val pointer(String kind, Value.Ptr p) {
            Allocation a = p.alloc();
            if (a == null || a.id() < 0) return new Val.Pointer(kind, Region.HEAP, -1, List.of(), p.meta());
            Region r = switch (a.kind()) {
                case STACK -> Region.STACK;
                case HEAP -> Region.HEAP;
                case STATIC -> Region.STATIC;
            };
            if (r == Region.STATIC && !statics.containsKey(a.id())) statics.put(a.id(), staticBlock(a));
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
                    case HASH_MAP, HASH_SET, BTREE_MAP, MUTEX, MUTEX_GUARD, JOIN_HANDLE, SENDER, RECEIVER, FORMATTER, FMT_ERROR, ITER -> {
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

        Block safeBlock(Allocation a) {
            try {
                return heapBlock(a);
            } catch (RuntimeException e) {
                return new Block(a.id(), Region.HEAP, a.what(), a.size, new Val.Opaque("?"));
            }
        }

        Block heapBlock(Allocation a) {
            Owned o = owners.get(a.id());
            if (o == null) return new Block(a.id(), Region.HEAP, a.what(), a.size, untyped(a.root));
            return switch (o.kind) {
                case STR_BUFFER -> new Block(a.id(), Region.HEAP, "[u8]", a.size, a.root instanceof Value.Bytes b
                        ? new Val.Text(utf8(b.data, (int) Math.min(o.len, b.data.length)), o.len, b.data.length) : untyped(a.root));
                case VEC_BUFFER -> new Block(a.id(), Region.HEAP, "[" + m.types.display(o.ty) + "]", a.size,
                        a.root instanceof Value.Agg g ? seqWithCap(g, o, a) : untyped(a.root));
                case RC_BOX -> new Block(a.id(), Region.HEAP, "RcBox<" + m.types.display(o.ty) + ">", a.size, rcBox(a, o.ty));
                case VALUE -> new Block(a.id(), Region.HEAP, m.types.display(o.ty), a.size, value(a.root, o.ty, a, ROOT));
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

    @Override public MemorySnapshot snapshot() {
        Build b = new Build();
        List<MemorySnapshot.Frame> frames = new ArrayList<>();
        for (int depth = 0; depth < m.frames.size(); depth++) {
            Frame f = m.frames.get(depth);
            List<Slot> slots = new ArrayList<>();
            int args = f.body.argCount();
            for (int l = 1; l < f.slots.length; l++) {
                Allocation a = f.slots[l];
                String name = f.body.locals().get(l).name();
                boolean init = !(a.root instanceof Value.Uninit);
                boolean show = name != null ? (l <= args || f.liveSeq[l] > 0 || init) : init && f.liveSeq[l] > 0;
                if (!show) continue;
                Ty ty = m.types.local(f, l);
                slots.add(new Slot(a.id(), name, m.types.display(ty), size(ty), b.safe(() -> b.value(a.root, ty, a, ROOT))));
            }
            frames.add(new MemorySnapshot.Frame(f.name, depth, slots));
        }
        Map<Integer, Block> heap = new TreeMap<>();
        while (!b.queue.isEmpty()) {
            Owned o = b.queue.poll();
            heap.put(o.alloc.id(), b.safeBlock(o.alloc));
        }
        for (Allocation a : m.heap.liveAllocations()) if (!heap.containsKey(a.id())) heap.put(a.id(), b.safeBlock(a));
        // blocks reached from unreached blocks were queued while describing them untyped: nothing more to do
        return new MemorySnapshot(m.steps, m.current, frames, new ArrayList<>(heap.values()), new ArrayList<>(b.statics.values()));
    }

    private long size(Ty ty) {
        try {
            return m.sizes.size(ty);
        } catch (RuntimeException e) { // unsized or not laid out: the diagram shows no size
            return -1;
        }
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
