package dev.heaplab.core.memview;

import dev.heaplab.core.source.Span;
import dev.heaplab.core.trace.MemoryDelta;
import dev.heaplab.core.trace.MemoryDelta.FrameChange;
import dev.heaplab.core.trace.MemorySnapshot;
import dev.heaplab.core.trace.MemorySnapshot.Block;
import dev.heaplab.core.trace.MemorySnapshot.Frame;
import dev.heaplab.core.trace.MemorySnapshot.Slot;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The memory of every recorded step, stored as changes: a full snapshot every
 * {@link #CHECKPOINT_EVERY} steps and, for each step, only the slots and blocks that differ from the
 * step before. Any step is rebuilt from its checkpoint by replaying at most that many deltas.
 * Unchanged slots and blocks are shared with the previous step, never copied. The changes come
 * either from the machine itself ({@link #add(MemoryDelta)}, what a step wrote) or from comparing
 * whole snapshots ({@link #add(MemorySnapshot)}).
 */
public final class SnapshotStore {
    public static final int CHECKPOINT_EVERY = 256;

    private final List<MemorySnapshot> checkpoints = new ArrayList<>();
    private final List<MemoryDelta> deltas = new ArrayList<>();
    private MemorySnapshot last;
    /** The memory at the last recorded step, for the checkpoints of {@link #add(MemoryDelta)}. */
    private State current;

    /** Records the next step's memory, given whole. */
    public void add(MemorySnapshot s) {
        if (deltas.size() % CHECKPOINT_EVERY == 0) checkpoints.add(last == null ? s : share(s));
        deltas.add(last == null ? new MemoryDelta(s.step(), s.at(), s.frames().size(), List.of(), List.of(), new int[0], List.of(), new int[0])
                : diff(last, s));
        last = s;
    }

    /** Records the next step's memory, given as its changes (the first one from an empty memory). */
    public void add(MemoryDelta d) {
        if (current == null) current = new State(new MemorySnapshot(d.step(), d.at(), List.of(), List.of(), List.of()));
        current.apply(d);
        if (deltas.size() % CHECKPOINT_EVERY == 0) checkpoints.add(current.snapshot(d.step(), d.at()));
        deltas.add(d);
    }

    public int size() { return deltas.size(); }

    /** The memory at the last step recorded as changes (for tests: rebuilt whole, in time proportional to it). */
    MemorySnapshot current() {
        MemoryDelta d = deltas.get(deltas.size() - 1);
        return current.snapshot(d.step(), d.at());
    }

    public long step(int index) { return deltas.get(index).step(); }

    public Span at(int index) { return deltas.get(index).at(); }

    /** How many frames the running thread has at recorded step {@code index}. */
    public int frameCount(int index) { return deltas.get(index).frameCount(); }

    /** Whether memory at {@code index} differs from the step before it (the first step counts as changed). */
    public boolean changed(int index) { return index == 0 || !deltas.get(index).empty(); }

    /** The index of step number {@code step}, or -1 when it was not recorded. */
    public int indexOf(long step) {
        if (deltas.isEmpty()) return -1;
        long first = deltas.get(0).step();
        long i = step - first;
        return i >= 0 && i < deltas.size() && deltas.get((int) i).step() == step ? (int) i : -1;
    }

    /** Rebuilds the memory of recorded step {@code index}. */
    public MemorySnapshot get(int index) {
        int c = index / CHECKPOINT_EVERY;
        MemorySnapshot base = checkpoints.get(c);
        if (index == c * CHECKPOINT_EVERY) return base;
        State st = new State(base);
        for (int i = c * CHECKPOINT_EVERY + 1; i <= index; i++) st.apply(deltas.get(i));
        MemoryDelta d = deltas.get(index);
        return st.snapshot(d.step(), d.at());
    }

    /** A checkpoint that shares the unchanged parts of the previous step (mostly everything). */
    private MemorySnapshot share(MemorySnapshot s) {
        State st = new State(last);
        st.apply(diff(last, s));
        return st.snapshot(s.step(), s.at());
    }

    private static MemoryDelta diff(MemorySnapshot a, MemorySnapshot b) {
        List<FrameChange> frames = new ArrayList<>();
        for (int i = 0; i < b.frames().size(); i++) {
            Frame nf = b.frames().get(i);
            Frame of = i < a.frames().size() ? a.frames().get(i) : null;
            if (nf.equals(of)) continue;
            Map<Integer, Slot> old = new HashMap<>();
            if (of != null) for (Slot s : of.slots()) old.put(s.id(), s);
            List<Slot> put = new ArrayList<>();
            for (Slot s : nf.slots()) {
                Slot o = old.remove(s.id());
                if (!s.equals(o)) put.add(s);
            }
            frames.add(new FrameChange(i, nf.fn(), nf.depth(), put, old.keySet().stream().mapToInt(Integer::intValue).toArray()));
        }
        return new MemoryDelta(b.step(), b.at(), b.frames().size(), frames, changedBlocks(a.heap(), b.heap()),
                removedBlocks(a.heap(), b.heap()), changedBlocks(a.statics(), b.statics()),
                removedBlocks(a.statics(), b.statics()));
    }

    private static List<Block> changedBlocks(List<Block> a, List<Block> b) {
        Map<Integer, Block> old = new HashMap<>();
        for (Block x : a) old.put(x.id(), x);
        List<Block> out = new ArrayList<>();
        for (Block x : b) if (!x.equals(old.get(x.id()))) out.add(x);
        return out;
    }

    private static int[] removedBlocks(List<Block> a, List<Block> b) {
        Map<Integer, Block> now = new HashMap<>();
        for (Block x : b) now.put(x.id(), x);
        return a.stream().filter(x -> !now.containsKey(x.id())).mapToInt(Block::id).toArray();
    }

    /** A snapshot being rebuilt. */
    private static final class State {
        final List<String> fns = new ArrayList<>();
        final List<Integer> depths = new ArrayList<>();
        final List<TreeMap<Integer, Slot>> frames = new ArrayList<>();
        final TreeMap<Integer, Block> heap = new TreeMap<>(), statics = new TreeMap<>();

        State(MemorySnapshot s) {
            for (Frame f : s.frames()) {
                fns.add(f.fn());
                depths.add(f.depth());
                TreeMap<Integer, Slot> slots = new TreeMap<>();
                for (Slot x : f.slots()) slots.put(x.id(), x);
                frames.add(slots);
            }
            for (Block b : s.heap()) heap.put(b.id(), b);
            for (Block b : s.statics()) statics.put(b.id(), b);
        }

        void apply(MemoryDelta d) {
            while (frames.size() > d.frameCount()) {
                int last = frames.size() - 1;
                frames.remove(last);
                fns.remove(last);
                depths.remove(last);
            }
            for (FrameChange c : d.frames()) {
                while (frames.size() <= c.index()) {
                    frames.add(new TreeMap<>());
                    fns.add(c.fn());
                    depths.add(c.depth());
                }
                fns.set(c.index(), c.fn());
                depths.set(c.index(), c.depth());
                TreeMap<Integer, Slot> slots = frames.get(c.index());
                for (int id : c.removed()) slots.remove(id);
                for (Slot x : c.put()) slots.put(x.id(), x);
            }
            for (int id : d.heapRemoved()) heap.remove(id);
            for (Block b : d.heapPut()) heap.put(b.id(), b);
            for (int id : d.staticRemoved()) statics.remove(id);
            for (Block b : d.staticPut()) statics.put(b.id(), b);
        }

        MemorySnapshot snapshot(long step, Span at) {
            List<Frame> fs = new ArrayList<>();
            for (int i = 0; i < frames.size(); i++) fs.add(new Frame(fns.get(i), depths.get(i), new ArrayList<>(frames.get(i).values())));
            return new MemorySnapshot(step, at, fs, new ArrayList<>(heap.values()), new ArrayList<>(statics.values()));
        }
    }
}
