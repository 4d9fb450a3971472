package dev.heaplab.core.interp.jit;

import static org.objectweb.asm.Opcodes.*;

import dev.heaplab.core.mir.Body;
import dev.heaplab.core.mir.MirProgram;
import dev.heaplab.core.mir.Operand;
import dev.heaplab.core.mir.Terminator;
import dev.heaplab.core.source.Span;
import dev.heaplab.core.typeck.CheckedStd;
import dev.heaplab.core.types.FnDef;
import dev.heaplab.core.types.Ty;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.MethodVisitor;

/**
 * Compiles a hot body of scalar code, with the bodies it calls, into one hidden class (see
 * {@link BodyCompiler}): a body qualifies when all its locals are integers of at most 64 bits,
 * floats, bools, chars, units or tuples of those, and it calls only such bodies (free functions and
 * methods resolved statically, not the standard library's, not `#[track_caller]`). Never throws:
 * anything it cannot compile, or any failure building the class, gives null and the machine keeps
 * running the body itself.
 */
public final class Jit {
    private Jit() {}

    private static final String NAME = "dev/heaplab/core/interp/jit/Compiled";

    /**
     * The entry of {@code root} compiled with its callees, or null when they cannot all be compiled.
     * Without {@code calls}, bodies that make calls are not compiled: compiled calls nest on the Java
     * stack, which a stack-depth limit of millions of frames could overflow where the machine's own
     * frames would not.
     */
    public static Entry compile(Body root, MirProgram program, boolean calls) {
        try {
            return new Unit(program, calls).build(root);
        } catch (BodyCompiler.Refused e) {
            return null;
        } catch (VirtualMachineError e) {
            throw e;
        } catch (Throwable e) { // a fault of the generator: the machine runs the body
            return null;
        }
    }

    /** Why {@code root} is not compiled, or null when it is (for tests and diagnostics). */
    public static String refusal(Body root, MirProgram program) {
        try {
            new Unit(program, true).build(root);
            return null;
        } catch (BodyCompiler.Refused e) {
            return e.getMessage();
        } catch (Throwable e) {
            return "internal: " + e;
        }
    }

    /** The bodies of one class: the root first, then what it calls, each as static method m{index}. */
    private static final class Unit implements BodyCompiler.Callees {
        private final MirProgram program;
        private final boolean calls;
        private final Map<Body, BodyCompiler.Method> methods = new IdentityHashMap<>();
        private final List<Body> order = new ArrayList<>();

        Unit(MirProgram program, boolean calls) {
            this.program = program;
            this.calls = calls;
        }

        Entry build(Body root) throws Throwable {
            if (!eligible(root)) throw new BodyCompiler.Refused("not a user function");
            add(root);
            for (int i = 0; i < order.size(); i++) { // a worklist: add() appends callees
                for (Body.BasicBlock bb : order.get(i).blocks()) {
                    if (bb.terminator() instanceof Terminator.Call c) {
                        if (!calls) throw new BodyCompiler.Refused("call, with a stack-depth limit too deep for the Java stack");
                        Body callee = callee(c);
                        if (callee == null) throw new BodyCompiler.Refused("call of a function that cannot be compiled");
                        add(callee);
                    }
                }
            }
            ClassWriter cw = new ClassWriter(ClassWriter.COMPUTE_FRAMES | ClassWriter.COMPUTE_MAXS);
            cw.visit(V21, ACC_PUBLIC | ACC_FINAL | ACC_SUPER, NAME, null, "java/lang/Object",
                    new String[] {"dev/heaplab/core/interp/jit/Entry"});
            cw.visitField(ACC_STATIC, "S", BodyCompiler.SPANS_DESC, null, null).visitEnd();
            constructor(cw);
            bridge(cw, "call", "(L" + BodyCompiler.CTX + ";I[J)J", methods.get(root));
            for (int i = 0; i < order.size(); i++) {
                BodyCompiler.Method m = methods.get(order.get(i));
                MethodVisitor mv = cw.visitMethod(ACC_STATIC | ACC_PRIVATE, m.name(), m.desc(), null, null);
                BodyCompiler.emit(order.get(i), i, NAME, this, mv, false);
            }
            BodyCompiler.Method osr = new BodyCompiler.Method("o0", BodyCompiler.osrDescriptor(root), root);
            BodyCompiler.emit(root, 0, NAME, this, cw.visitMethod(ACC_STATIC | ACC_PRIVATE, osr.name(), osr.desc(), null, null), true);
            bridge(cw, "osr", "(L" + BodyCompiler.CTX + ";I[JI)J", osr);
            cw.visitEnd();
            MethodHandles.Lookup lookup = MethodHandles.lookup().defineHiddenClass(cw.toByteArray(), true);
            lookup.findStaticVarHandle(lookup.lookupClass(), "S", Span[][][].class).set(spans());
            return (Entry) lookup.findConstructor(lookup.lookupClass(), MethodType.methodType(void.class)).invoke();
        }

