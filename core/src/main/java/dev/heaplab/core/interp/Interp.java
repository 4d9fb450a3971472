package dev.heaplab.core.interp;

import dev.heaplab.core.mir.MirProgram;
import dev.heaplab.core.source.SourceFile;
import dev.heaplab.core.source.Span;
import dev.heaplab.core.trace.MachineEvent;
import dev.heaplab.core.trace.MachineObserver;
import dev.heaplab.core.types.ProgramDefs;
import dev.heaplab.core.types.Ty;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The machine's state shared by its parts: the program, the thread's frame stack, the heap, static
 * data, output and limits. {@link Stepper} runs frames; {@link Places}, {@link Rvalues},
 * {@link DropGlue}, {@link Calls} and the builtins work on this state.
 */
final class Interp {
    final MirProgram program;
    final ProgramDefs defs;
    final Limits limits;
    final ProgramOutput output;
    final List<MachineObserver> observers;
    final boolean detailed;
    /** Undefined-behaviour checks as Miri (`--no-borrowck`): slots die at StorageDead, realloc moves. */
    final boolean ubChecks;
    /** With {@link #ubChecks}: the bits each move left behind (see Places#staleBits). */
    final Map<Places.MovedPlace, Value> movedBits = new HashMap<>();
    final Heap heap;
    final Sizes sizes;
    final Types types;
    final Places places;
    final Rvalues rvalues;
    final DropGlue drops;
    final ArrayDropLadder arrayDrops = new ArrayDropLadder();
    final Calls calls;
    final Stepper stepper;
    final JitLink jit;
    final Builtins builtins;
    final PlaceNames placeNames;
    /** For traces: places (slot or heap block → paths) a move left uninitialised, until rewritten. */
    final Map<Allocation, java.util.Set<String>> movedOut = new java.util.IdentityHashMap<>();
    /** For traces: the user variable the next Drop terminator drops (named in its Drop event). */
    String dropPlace;
    /** The running thread's frames, bottom first; {@link Scheduler} swaps them when it switches threads. */
    ArrayList<Frame> frames = new ArrayList<>();
    private final Map<String, Allocation> strLiterals = new HashMap<>();
    private int nextStackId, nextStaticId;
    private long outputBytes;
    long steps;
    final long startNanos = System.nanoTime();
    /** Span of the statement or terminator being executed, for faults and limits. */
    Span current = Span.DUMMY;

    Interp(MirProgram program, Limits limits, ProgramOutput output, List<MachineObserver> observers, boolean ubChecks) {
        this.ubChecks = ubChecks;
        this.program = program;
        this.defs = program.defs();
        this.limits = limits;
        this.output = output;
        this.observers = observers;
        this.detailed = observers.stream().anyMatch(MachineObserver::detailed);
        this.heap = new Heap(this::emit, limits.maxHeapBytes());
        this.heap.movingRealloc = ubChecks;
        if (observers.size() == 1 && observers.get(0) instanceof HeapStatsCounter only) this.heap.statsOnly = only;
        if (ubChecks) this.heap.locate = this::userSpan;
        this.sizes = new Sizes(defs);
        this.types = new Types(this);
        this.places = new Places(this);
        this.rvalues = new Rvalues(this);
        this.drops = new DropGlue(this);
        this.calls = new Calls(this);
        this.stepper = new Stepper(this);
        this.jit = new JitLink(this);
        this.builtins = new Builtins(this);
        this.sched = new Scheduler(this);
        this.placeNames = new PlaceNames(this);
        if (detailed) {
            SnapshotBuilder inspector = new SnapshotBuilder(this);
            for (MachineObserver o : observers) o.attach(inspector);
        }
    }

    /** The program's threads and their schedule. */
    final Scheduler sched;

    void emit(MachineEvent e) {
        for (MachineObserver o : observers) o.on(e);
    }

    Frame top() { return frames.get(frames.size() - 1); }

    /**
     * The span in the user's program responsible for {@code span}: itself when it is in the program,
     * else the innermost call site in the program (std's own code is not shown to the user).
     */
    Span userSpan(Span span) {
        SourceFile file = program.source();
        if (file == null || (span != null && span != Span.DUMMY && file.contains(span.lo()))) return span;
        for (int i = frames.size() - 2; i >= 0; i--) {
            Frame f = frames.get(i);
            if (f.block < 0 || f.block >= f.body.blocks().size()) continue;
            Span call = f.body.blocks().get(f.block).terminator().span();
            if (call != null && call != Span.DUMMY && file.contains(call.lo())) return call;
        }
        return span;
    }

