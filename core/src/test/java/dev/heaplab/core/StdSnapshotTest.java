package dev.heaplab.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.heaplab.core.lower.LoweredStd;
import dev.heaplab.core.lower.Lowering;
import dev.heaplab.core.mir.Body;
import dev.heaplab.core.render.MirPrinter;
import dev.heaplab.core.typeck.StdSnapshot;
import dev.heaplab.core.typeck.TypeChecker;
import dev.heaplab.core.types.DefId;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The std stubs read back from a snapshot ({@link StdSnapshot}) must be the stubs built anew: the same
 * definitions, eager bodies, bodies made on first use (DefIds included), and the same compiles and
 * runs; a snapshot of other stubs, or a damaged one, is refused. Also makes {@code StdSnapshotRecords}
 * (run with {@code -Dheaplab.snapshot.regen=true} after changing a record the stubs' state holds).
 */
class StdSnapshotTest {
    static final Path GENERATED = Path.of("src/main/java/dev/heaplab/core/typeck/StdSnapshotRecords.java");

    static List<TypeChecker.StdSource> src;
    static LoweredStd built;
    static byte[] snapshot;

    @BeforeAll
    static void buildAndWrite() throws Exception {
        src = TypeChecker.loadStd();
        built = Lowering.lowerStd(TypeChecker.checkStd(src, true));
        if (Boolean.getBoolean("heaplab.snapshot.regen")) Files.writeString(GENERATED, generate(built));
        snapshot = LoweredStd.snapshot(built, src);
    }

    @Test
    void generatedReaderIsCurrent() throws Exception {
        assertThat(Files.readString(GENERATED)).as("regenerate with -Dheaplab.snapshot.regen=true").isEqualTo(generate(built));
    }

    @Test
    void readBackStubsAreTheBuiltOnes() {
        LoweredStd read = LoweredStd.fromSnapshot(snapshot, src);
        LoweredStd eager = Lowering.lowerStd(TypeChecker.checkStd(src));
        assertThat(read.typed().defs().size()).isEqualTo(built.typed().defs().size());
        assertThat(read.typed().deferred()).isEqualTo(built.typed().deferred());
        assertThat(read.bodies()).isEqualTo(built.bodies());
        assertThat(MirPrinter.printAll(new dev.heaplab.core.mir.MirProgram(null, read.typed().defs(), read.bodies(), null,
                dev.heaplab.core.mir.LaterBodies.NONE)))
                .isEqualTo(MirPrinter.printAll(new dev.heaplab.core.mir.MirProgram(null, built.typed().defs(), built.bodies(), null,
                        dev.heaplab.core.mir.LaterBodies.NONE)));
        for (DefId id : List.copyOf(read.typed().deferred())) {
            Body made = read.body(id), expected = eager.bodies().get(id);
            assertThat(made).as("%s", read.typed().defs().name(id)).isEqualTo(expected);
        }
        assertThat(read.typed().defs().size()).isEqualTo(built.typed().defs().size());
    }

    @Test
    void compilesAndRunsAsWithBuiltStubs() {
        LoweredStd read = LoweredStd.fromSnapshot(snapshot, src);
        List<String> programs = new ArrayList<>(SharedStdTest.PROGRAMS);
        for (String p : programs) {
            assertThat(SharedStdTest.outcome(p, read)).isEqualTo(SharedStdTest.outcome(p, built));
        }
    }

    @Test
    void otherStubsOrDamageAreRefused() {
        List<TypeChecker.StdSource> other = new ArrayList<>(src);
        other.set(0, new TypeChecker.StdSource(src.get(0).path(), src.get(0).text() + "\n"));
        assertThatThrownBy(() -> StdSnapshot.read(snapshot, other)).hasMessageContaining("other stubs");
        byte[] cut = java.util.Arrays.copyOf(snapshot, snapshot.length / 2);
        assertThatThrownBy(() -> StdSnapshot.read(cut, src)).isInstanceOf(RuntimeException.class);
        byte[] flipped = snapshot.clone();
        flipped[0] ^= 1;
        assertThatThrownBy(() -> StdSnapshot.read(flipped, src)).hasMessageContaining("not a std snapshot");
        assertThat(LoweredStd.fromSnapshotFile(Path.of("/nonexistent/std.snap"), src)).isNull();
    }

    // ------------------------------------------------------------------ the generator

    /** The source of {@code StdSnapshotRecords}: a constructor call per record class the stubs' state holds. */
    static String generate(LoweredStd std) throws Exception {
        List<Class<?>> classes = StdSnapshot.sorted(StdSnapshot.discover(std.typed(), std.bodies()));
        Set<Class<?>> known = Set.copyOf(classes);
        // public constants of these classes (and of the classes declaring them) that are objects of the graph's classes
        List<String> constants = new ArrayList<>();
        IdentityHashMap<Object, Boolean> seen = new IdentityHashMap<>();
        java.util.TreeSet<String> owners = new java.util.TreeSet<>();
        for (Class<?> c : classes) for (Class<?> o = c; o != null; o = o.getDeclaringClass()) owners.add(o.getName());
        for (String name : owners) {
            Class<?> o = Class.forName(name);
            if (!Modifier.isPublic(o.getModifiers())) continue;
            for (Field f : o.getDeclaredFields()) {
                int m = f.getModifiers();
                if (!Modifier.isStatic(m) || !Modifier.isFinal(m) || !Modifier.isPublic(m) || f.getType().isPrimitive()) continue;
                Object v = f.get(null);
                if (v == null || !known.contains(v.getClass()) || v.getClass().isEnum() || seen.put(v, true) != null) continue;
                constants.add(o.getCanonicalName() + "." + f.getName());
            }
        }
        StringBuilder sb = new StringBuilder();
        sb.append("package dev.heaplab.core.typeck;\n\n");
        sb.append("import java.util.List;\n\n");
        sb.append("/** Generated by StdSnapshotTest (-Dheaplab.snapshot.regen=true) from the std stubs' state: do not edit. */\n");
        sb.append("@SuppressWarnings({\"unchecked\", \"rawtypes\"})\n");
        sb.append("final class StdSnapshotRecords {\n");
        sb.append("    private StdSnapshotRecords() {}\n\n");
        sb.append("    static final String SCHEMA = \"").append(StdSnapshot.schema(classes)).append("\";\n\n");
        sb.append("    private static final List<Class<?>> CLASSES = List.of(\n");
        for (int i = 0; i < classes.size(); i++) {
            sb.append("            ").append(classes.get(i).getCanonicalName()).append(".class").append(i + 1 < classes.size() ? ",\n" : ");\n\n");
        }
        sb.append("    /** The record and enum classes, by index in a snapshot. */\n");
        sb.append("    static List<Class<?>> classes() { return CLASSES; }\n\n");
        sb.append("    /** The constants read back as themselves. */\n");
        sb.append("    static Object[] constants() {\n        return new Object[] {");
        for (int i = 0; i < constants.size(); i++) sb.append(i == 0 ? "\n            " : ",\n            ").append(constants.get(i));
        sb.append("\n        };\n    }\n\n");
        sb.append("    static Object read(int c, StdSnapshot.In in) {\n        switch (c) {\n");
        for (int i = 0; i < classes.size(); i++) if (classes.get(i).isRecord()) sb.append("            case ").append(i).append(": return r").append(i).append("(in);\n");
        sb.append("            default: throw new IllegalStateException(\"a damaged std snapshot (class \" + c + \")\");\n        }\n    }\n");
        for (int i = 0; i < classes.size(); i++) {
            Class<?> c = classes.get(i);
            if (!c.isRecord()) continue;
            sb.append("\n    private static Object r").append(i).append("(StdSnapshot.In in) {\n");
            RecordComponent[] rc = c.getRecordComponents();
            List<String> args = new ArrayList<>();
            for (int j = 0; j < rc.length; j++) {
                Class<?> t = rc[j].getType();
                String e;
                if (t == int.class) e = "in.i32()";
                else if (t == long.class) e = "in.i64()";
                else if (t == boolean.class) e = "in.bool()";
                else if (t == char.class) e = "in.char16()";
                else if (t == double.class) e = "in.f64()";
                else if (t == float.class) e = "in.f32()";
                else if (t == short.class) e = "in.i16()";
                else if (t == byte.class) e = "in.i8()";
                else if (t == Object.class) e = "in.obj()";
                else e = "(" + t.getCanonicalName() + ") in.obj()";
                String type = t.isPrimitive() ? t.getName() : t.getCanonicalName();
                sb.append("        ").append(type).append(" a").append(j).append(" = ").append(e).append(";\n");
                args.add("a" + j);
            }
            sb.append("        return new ").append(c.getCanonicalName()).append("(").append(String.join(", ", args)).append(");\n    }\n");
        }
        sb.append("}\n");
        return sb.toString();
    }
}
