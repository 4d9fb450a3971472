import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/**
 * Build step (run on each module's compiled classes, see core/pom.xml): replaces the two kinds of
 * {@code invokedynamic} whose bootstraps a JVM runs at every start, because the AOT cache (JDK 25)
 * keeps only lambdas' and string concatenations' call sites linked, by plain static methods with the
 * same behaviour, so that a start no longer spins a hidden class per pattern switch and method
 * handle trees per record (docs/performance.md, "Start-up work, fifth pass"):
 * <ul>
 * <li>{@code SwitchBootstraps.typeSwitch} over class labels (a {@code switch} with type patterns):
 *     a method testing {@code instanceof} label after label from the restart index, -1 for null,
 *     the number of labels when none matches, as the bootstrap's call site does;</li>
 * <li>{@code ObjectMethods.bootstrap} for a record's {@code equals} and {@code hashCode}: the same
 *     comparison ({@code ==} for integral types, {@code Float/Double.compare} for floating ones,
 *     {@code Objects.equals} else, last component first) and the same hash ({@code 31 * h + hash(c)}
 *     component by component from 0, each with its type's own {@code hashCode}), so hash codes and
 *     hence iteration orders do not change. {@code toString} keeps its bootstrap (rarely called).</li>
 * </ul>
 * Each call site keeps its descriptor and calls a new private static method of its own class
 * ({@code $indyFree$N}); nothing else in a class changes. Usage: {@code java -cp asm.jar
 * IndyFree.java CLASSES_DIR PACKAGE}; a class rewritten before is left as it is.
 */