        private void add(Body b) throws BodyCompiler.Refused {
            if (methods.containsKey(b)) return;
            methods.put(b, new BodyCompiler.Method("m" + order.size(), BodyCompiler.descriptor(b), b));
            order.add(b);
        }

        @Override public BodyCompiler.Method method(Terminator.Call call) {
            Body b = callee(call);
            return b == null ? null : methods.get(b);
        }

        /** The body a call runs when it is known without values (a fn item, not of a trait, not generic). */
        private Body callee(Terminator.Call c) {
            if (!(c.func() instanceof Operand.Constant k) || !(k.ty() instanceof Ty.FnDef fd) || !fd.args().isEmpty()) return null;
            FnDef fn = program.defs().fn(fd.def());
            if (fn == null || fn.isBuiltin() || (fn.parentTrait() != null && fn.parentImpl() == null)) return null;
            Body b = program.body(fn.id());
            return b != null && eligible(b) ? b : null;
        }

        /**
         * User functions only: a panic in std's stubs is reported at std's own line or the caller's,
         * and in a `#[track_caller]` function at its caller's, which need the machine's frames.
         */
        private boolean eligible(Body b) {
            FnDef fn = program.defs().fn(b.def());
            return fn != null && !fn.trackCaller() && !CheckedStd.isStd(b.span());
        }

        /** Per method, per block: the spans of its statements, then of its terminator. */
        private Span[][][] spans() {
            Span[][][] s = new Span[order.size()][][];
            for (int i = 0; i < s.length; i++) {
                List<Body.BasicBlock> bs = order.get(i).blocks();
                s[i] = new Span[bs.size()][];
                for (int b = 0; b < bs.size(); b++) {
                    Body.BasicBlock bb = bs.get(b);
                    Span[] row = new Span[bb.statements().size() + 1];
                    for (int k = 0; k < bb.statements().size(); k++) row[k] = bb.statements().get(k).span();
                    row[row.length - 1] = bb.terminator().span();
                    s[i][b] = row;
                }
            }
            return s;
        }

        private static void constructor(ClassWriter cw) {
            MethodVisitor mv = cw.visitMethod(ACC_PUBLIC, "<init>", "()V", null, null);
            mv.visitCode();
            mv.visitVarInsn(ALOAD, 0);
            mv.visitMethodInsn(INVOKESPECIAL, "java/lang/Object", "<init>", "()V", false);
            mv.visitInsn(RETURN);
            mv.visitMaxs(0, 0);
            mv.visitEnd();
        }

        /**
         * {@link Entry#call} (unpacks the arguments' bits, unit arguments skipped) or {@link Entry#osr}
         * (passes the locals and the block on); both pack the result's bits.
         */
        private static void bridge(ClassWriter cw, String name, String desc, BodyCompiler.Method root) {
            MethodVisitor mv = cw.visitMethod(ACC_PUBLIC, name, desc, null, null);
            mv.visitCode();
            mv.visitVarInsn(ALOAD, 1);
            mv.visitVarInsn(ILOAD, 2);
            Body b = root.body();
            if (name.equals("osr")) {
                mv.visitVarInsn(ALOAD, 3);
                mv.visitVarInsn(ILOAD, 4);
            }
            for (int l = 1; name.equals("call") && l <= b.argCount(); l++) {
                char k = Scalars.kind(b.locals().get(l).ty());
                if (k == 'V') continue;
                mv.visitVarInsn(ALOAD, 3);
                mv.visitLdcInsn(l - 1);
                mv.visitInsn(LALOAD);
                if (k == 'I') mv.visitInsn(L2I);
                if (k == 'D') mv.visitMethodInsn(INVOKESTATIC, "java/lang/Double", "longBitsToDouble", "(J)D", false);
            }
            mv.visitMethodInsn(INVOKESTATIC, NAME, root.name(), root.desc(), false);
            switch (Scalars.kind(b.locals().get(0).ty())) {
                case 'I' -> mv.visitInsn(I2L);
                case 'D' -> mv.visitMethodInsn(INVOKESTATIC, "java/lang/Double", "doubleToRawLongBits", "(D)J", false);
                case 'V' -> mv.visitInsn(LCONST_0);
                default -> { }
            }
            mv.visitInsn(LRETURN);
            mv.visitMaxs(0, 0);
            mv.visitEnd();
        }
    }
}
