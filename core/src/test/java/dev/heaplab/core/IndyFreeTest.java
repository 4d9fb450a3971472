package dev.heaplab.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.heaplab.core.lower.LoweredStd;
import dev.heaplab.core.source.Span;
import java.io.IOException;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.lang.runtime.ObjectMethods;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.Handle;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * The build step build/IndyFree.java (run on the main classes before the tests): pattern switches and
 * records' equals/hashCode no longer go through invokedynamic, and the records' methods it wrote agree
 * with the JDK's own bootstrap ({@link ObjectMethods}) on every record of the std stubs' state, hash
 * codes included (they decide the iteration order of hash maps).
 */
class IndyFreeTest {
    @Test
    void noTypeSwitchNorRecordEqualityIsBootstrapped() throws IOException {
        Path classes = Path.of(Span.class.getProtectionDomain().getCodeSource().getLocation().getPath());
        Map<String, Integer> left = new TreeMap<>();
        int[] files = new int[1];
        try (Stream<Path> all = Files.walk(classes.resolve("dev/heaplab"))) {
            for (Path p : (Iterable<Path>) all.filter(f -> f.toString().endsWith(".class"))::iterator) {
                files[0]++;
                new ClassReader(Files.readAllBytes(p)).accept(new ClassVisitor(Opcodes.ASM9) {
                    @Override public MethodVisitor visitMethod(int access, String name, String desc, String signature, String[] exceptions) {
                        return new MethodVisitor(Opcodes.ASM9) {
                            @Override public void visitInvokeDynamicInsn(String indy, String d, Handle bsm, Object... args) {
                                String key = bsm.getOwner() + "." + bsm.getName() + " " + indy;
                                if (!key.startsWith("java/lang/invoke/") && !key.endsWith(" toString")) left.merge(key + " in " + p.getFileName(), 1, Integer::sum);
                            }
                        };
                    }
                }, 0);
            }
        }
        assertThat(files[0]).isGreaterThan(500);
        assertThat(left).isEmpty();
    }

    @Test
    void recordsEqualAndHashAsTheJdkBootstrapDoes() throws Throwable {
        LoweredStd std = LoweredStd.shared();
        Map<Class<?>, MethodHandle[]> jdk = new HashMap<>();
        Map<Class<?>, List<Record>> samples = new HashMap<>();
        java.util.Set<Class<?>> componentTypes = new java.util.HashSet<>();
        List<Record> records = records(std.typed(), std.bodies());
        assertThat(records.size()).isGreaterThan(10_000);
        for (Record r : records) {
            Class<?> c = r.getClass();
            if (!rewritten(c)) continue;
            MethodHandle[] m = jdk.get(c);
            if (m == null) {
                jdk.put(c, m = bootstrap(c));
                for (RecordComponent rc : c.getRecordComponents()) componentTypes.add(rc.getType());
            }
            assertThat(r.hashCode()).as("%s", r).isEqualTo((int) m[0].invoke(r));
            Record copy = copy(r);
            assertThat(r.equals(copy)).as("%s", r).isTrue();
            assertThat(r.equals(null)).isFalse();
            assertThat(r.equals("other")).isFalse();
            List<Record> some = samples.computeIfAbsent(c, k -> new ArrayList<>());
            if (some.size() < 12) some.add(r);
        }
        assertThat(jdk.size()).isGreaterThan(100);
        assertThat(componentTypes).contains(int.class, boolean.class, long.class, String.class, List.class);
        // pairs of different records of a class: equal exactly when the JDK's equals says so
        for (List<Record> some : samples.values()) {
            MethodHandle eq = jdk.get(some.get(0).getClass())[1];
            for (Record a : some) for (Record b : some) assertThat(a.equals(b)).as("%s = %s", a, b).isEqualTo((boolean) eq.invoke(a, (Object) b));
        }
    }

    /** Whether the build step wrote the record's hashCode and equals (not a record declaring its own). */
    private static boolean rewritten(Class<?> c) {
        int found = 0;
        for (java.lang.reflect.Method m : c.getDeclaredMethods()) {
            if (!m.getName().startsWith("$indyFree$") || !m.isSynthetic()) continue;
            if (m.getReturnType() == int.class && m.getParameterCount() == 1) found++;
            if (m.getReturnType() == boolean.class && m.getParameterCount() == 2) found++;
        }
        return found == 2;
    }

    /** The JDK's hashCode and equals for a record class, as its bootstrap makes them. */
    private static MethodHandle[] bootstrap(Class<?> c) throws Throwable {
        MethodHandles.Lookup lookup = MethodHandles.privateLookupIn(c, MethodHandles.lookup());
        RecordComponent[] rc = c.getRecordComponents();
        MethodHandle[] getters = new MethodHandle[rc.length];
        StringBuilder names = new StringBuilder();
        for (int i = 0; i < rc.length; i++) {
            Field f = c.getDeclaredField(rc[i].getName());
            getters[i] = lookup.unreflectGetter(f);
            names.append(i == 0 ? "" : ";").append(rc[i].getName());
        }
        Object hash = ObjectMethods.bootstrap(lookup, "hashCode", MethodType.methodType(int.class, c), c, names.toString(), getters);
        Object eq = ObjectMethods.bootstrap(lookup, "equals", MethodType.methodType(boolean.class, c, Object.class), c, names.toString(), getters);
        return new MethodHandle[] {((java.lang.invoke.CallSite) hash).dynamicInvoker(), ((java.lang.invoke.CallSite) eq).dynamicInvoker()};
    }

    /** A new record with the same components (through the canonical constructor). */
    private static Record copy(Record r) throws ReflectiveOperationException {
        RecordComponent[] rc = r.getClass().getRecordComponents();
        Class<?>[] types = new Class<?>[rc.length];
        Object[] values = new Object[rc.length];
        for (int i = 0; i < rc.length; i++) {
            types[i] = rc[i].getType();
            var acc = rc[i].getAccessor();
            acc.setAccessible(true);
            values[i] = acc.invoke(r);
        }
        var ctor = r.getClass().getDeclaredConstructor(types);
        ctor.setAccessible(true);
        return (Record) ctor.newInstance(values);
    }

    /** The records reachable from {@code roots} (fields of heaplab's classes, collections, maps). */
    private static List<Record> records(Object... roots) throws IllegalAccessException {
        IdentityHashMap<Object, Boolean> seen = new IdentityHashMap<>();
        ArrayDeque<Object> todo = new ArrayDeque<>(List.of(roots));
        List<Record> out = new ArrayList<>();
        while (!todo.isEmpty()) {
            Object o = todo.pop();
            if (seen.put(o, true) != null) continue;
            switch (o) {
                case Collection<?> c -> c.forEach(x -> { if (x != null) todo.push(x); });
                case Map<?, ?> m -> m.forEach((k, v) -> {
                    if (k != null) todo.push(k);
                    if (v != null) todo.push(v);
                });
                case Optional<?> opt -> opt.ifPresent(todo::push);
                default -> {
                    if (!o.getClass().getName().startsWith("dev.heaplab.") || o instanceof Enum<?>) continue;
                    if (o instanceof Record r) out.add(r);
                    for (Class<?> k = o.getClass(); k != null && k != Object.class; k = k.getSuperclass()) {
                        for (Field f : k.getDeclaredFields()) {
                            if (Modifier.isStatic(f.getModifiers()) || f.getType().isPrimitive()) continue;
                            f.setAccessible(true);
                            Object v = f.get(o);
                            if (v != null) todo.push(v);
                        }
                    }
                }
            }
        }
        return out;
    }
}