public final class IndyFree {
    private static final String SWITCHES = "java/lang/runtime/SwitchBootstraps", RECORDS = "java/lang/runtime/ObjectMethods";
    private static final String PREFIX = "$indyFree$";

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]).resolve(args[1].replace('.', '/'));
        if (!Files.isDirectory(dir)) return;
        int[] counts = new int[2];
        try (Stream<Path> files = Files.walk(dir)) {
            files.filter(p -> p.toString().endsWith(".class")).forEach(p -> {
                try {
                    byte[] in = Files.readAllBytes(p);
                    byte[] out = rewrite(in, counts);
                    if (out != in) Files.write(p, out);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
        if (counts[0] > 0) System.out.println("IndyFree: " + counts[0] + " classes, " + counts[1] + " call sites in " + dir);
    }

    /** One call site to replace: its new method's name and descriptor, and what that method does. */
    private record Site(String name, String desc, Handle bootstrap, String indyName, Object[] args) {}

    /** The class rewritten, or {@code in} itself when it has no call site to replace. */
    static byte[] rewrite(byte[] in, int[] counts) {
        ClassReader reader = new ClassReader(in);
        if (rewritten(reader)) return in; // an incremental build keeps the classes it did not recompile
        ClassWriter writer = new ClassWriter(reader, 0);
        List<Site> sites = new ArrayList<>();
        String[] owner = new String[1];
        boolean[] itf = new boolean[1];
        reader.accept(new ClassVisitor(Opcodes.ASM9, writer) {
            @Override public void visit(int version, int access, String name, String signature, String superName, String[] interfaces) {
                owner[0] = name;
                itf[0] = (access & Opcodes.ACC_INTERFACE) != 0;
                super.visit(version, access, name, signature, superName, interfaces);
            }

            @Override public MethodVisitor visitMethod(int access, String name, String desc, String signature, String[] exceptions) {
                return new MethodVisitor(Opcodes.ASM9, super.visitMethod(access, name, desc, signature, exceptions)) {
                    @Override public void visitInvokeDynamicInsn(String indyName, String indyDesc, Handle bsm, Object... bsmArgs) {
                        if (replaceable(indyName, bsm, bsmArgs)) {
                            String helper = PREFIX + sites.size();
                            sites.add(new Site(helper, indyDesc, bsm, indyName, bsmArgs));
                            super.visitMethodInsn(Opcodes.INVOKESTATIC, owner[0], helper, indyDesc, itf[0]);
                        } else {
                            super.visitInvokeDynamicInsn(indyName, indyDesc, bsm, bsmArgs);
                        }
                    }
                };
            }

            @Override public void visitEnd() {
                for (Site s : sites) {
                    MethodVisitor mv = super.visitMethod(Opcodes.ACC_PRIVATE | Opcodes.ACC_STATIC | Opcodes.ACC_SYNTHETIC,
                            s.name(), s.desc(), null, null);
                    mv.visitCode();
                    if (s.bootstrap().getOwner().equals(SWITCHES)) typeSwitch(mv, s.args());
                    else if (s.indyName().equals("equals")) equalsMethod(mv, (Type) s.args()[0], getters(s.args()));
                    else hashCodeMethod(mv, getters(s.args()));
                    mv.visitEnd();
                }
                super.visitEnd();
            }
        }, 0);
        if (sites.isEmpty()) return in;
        counts[0]++;
        counts[1] += sites.size();
        return writer.toByteArray();
    }

    private static boolean rewritten(ClassReader reader) {
        boolean[] found = new boolean[1];
        reader.accept(new ClassVisitor(Opcodes.ASM9) {
            @Override public MethodVisitor visitMethod(int access, String name, String desc, String signature, String[] exceptions) {
                if (name.startsWith(PREFIX)) found[0] = true;
                return null;
            }
        }, ClassReader.SKIP_CODE);
        return found[0];
    }

    private static boolean replaceable(String name, Handle bsm, Object[] args) {
        if (bsm.getOwner().equals(SWITCHES) && bsm.getName().equals("typeSwitch")) {
            for (Object a : args) if (!(a instanceof Type t) || (t.getSort() != Type.OBJECT && t.getSort() != Type.ARRAY)) return false;
            return true;
        }
        if (bsm.getOwner().equals(RECORDS) && bsm.getName().equals("bootstrap") && (name.equals("equals") || name.equals("hashCode"))) {
            if (args.length < 2 || !(args[0] instanceof Type)) return false;
            for (int i = 2; i < args.length; i++) if (!(args[i] instanceof Handle h) || h.getTag() != Opcodes.H_GETFIELD) return false;
            return true;
        }
        return false;
    }

    private static List<Handle> getters(Object[] args) {
        List<Handle> g = new ArrayList<>();
        for (int i = 2; i < args.length; i++) g.add((Handle) args[i]);
        return g;
    }

    /** (target, restart) → index of the first label from restart that target is an instance of; -1 for null; labels.length if none. */
    private static void typeSwitch(MethodVisitor mv, Object[] labels) {
        Label nonNull = new Label();
        mv.visitVarInsn(Opcodes.ALOAD, 0);
        mv.visitJumpInsn(Opcodes.IFNONNULL, nonNull);
        mv.visitInsn(Opcodes.ICONST_M1);
        mv.visitInsn(Opcodes.IRETURN);
        mv.visitLabel(nonNull);
        mv.visitFrame(Opcodes.F_SAME, 0, null, 0, null);
        for (int i = 0; i < labels.length; i++) {
            Label next = new Label();
            mv.visitVarInsn(Opcodes.ILOAD, 1);
            push(mv, i);
            mv.visitJumpInsn(Opcodes.IF_ICMPGT, next);
            mv.visitVarInsn(Opcodes.ALOAD, 0);
            mv.visitTypeInsn(Opcodes.INSTANCEOF, ((Type) labels[i]).getInternalName());
            mv.visitJumpInsn(Opcodes.IFEQ, next);
            push(mv, i);
            mv.visitInsn(Opcodes.IRETURN);
            mv.visitLabel(next);
            mv.visitFrame(Opcodes.F_SAME, 0, null, 0, null);
        }
        push(mv, labels.length);
        mv.visitInsn(Opcodes.IRETURN);
        mv.visitMaxs(2, 2);
    }

    /** (record, other) → other is the same object, or a record of this class with equal components (last first). */
    private static void equalsMethod(MethodVisitor mv, Type record, List<Handle> getters) {
        Label notSame = new Label(), instance = new Label(), unequal = new Label();
        mv.visitVarInsn(Opcodes.ALOAD, 0);
        mv.visitVarInsn(Opcodes.ALOAD, 1);
        mv.visitJumpInsn(Opcodes.IF_ACMPNE, notSame);
        mv.visitInsn(Opcodes.ICONST_1);
        mv.visitInsn(Opcodes.IRETURN);
        mv.visitLabel(notSame);
        mv.visitFrame(Opcodes.F_SAME, 0, null, 0, null);
        mv.visitVarInsn(Opcodes.ALOAD, 1);
        mv.visitTypeInsn(Opcodes.INSTANCEOF, record.getInternalName());
        mv.visitJumpInsn(Opcodes.IFNE, instance);
        mv.visitInsn(Opcodes.ICONST_0);
        mv.visitInsn(Opcodes.IRETURN);
        mv.visitLabel(instance);
        mv.visitFrame(Opcodes.F_SAME, 0, null, 0, null);
        if (getters.isEmpty()) {
            mv.visitInsn(Opcodes.ICONST_1);
            mv.visitInsn(Opcodes.IRETURN);
            mv.visitMaxs(2, 2);
            return;
        }
        mv.visitVarInsn(Opcodes.ALOAD, 1);
        mv.visitTypeInsn(Opcodes.CHECKCAST, record.getInternalName());
        mv.visitVarInsn(Opcodes.ASTORE, 2);
        for (int i = getters.size() - 1; i >= 0; i--) {
            Handle g = getters.get(i);
            mv.visitVarInsn(Opcodes.ALOAD, 0);
            mv.visitFieldInsn(Opcodes.GETFIELD, g.getOwner(), g.getName(), g.getDesc());
            mv.visitVarInsn(Opcodes.ALOAD, 2);
            mv.visitFieldInsn(Opcodes.GETFIELD, g.getOwner(), g.getName(), g.getDesc());
            switch (g.getDesc().charAt(0)) {
                case 'Z', 'B', 'C', 'S', 'I' -> mv.visitJumpInsn(Opcodes.IF_ICMPNE, unequal);
                case 'J' -> {
                    mv.visitInsn(Opcodes.LCMP);
                    mv.visitJumpInsn(Opcodes.IFNE, unequal);
                }
                case 'F' -> {
                    mv.visitMethodInsn(Opcodes.INVOKESTATIC, "java/lang/Float", "compare", "(FF)I", false);
                    mv.visitJumpInsn(Opcodes.IFNE, unequal);
                }
                case 'D' -> {
                    mv.visitMethodInsn(Opcodes.INVOKESTATIC, "java/lang/Double", "compare", "(DD)I", false);
                    mv.visitJumpInsn(Opcodes.IFNE, unequal);
                }
                default -> {
                    mv.visitMethodInsn(Opcodes.INVOKESTATIC, "java/util/Objects", "equals", "(Ljava/lang/Object;Ljava/lang/Object;)Z", false);
                    mv.visitJumpInsn(Opcodes.IFEQ, unequal);
                }
            }
        }
        mv.visitInsn(Opcodes.ICONST_1);
        mv.visitInsn(Opcodes.IRETURN);
        mv.visitLabel(unequal);
        mv.visitFrame(Opcodes.F_APPEND, 1, new Object[] {record.getInternalName()}, 0, null);
        mv.visitInsn(Opcodes.ICONST_0);
        mv.visitInsn(Opcodes.IRETURN);
        mv.visitMaxs(4, 3);
    }

    /** (record) → 31 * h + hash(component), component by component from h = 0. */
    private static void hashCodeMethod(MethodVisitor mv, List<Handle> getters) {
        mv.visitInsn(Opcodes.ICONST_0);
        for (Handle g : getters) {
            mv.visitIntInsn(Opcodes.BIPUSH, 31);
            mv.visitInsn(Opcodes.IMUL);
            mv.visitVarInsn(Opcodes.ALOAD, 0);
            mv.visitFieldInsn(Opcodes.GETFIELD, g.getOwner(), g.getName(), g.getDesc());
            String d = g.getDesc();
            switch (d.charAt(0)) {
                case 'Z' -> mv.visitMethodInsn(Opcodes.INVOKESTATIC, "java/lang/Boolean", "hashCode", "(Z)I", false);
                case 'B' -> mv.visitMethodInsn(Opcodes.INVOKESTATIC, "java/lang/Byte", "hashCode", "(B)I", false);
                case 'C' -> mv.visitMethodInsn(Opcodes.INVOKESTATIC, "java/lang/Character", "hashCode", "(C)I", false);
                case 'S' -> mv.visitMethodInsn(Opcodes.INVOKESTATIC, "java/lang/Short", "hashCode", "(S)I", false);
                case 'I' -> mv.visitMethodInsn(Opcodes.INVOKESTATIC, "java/lang/Integer", "hashCode", "(I)I", false);
                case 'J' -> mv.visitMethodInsn(Opcodes.INVOKESTATIC, "java/lang/Long", "hashCode", "(J)I", false);
                case 'F' -> mv.visitMethodInsn(Opcodes.INVOKESTATIC, "java/lang/Float", "hashCode", "(F)I", false);
                case 'D' -> mv.visitMethodInsn(Opcodes.INVOKESTATIC, "java/lang/Double", "hashCode", "(D)I", false);
                default -> mv.visitMethodInsn(Opcodes.INVOKESTATIC, "java/util/Objects", "hashCode", "(Ljava/lang/Object;)I", false);
            }
            mv.visitInsn(Opcodes.IADD);
        }
        mv.visitInsn(Opcodes.IRETURN);
        mv.visitMaxs(4, 1);
    }

    private static void push(MethodVisitor mv, int i) {
        if (i <= 5) mv.visitInsn(Opcodes.ICONST_0 + i);
        else if (i <= Byte.MAX_VALUE) mv.visitIntInsn(Opcodes.BIPUSH, i);
        else mv.visitIntInsn(Opcodes.SIPUSH, i);
    }
}
