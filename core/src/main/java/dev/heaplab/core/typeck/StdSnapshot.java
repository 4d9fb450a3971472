package dev.heaplab.core.typeck;

import dev.heaplab.core.diag.Diagnostic;
import dev.heaplab.core.diag.Diagnostics;
import dev.heaplab.core.resolve.ModuleScope;
import dev.heaplab.core.resolve.NameResolver;
import dev.heaplab.core.resolve.ProgramCx;
import dev.heaplab.core.resolve.TyEnv;
import dev.heaplab.core.source.SourceFile;
import dev.heaplab.core.syntax.NodeId;
import dev.heaplab.core.types.AdtDef;
import dev.heaplab.core.types.ClosureDef;
import dev.heaplab.core.types.ConstDef;
import dev.heaplab.core.types.DefId;
import dev.heaplab.core.types.FnDef;
import dev.heaplab.core.types.ImplDef;
import dev.heaplab.core.types.ProgramDefs;
import dev.heaplab.core.types.TraitDef;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.RecordComponent;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.CRC32;

/**
 * The std stubs' checked state as data, as rustc loads std's metadata instead of compiling std again:
 * the object graph {@link TypeChecker#checkStd} and lowering build (ASTs, definitions, resolution,
 * the eager bodies' tables and MIR) written once, and read back at start-up in a fraction of the time
 * building it takes. Records are written component by component and read back through their canonical
 * constructors by code generated for the build that writes the snapshot ({@link StdSnapshotGen}); the
 * few mutable classes of the graph by hand below. Identity is kept: an object reached twice is read
 * back once, and the public constants of the classes involved ({@code Region.ERASED}…) are read back
 * as themselves.
 *
 * <p>A snapshot is only ever read by the build that wrote it (the launcher keys its file by the jar, as
 * its AOT cache); the file also names the record schema and the stub texts' checksums, and any
 * mismatch or fault while reading makes the caller build the stubs as usual.
 */
public final class StdSnapshot {
    private StdSnapshot() {}

    /**
     * How the record classes of one build are read back: generated from the stubs' state by
     * {@link StdSnapshotGen} when the snapshot is written, compiled next to it, and put on the class
     * path by the launcher (generated per build, so never out of date with the records).
     */
    public interface Records {
        /** The classes' names and components, hashed: a snapshot names the schema it was written with. */
        String schema();

        /** The record and enum classes, by index in a snapshot. */
        List<Class<?>> classes();

        /** The constants read back as themselves. */
        Object[] constants();

        /** Reads the components of a record of class {@code c} and makes it. */
        Object read(int c, In in);
    }

    /** The generated reader's class name, in this package. */
    public static final String RECORDS_CLASS = "dev.heaplab.core.typeck.StdSnapshotRecords";

    /** The generated reader on the class path, or null. */
    public static Records installed() {
        try {
            return (Records) Class.forName(RECORDS_CLASS).getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException | LinkageError | ClassCastException e) {
            return null;
        }
    }

    private static final int MAGIC = 0x48_4c_53_31; // "HLS1"

    // tags
    static final int NULL = 0, REF = 1, STR = 2, STR_NEW = 3, INT = 4, LONG = 5, BOOL = 6, CHAR = 7, DOUBLE = 8,
            FLOAT = 9, BIGINT = 10, ENUM = 11, CONST = 12, REC = 13, LIST = 14, LIST_NULLS = 15, ARRAYLIST = 16,
            MAP = 17, HASHMAP = 18, LINKEDHASHMAP = 19, SET = 20, HASHSET = 21, LINKEDHASHSET = 22, PRE = 23,
            SOURCE = 24, DIAGS = 25, SCOPE = 26, TYENV = 27, DEFS = 28, CX = 29, RESOLVER = 30, TABLES = 31,
            CHECKED = 32, LOCK = 33, OPTIONAL = 34, SHORT = 35, BYTE = 36;