    int depth() { return frames.size() - 1; }

    private final Map<dev.heaplab.core.mir.Body, Code> codes = new java.util.IdentityHashMap<>();

    /** A body resolved for the machine, once per run. */
    Code code(dev.heaplab.core.mir.Body body) {
        Code c = codes.get(body);
        if (c == null) {
            c = Code.of(body, rvalues, types);
            codes.put(body, c);
        }
        return c;
    }

    Allocation newSlot(Ty ty, String what) {
        Allocation a = new Allocation(nextStackId++, Allocation.Kind.STACK, Value.UNINIT, 0, 1, what);
        a.log = writeLog;
        a.touch();
        return a;
    }

    /** Numbers {@code n} slots that compiled frames took without making them (slot ids stay those of a generic run). */
    void skipSlots(int n) { nextStackId += n; }

    /** Set while a trace recorder tracks changes (see {@link WriteLog}); null otherwise. */
    WriteLog writeLog;

    /** A temporary stack object built by native code (e.g. the `&mut self` receiver of a nested call). */
    Allocation temp(Value v, String what) {
        Allocation a = new Allocation(nextStackId++, Allocation.Kind.STACK, v, 0, 1, what);
        a.log = writeLog;
        return a;
    }

    /** The static allocation holding a string literal's bytes (one per distinct literal). */
    Value.Ptr strLiteral(String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        Allocation a = strLiterals.computeIfAbsent(s, k ->
                new Allocation(nextStaticId++, Allocation.Kind.STATIC, new Value.Bytes(b), b.length, 1, "str literal"));
        return new Value.Ptr(a, new int[] {0}, b.length, null);
    }

    Value.Ptr staticBytes(byte[] b) {
        Allocation a = new Allocation(nextStaticId++, Allocation.Kind.STATIC, new Value.Bytes(b.clone()), b.length, 1,
                "byte string");
        return Value.Ptr.thin(a, new int[0]);
    }

    void print(boolean stderr, String text, Span span) {
        outputBytes += text.length();
        if (outputBytes > limits.maxOutputBytes())
            throw new MachineStop.Limit("limit: the program printed more than " + limits.maxOutputBytes()
                    + " bytes (see --max-output)", span);
        if (stderr) output.stderr(text);
        else output.stdout(text);
        emit(new MachineEvent.Output(span, stderr, text));
    }

    /** `FILE:LINE:COL` of a span, in the file that contains it. */
    String location(Span span) {
        SourceFile f = program.source();
        if (span == null || f == null) return "<unknown>";
        return f.location(span);
    }

    /** The value `main` returned, once its frame is popped. */
    Value mainResult;
    private boolean panickedOnce;

    boolean slotBool(Frame f, dev.heaplab.core.mir.Local l) {
        return f.slots[l.index()].root instanceof Value.Bool b && b.v();
    }

    /**
     * Prints a panic as rustc 1.95's runtime does: a blank line, the header (without the OS thread id,
     * which the conformance goldens normalise away), the message, and the backtrace note after the
     * first panic only.
     */
    void reportPanic(String message, Span span) { reportPanic(message, location(span), span); }

    void reportPanic(String message, String location) { reportPanic(message, location, current); }

    private void reportPanic(String message, String location, Span span) {
        StringBuilder sb = new StringBuilder();
        sb.append("\nthread '").append(sched.current().displayName()).append("' panicked at ").append(location).append(":\n").append(message).append('\n');
        if (!panickedOnce) sb.append("note: run with `RUST_BACKTRACE=1` environment variable to display a backtrace\n");
        panickedOnce = true;
        emit(new MachineEvent.Panic(span, message));
        print(true, sb.toString(), span);
    }

    /** A panic while unwinding: Rust aborts the process. */
    void abortInCleanup() {
        print(true, "\nthread 'main' panicked at library/core/src/panicking.rs:233:5:\npanic in a destructor during cleanup\n"
                + "thread caused non-unwinding panic. aborting.\n", current);
        throw new MachineStop.Abort("panic in a destructor during cleanup", current);
    }
}