    /** The checksum of the stub texts a snapshot was made from. */
    static long checksum(List<TypeChecker.StdSource> std) {
        CRC32 crc = new CRC32();
        for (TypeChecker.StdSource s : std) {
            crc.update(s.path().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            crc.update(s.text().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        return crc.getValue();
    }

    // ---------------------------------------------------------------- writing

    /** Writes {@code roots} (the checked stubs first) into one snapshot; throws on anything it cannot write faithfully. */
    public static byte[] write(Records records, List<TypeChecker.StdSource> std, Object... roots) throws IOException {
        Writer w = new Writer(records);
        w.out.writeInt(MAGIC);
        w.out.writeUTF(records.schema());
        w.out.writeLong(checksum(std));
        w.out.writeInt(roots.length);
        for (Object r : roots) w.obj(r);
        // the tail, read only on demand, then where it starts and a checksum of everything before it
        int tail = w.out.size();
        w.tail();
        w.out.writeInt(tail);
        w.out.flush();
        CRC32 crc = new CRC32();
        crc.update(w.bytes.toByteArray());
        w.out.writeLong(crc.getValue());
        w.out.flush();
        return w.bytes.toByteArray();
    }

    /** The record and enum classes reachable from {@code roots}, for {@link StdSnapshotGen}. */
    public static Set<Class<?>> discover(Object... roots) throws IOException {
        Writer w = new Writer(null);
        for (Object r : roots) w.obj(r);
        w.tail();
        return w.discovered;
    }

    /** The record schema: each class with its components' types, in {@code classes}' order. */
    public static String schema(List<Class<?>> classes) {
        StringBuilder sb = new StringBuilder();
        for (Class<?> c : classes) {
            sb.append(c.getName());
            if (c.isRecord()) {
                sb.append('(');
                for (RecordComponent rc : c.getRecordComponents()) sb.append(rc.getType().getName()).append(' ').append(rc.getName()).append(',');
                sb.append(')');
            }
            sb.append(';');
        }
        CRC32 crc = new CRC32();
        crc.update(sb.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return classes.size() + "-" + Long.toHexString(crc.getValue());
    }

    private static final class Writer {
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 21);
        final DataOutputStream out = new DataOutputStream(bytes);
        final IdentityHashMap<Object, Integer> ids = new IdentityHashMap<>();
        final Map<String, Integer> strings = new HashMap<>();
        /**
         * Spans by value: a third of the stubs' 59 000 spans repeat one already written (a path, its
         * segment and its identifier share one range), and each read back costs a constructor call
         * at start-up. A span is only a value (nothing compares spans by identity but the constant
         * {@code Span.DUMMY}, written as itself), so equal ones are read back as one object.
         */
        final Map<dev.heaplab.core.source.Span, Integer> spans = new HashMap<>();
        final IdentityHashMap<Object, Integer> consts = new IdentityHashMap<>();
        final Map<Class<?>, Integer> records = new HashMap<>();
        final boolean discovering;
        final Set<Class<?>> discovered = new LinkedHashSet<>();

        /** With null, only collects the classes met ({@link #discover}). */
        Writer(Records reader) {
            this.discovering = reader == null;
            if (!discovering) {
                if (!reader.schema().equals(schema(reader.classes()))) throw new IllegalStateException("a std snapshot reader of other records");
                List<Class<?>> cs = reader.classes();
                for (int i = 0; i < cs.size(); i++) records.put(cs.get(i), i);
                Object[] k = reader.constants();
                for (int i = 0; i < k.length; i++) consts.putIfAbsent(k[i], i);
            }
        }

        /**
         * The stubs' ASTs (a checked stub's own list), written after everything else: only writing a
         * snapshot reads them (the definitions hold what checking needs), so a read leaves them for
         * first use ({@link LazyCrates}), about an eighth of the snapshot's objects.
         */
        List<?> crates = List.of();

        void tail() throws IOException { list(crates); }

        void register(Object x) { ids.put(x, ids.size()); }

        void tag(int t) throws IOException { out.writeByte(t); }

        void str(String s) throws IOException {
            Integer id = strings.get(s);
            if (id != null) {
                tag(STR);
                out.writeInt(id);
                return;
            }
            strings.put(s, strings.size());
            byte[] utf8 = s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
            tag(STR_NEW);
            out.writeInt(utf8.length);
            out.write(utf8);
        }

        void obj(Object x) throws IOException {
            if (x == null) { tag(NULL); return; }
            Integer id = ids.get(x);
            if (id != null) { tag(REF); out.writeInt(id); return; }
            Integer k = consts.get(x);
            if (k != null) { tag(CONST); out.writeInt(k); return; }
            if (x instanceof dev.heaplab.core.source.Span sp && (id = spans.get(sp)) != null) { tag(REF); out.writeInt(id); return; }
            switch (x) {
                case String s -> str(s);
                case Integer i -> { tag(INT); out.writeInt(i); }
                case Long l -> { tag(LONG); out.writeLong(l); }
                case Boolean b -> { tag(BOOL); out.writeBoolean(b); }
                case Character c -> { tag(CHAR); out.writeChar(c); }
                case Double d -> { tag(DOUBLE); out.writeDouble(d); }
                case Float f -> { tag(FLOAT); out.writeFloat(f); }
                case Short s -> { tag(SHORT); out.writeShort(s); }
                case Byte b -> { tag(BYTE); out.writeByte(b); }
                case BigInteger b -> { tag(BIGINT); str(b.toString()); }
                case Enum<?> e -> enumValue(e);
                case Optional<?> o -> { tag(OPTIONAL); obj(o.orElse(null)); }
                case Record r -> record(r);
                case SourceFile f -> source(f);
                case Diagnostics d -> { tag(DIAGS); register(d); list(d.all()); }
                case ModuleScope s -> scope(s);
                case TyEnv e -> tyEnv(e);
                case ProgramDefs d -> defs(d);
                case ProgramCx cx -> cx(cx);
                case NameResolver r -> resolver(r);
                case Tables t -> tables(t);
                case CheckedStd c -> checked(c);
                case Collection<?> c -> collection(c);
                case Map<?, ?> m -> map(m);
                default -> {
                    if (x.getClass() != Object.class) throw new IllegalStateException("a std snapshot cannot hold a " + x.getClass().getName());
                    tag(LOCK);
                    register(x);
                }
            }
        }

        void enumValue(Enum<?> e) throws IOException {
            Class<?> c = e.getDeclaringClass();
            tag(ENUM);
            out.writeInt(classIndex(c));
            out.writeInt(e.ordinal());
        }

        int classIndex(Class<?> c) {
            if (discovering) {
                discovered.add(c);
                return 0;
            }
            Integer i = records.get(c);
            if (i == null) throw new IllegalStateException("the std snapshot reader does not know " + c.getName());
            return i;
        }

        void record(Record r) throws IOException {
            Class<?> c = r.getClass();
            int index = classIndex(c);
            RecordComponent[] comps = c.getRecordComponents();
            Object[] values = new Object[comps.length];
            for (int i = 0; i < comps.length; i++) {
                try {
                    var acc = comps[i].getAccessor();
                    acc.setAccessible(true);
                    values[i] = acc.invoke(r);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException("cannot read " + c.getName() + "." + comps[i].getName(), e);
                }
            }
            tag(REC);
            out.writeInt(index);
            for (int i = 0; i < comps.length; i++) {
                Class<?> t = comps[i].getType();
                Object v = values[i];
                if (t == int.class) out.writeInt((Integer) v);
                else if (t == long.class) out.writeLong((Long) v);
                else if (t == boolean.class) out.writeBoolean((Boolean) v);
                else if (t == char.class) out.writeChar((Character) v);
                else if (t == double.class) out.writeDouble((Double) v);
                else if (t == float.class) out.writeFloat((Float) v);
                else if (t == short.class) out.writeShort((Short) v);
                else if (t == byte.class) out.writeByte((Byte) v);
                else obj(v);
            }
            register(r);
            if (r instanceof dev.heaplab.core.source.Span sp) spans.putIfAbsent(sp, ids.get(r));
        }

        void list(List<?> l) throws IOException {
            out.writeInt(l.size());
            for (Object e : l) obj(e);
        }

        void collection(Collection<?> c) throws IOException {
            Class<?> k = c.getClass();
            String n = k.getName();
            if (c instanceof List<?> l && n.startsWith("java.util.ImmutableCollections$List")) {
                boolean nulls;
                try {
                    l.contains(null);
                    nulls = true;
                } catch (NullPointerException e) {
                    nulls = false;
                }
                tag(nulls ? LIST_NULLS : LIST);
                list(l);
                register(c);
            } else if (k == ArrayList.class) {
                tag(ARRAYLIST);
                register(c);
                list((List<?>) c);
            } else if (n.startsWith("java.util.ImmutableCollections$Set")) {
                tag(SET);
                list(List.copyOf(c));
                register(c);
            } else if (k == HashSet.class || k == LinkedHashSet.class) {
                tag(k == HashSet.class ? HASHSET : LINKEDHASHSET);
                register(c);
                list(new ArrayList<>(c));
            } else {
                throw new IllegalStateException("a std snapshot cannot hold a " + n);
            }
        }

        void map(Map<?, ?> m) throws IOException {
            Class<?> k = m.getClass();
            String n = k.getName();
            if (n.startsWith("java.util.ImmutableCollections$Map")) {
                tag(MAP);
                entries(m);
                register(m);
            } else if (k == HashMap.class || k == LinkedHashMap.class) {
                tag(k == HashMap.class ? HASHMAP : LINKEDHASHMAP);
                register(m);
                entries(m);
            } else {
                throw new IllegalStateException("a std snapshot cannot hold a " + n);
            }
        }

        void entries(Map<?, ?> m) throws IOException {
            out.writeInt(m.size());
            for (Map.Entry<?, ?> e : m.entrySet()) {
                obj(e.getKey());
                obj(e.getValue());
            }
        }

        void source(SourceFile f) throws IOException {
            tag(SOURCE);
            str(f.displayPath());
            out.writeInt(f.startPos());
            out.writeInt(f.text().length());
            register(f);
        }

        /** A scope's parent is written first (a scope's names may lead back to it): as a prefix, then the scope. */
        void scope(ModuleScope s) throws IOException {
            if (s.parent() != null && !ids.containsKey(s.parent())) {
                tag(PRE);
                obj(s.parent());
                obj(s); // written by now if the parent's names lead to it
                return;
            }
            tag(SCOPE);
            str(s.name());
            obj(s.parent());
            out.writeBoolean(s.isStd());
            out.writeBoolean(s.isBlock());
            register(s);
            entries(s.names(ModuleScope.Ns.TYPE));
            entries(s.names(ModuleScope.Ns.VALUE));
            list(s.uses());
        }

        void tyEnv(TyEnv e) throws IOException {
            if (e.placeholder != null) throw new IllegalStateException("a std environment holds an inference placeholder");
            tag(TYENV);
            obj(e.scope);
            obj(e.params);
            obj(e.selfTy);
            obj(e.selfTrait);
            obj(e.predicates);
            obj(e.implTrait);
            obj(e.implTraitArgs);
            out.writeBoolean(e.allowImplTraitParams);
            out.writeBoolean(e.inReturnPosition);
            out.writeBoolean(e.sawOpaqueReturn);
            list(e.opaqueBounds);
            register(e);
        }

        void defs(ProgramDefs d) throws IOException {
            Map<DefId, String> names = field(d, ProgramDefs.class, "names");
            if (field(d, ProgramDefs.class, "base") != null) throw new IllegalStateException("std definitions over a base");
            int next = d.size();
            for (DefId id : names.keySet()) {
                if (id.index() < 0 || id.index() >= next) throw new IllegalStateException("a std DefId outside 0.." + next);
            }
            tag(DEFS);
            register(d);
            out.writeInt(next);
            for (int i = 0; i < next; i++) obj(names.get(new DefId(i)));
            for (Collection<?> c : List.of(d.adts(), d.fns(), d.traits(), d.impls(), d.closures(), d.consts())) list(List.copyOf(c));
        }

        void cx(ProgramCx cx) throws IOException {
            if (cx.sources != null || field(cx, ProgramCx.class, "stdCx") != null) throw new IllegalStateException("a std context in use");
            tag(CX);
            obj(cx.defs);
            obj(cx.resolver);
            obj(cx.diags);
            register(cx);
            for (Map<?, ?> m : cxMaps(cx, true)) entries(m);
            list(new ArrayList<>(cx.assocConstFns));
            list(new ArrayList<>(cx.traitsWithConsts));
            list(cx.deriveSites);
        }

        void resolver(NameResolver r) throws IOException {
            Set<?> resolving = field(r, NameResolver.class, "resolving");
            if (!resolving.isEmpty()) throw new IllegalStateException("a std resolver in use");
            tag(RESOLVER);
            obj(r.userRoot());
            obj(r.stdRoot());
            register(r);
            entries(field(r, NameResolver.class, "variants"));
        }

        void tables(Tables t) throws IOException {
            if (field(t, Tables.class, "std") != null) throw new IllegalStateException("std tables over a base");
            tag(TABLES);
            register(t);
            for (Map<NodeId, ?> m : tableMaps(t)) entries(m);
        }

        void checked(CheckedStd c) throws IOException {
            tag(CHECKED);
            list(c.files());
            crates = c.crates();
            obj(c.cx());
            obj(c.defs());
            obj(c.tables());
            list(c.diagnostics());
            list(new ArrayList<>(c.deferred()));
            obj(field(c, CheckedStd.class, "lock"));
            register(c);
        }
    }

    /**
     * The maps of a context written in order: the layered ones (own entries), then the plain ones;
     * the private lang traits only when writing (reading fills them through their public door,
     * without the reflective access, which costs method handles spun at start-up).
     */
    @SuppressWarnings("unchecked")
    private static List<Map<?, ?>> cxMaps(ProgramCx cx, boolean writing) {
        return List.of(cx.adtParamCount, cx.traitParamCount, cx.traitAssoc, cx.envs, cx.opaqueReturn, cx.itemDecls,
                cx.assocBounds, writing ? (Map<?, ?>) field(cx, ProgramCx.class, "langTraits") : Map.of(), cx.opaqueBounds,
                cx.implConsts);
    }

    private static List<Map<NodeId, ?>> tableMaps(Tables t) {
        return List.of(t.types, t.adjustments, t.pathRes, t.callees, t.fieldIndices, t.bindingModes, t.patAdjustments,
                t.formatArgs, t.forLoops);
    }

    @SuppressWarnings("unchecked")
    private static <T> T field(Object o, Class<?> c, String name) {
        try {
            Field f = c.getDeclaredField(name);
            f.setAccessible(true);
            return (T) f.get(o);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read " + c.getSimpleName() + "." + name, e);
        }
    }

    // ---------------------------------------------------------------- reading

    /**
     * Reads a snapshot written by {@link #write} for these stub texts; throws (any exception) when it
     * is not one, was made from other stubs or another schema, or is damaged.
     */
    public static Object[] read(Records records, byte[] data, List<TypeChecker.StdSource> std) {
        In in = new In(records, data, std);
        if (in.i32() != MAGIC) throw new IllegalStateException("not a std snapshot");
        int n = in.char16(); // writeUTF's length, then ASCII
        String schema = new String(Arrays.copyOfRange(data, in.pos, in.pos + n), java.nio.charset.StandardCharsets.UTF_8);
        in.pos += n;
        if (!schema.equals(records.schema())) throw new IllegalStateException("a std snapshot of another schema");
        if (in.i64() != checksum(std)) throw new IllegalStateException("a std snapshot of other stubs");
        int end = data.length - 12; // the tail's start and the checksum follow it
        if (end < in.pos) throw new IllegalStateException("a damaged std snapshot (cut short)");
        CRC32 crc = new CRC32();
        crc.update(data, 0, end + 4);
        // the trailer is read with the same cursor, which then goes back to the roots
        int roots0 = in.pos;
        in.pos = end;
        int tail = in.i32();
        if (in.i64() != crc.getValue()) throw new IllegalStateException("a damaged std snapshot (checksum)");
        in.pos = roots0;
        Object[] roots = new Object[in.i32()];
        for (int i = 0; i < roots.length; i++) roots[i] = in.obj();
        if (in.pos != tail) throw new IllegalStateException("a damaged std snapshot (length)");
        in.tailEnd = end;
        return roots;
    }

    /** The stubs' ASTs of a read snapshot, read from its tail on first use (see {@code Writer.crates}). */
    static final class LazyCrates extends java.util.AbstractList<dev.heaplab.core.syntax.Crate> {
        private In in;
        private List<dev.heaplab.core.syntax.Crate> crates;

        LazyCrates(In in) { this.in = in; }

        @SuppressWarnings("unchecked")
        private synchronized List<dev.heaplab.core.syntax.Crate> crates() {
            if (crates == null) {
                List<dev.heaplab.core.syntax.Crate> read = (List<dev.heaplab.core.syntax.Crate>) (List<?>) List.of(in.items());
                if (in.pos != in.tailEnd) throw new IllegalStateException("a damaged std snapshot (tail)");
                crates = read;
                in = null; // its table and bytes are no longer needed
            }
            return crates;
        }

        @Override public dev.heaplab.core.syntax.Crate get(int i) { return crates().get(i); }

        @Override public int size() { return crates().size(); }
    }

    /** A cursor over a snapshot's bytes (big-endian, as {@link DataOutputStream} writes them). */
    public static final class In {
        private final Records records;
        private final byte[] b;
        private int pos;
        private final List<TypeChecker.StdSource> std;
        private Object[] table = new Object[1 << 18];
        private int size;
        private final ArrayList<String> strings = new ArrayList<>(1 << 14);
        /** Where the lazily read tail ends (the trailer's start). */
        private int tailEnd;
        private final Object[][] enums;
        private final Object[] constants;

        In(Records records, byte[] b, List<TypeChecker.StdSource> std) {
            this.records = records;
            this.enums = new Object[records.classes().size()][];
            this.constants = records.constants();
            this.b = b;
            this.std = std;
        }

        int u8() { return b[pos++] & 0xff; }

        public int i32() {
            int p = pos;
            pos = p + 4;
            return (b[p] << 24) | ((b[p + 1] & 0xff) << 16) | ((b[p + 2] & 0xff) << 8) | (b[p + 3] & 0xff);
        }

        public long i64() { return ((long) i32() << 32) | (i32() & 0xffffffffL); }

        public boolean bool() { return b[pos++] != 0; }

        public char char16() { return (char) ((u8() << 8) | u8()); }

        public short i16() { return (short) char16(); }

        public byte i8() { return b[pos++]; }

        public double f64() { return Double.longBitsToDouble(i64()); }

        public float f32() { return Float.intBitsToFloat(i32()); }

        /** Registers a read object under the next id (the order the writer registered them in). */
        public <T> T put(T x) {
            if (size == table.length) table = Arrays.copyOf(table, size * 2);
            table[size++] = x;
            return x;
        }

        private String newString() {
            int n = i32();
            String s = new String(b, pos, n, java.nio.charset.StandardCharsets.UTF_8);
            pos += n;
            strings.add(s);
            return s;
        }

        private Object[] items() {
            int n = i32();
            Object[] a = new Object[n];
            for (int i = 0; i < n; i++) a[i] = obj();
            return a;
        }

        @SuppressWarnings({"unchecked", "rawtypes"})
        private void fill(Map m) {
            int n = i32();
            for (int i = 0; i < n; i++) {
                Object k = obj();
                m.put(k, obj());
            }
        }

        /** The next object. */
        @SuppressWarnings({"unchecked", "rawtypes"})
        public Object obj() {
            int tag = u8();
            switch (tag) {
                case NULL: return null;
                case REF: return table[i32()];
                case STR: return strings.get(i32());
                case STR_NEW: return newString();
                case INT: return i32();
                case LONG: return i64();
                case BOOL: return bool();
                case CHAR: return char16();
                case DOUBLE: return f64();
                case FLOAT: return f32();
                case SHORT: return i16();
                case BYTE: return i8();
                case BIGINT: return new BigInteger((String) obj());
                case ENUM: {
                    int c = i32();
                    Object[] values = enums[c];
                    if (values == null) values = enums[c] = records.classes().get(c).getEnumConstants();
                    return values[i32()];
                }
                case CONST: return constants[i32()];
                case OPTIONAL: return Optional.ofNullable(obj());
                case REC: return put(records.read(i32(), this));
                case LIST: return put(List.of(items()));
                case LIST_NULLS: return put(Collections.unmodifiableList(Arrays.asList(items())));
                case ARRAYLIST: {
                    ArrayList l = put(new ArrayList<>());
                    l.addAll(Arrays.asList(items()));
                    return l;
                }
                case SET: return put(Set.of(items()));
                case HASHSET: {
                    HashSet s = put(new HashSet<>());
                    s.addAll(Arrays.asList(items()));
                    return s;
                }
                case LINKEDHASHSET: {
                    LinkedHashSet s = put(new LinkedHashSet<>());
                    s.addAll(Arrays.asList(items()));
                    return s;
                }
                case MAP: {
                    HashMap m = new HashMap();
                    fill(m);
                    return put(Map.copyOf(m));
                }
                case HASHMAP: {
                    HashMap m = put(new HashMap<>());
                    fill(m);
                    return m;
                }
                case LINKEDHASHMAP: {
                    LinkedHashMap m = put(new LinkedHashMap<>());
                    fill(m);
                    return m;
                }
                case PRE: {
                    obj();
                    return obj();
                }
                case LOCK: return put(new Object());
                case SOURCE: return source();
                case DIAGS: {
                    Diagnostics d = put(new Diagnostics());
                    for (Object x : items()) d.add((Diagnostic) x);
                    return d;
                }
                case SCOPE: return scope();
                case TYENV: return tyEnv();
                case DEFS: return defs();
                case CX: return cx();
                case RESOLVER: return resolver();
                case TABLES: return tables();
                case CHECKED: return checked();
                default: throw new IllegalStateException("a damaged std snapshot (tag " + tag + ")");
            }
        }

        private SourceFile source() {
            String path = (String) obj();
            int start = i32(), length = i32();
            for (TypeChecker.StdSource s : std) {
                if (s.path().equals(path) && s.text().length() == length) return put(new SourceFile(path, s.text(), start));
            }
            throw new IllegalStateException("a std snapshot of another stub file: " + path);
        }

        @SuppressWarnings("unchecked")
        private ModuleScope scope() {
            String name = (String) obj();
            ModuleScope parent = (ModuleScope) obj();
            boolean isStd = bool(), block = bool();
            ModuleScope s = put(new ModuleScope(name, parent, isStd, block));
            fill(s.names(ModuleScope.Ns.TYPE));
            fill(s.names(ModuleScope.Ns.VALUE));
            for (Object u : items()) s.uses().add((dev.heaplab.core.syntax.Item.UseEntry) u);
            return s;
        }

        @SuppressWarnings("unchecked")
        private TyEnv tyEnv() {
            ModuleScope scope = (ModuleScope) obj();
            List<String> params = (List<String>) obj();
            dev.heaplab.core.types.Ty self = (dev.heaplab.core.types.Ty) obj();
            DefId selfTrait = (DefId) obj();
            List<dev.heaplab.core.types.GenericsDef.Predicate> predicates = (List<dev.heaplab.core.types.GenericsDef.Predicate>) obj();
            TyEnv e = new TyEnv(scope, params, self, selfTrait, predicates);
            e.implTrait = (DefId) obj();
            e.implTraitArgs = (List<dev.heaplab.core.types.Ty>) obj();
            e.allowImplTraitParams = bool();
            e.inReturnPosition = bool();
            e.sawOpaqueReturn = bool();
            for (Object p : items()) e.opaqueBounds.add((dev.heaplab.core.types.GenericsDef.Predicate) p);
            return put(e);
        }

        private ProgramDefs defs() {
            ProgramDefs d = put(new ProgramDefs());
            int next = i32();
            for (int i = 0; i < next; i++) d.newDefId((String) obj());
            for (Object x : items()) d.put((AdtDef) x);
            for (Object x : items()) d.put((FnDef) x);
            for (Object x : items()) d.put((TraitDef) x);
            for (Object x : items()) d.put((ImplDef) x);
            for (Object x : items()) d.put((ClosureDef) x);
            for (Object x : items()) d.put((ConstDef) x);
            return d;
        }

        @SuppressWarnings({"unchecked", "rawtypes"})
        private ProgramCx cx() {
            ProgramDefs defs = (ProgramDefs) obj();
            NameResolver resolver = (NameResolver) obj();
            Diagnostics diags = (Diagnostics) obj();
            ProgramCx cx = put(new ProgramCx(defs, resolver, diags));
            List<Map<?, ?>> maps = cxMaps(cx, false);
            for (int i = 0; i < maps.size(); i++) {
                if (i == 7) { // langTraits: written through its one public door
                    int n = i32();
                    for (int j = 0; j < n; j++) cx.registerLangTrait((String) obj(), (DefId) obj());
                } else {
                    fill((Map) maps.get(i));
                }
            }
            for (Object x : items()) cx.assocConstFns.add((DefId) x);
            for (Object x : items()) cx.traitsWithConsts.add((DefId) x);
            for (Object x : items()) cx.deriveSites.add((ProgramCx.DeriveSite) x);
            return cx;
        }

        @SuppressWarnings("unchecked")
        private NameResolver resolver() {
            ModuleScope user = (ModuleScope) obj(), root = (ModuleScope) obj();
            NameResolver r = put(new NameResolver(user, root));
            int n = i32();
            for (int i = 0; i < n; i++) r.registerVariants((DefId) obj(), (List<String>) obj());
            return r;
        }

        @SuppressWarnings({"unchecked", "rawtypes"})
        private Tables tables() {
            Tables t = put(new Tables());
            for (Map<NodeId, ?> m : tableMaps(t)) fill((Map) m);
            return t;
        }

        @SuppressWarnings("unchecked")
        private CheckedStd checked() {
            List<SourceFile> files = (List<SourceFile>) (List<?>) Arrays.asList(items());
            List<dev.heaplab.core.syntax.Crate> crates = new LazyCrates(this);
            ProgramCx cx = (ProgramCx) obj();
            ProgramDefs defs = (ProgramDefs) obj();
            Tables tables = (Tables) obj();
            List<Diagnostic> diags = (List<Diagnostic>) (List<?>) Arrays.asList(items());
            Set<DefId> deferred = new LinkedHashSet<>((List<DefId>) (List<?>) Arrays.asList(items()));
            Object lock = obj();
            return put(new CheckedStd(files, crates, cx, defs, tables, diags, deferred, lock));
        }
    }

    /** For the generator: the classes in a stable order (records and enums by name). */
    public static List<Class<?>> sorted(Collection<Class<?>> classes) {
        TreeMap<String, Class<?>> byName = new TreeMap<>();
        for (Class<?> c : classes) byName.put(c.getName(), c);
        return List.copyOf(byName.values());
    }
}
