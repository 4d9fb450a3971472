package dev.heaplab.core.interp;

import dev.heaplab.core.interp.SnapshotBuilder.Owned;
import dev.heaplab.core.trace.ChangeTracker;
import dev.heaplab.core.trace.MemoryDelta;
import dev.heaplab.core.trace.MemoryDelta.FrameChange;
import dev.heaplab.core.trace.MemorySnapshot.Block;
import dev.heaplab.core.trace.MemorySnapshot.Slot;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Keeps the snapshot of {@link SnapshotBuilder#snapshot()} up to date from what each step touched
 * (see {@link WriteLog}), and reports the difference as a {@link MemoryDelta}: a step costs what it
 * changed, not what is live. It must give exactly the full builder's snapshot; what an element's
 * description depends on beyond its own allocation:
 * <ul>
 * <li>a slot: its frame's liveness marks (reported as touches of the slot) and nothing else;</li>
 * <li>a heap block: its owner, the first claim met breadth-first from the stack (an owning
 *     pointer's type, and a Vec/String header's len and cap). Claims are indexed per block; when
 *     all claims on a block agree (the usual case), the order does not matter and only whether the
 *     block is reachable from the stack does. Reachability is kept with a support forest: each
 *     typed block has a parent claimant whose chain leads to a slot; losing another claimant costs
 *     nothing, losing the parent looks for another supported claimant, else searches backwards;</li>
 * <li>when claims disagree, owners are recomputed breadth-first over the stored claims (no
 *     redrawing), at every step while such a block exists;</li>
 * <li>static blocks: shown while some description points to them (reference counts).</li>
 * </ul>
 * A switch of thread (the scheduler swaps the frame stack) rebuilds everything.
 */
final class SnapshotTracker implements ChangeTracker, WriteLog {
    private final Interp m;
    private final SnapshotBuilder.Render render, staticRender;

    /** A slot or a heap block, with what its description claims and points to. */
    private abstract static sealed class Elem permits SlotElem, BlockElem {
        List<Owned> claims = List.of();
        List<Allocation> statics = List.of();
        boolean dirty, gone;
    }

    private static final class SlotElem extends Elem {
        final FrameState frame;
        final int local;
        Allocation alloc;
        Slot shown;

        SlotElem(FrameState frame, int local) {
            this.frame = frame;
            this.local = local;
            this.alloc = frame.f.slots[local];
        }
    }

    private static final class BlockElem extends Elem {
        final int id;
        Allocation alloc;
        Owned owner;
        Elem parent;
        Block block;

        BlockElem(Allocation alloc) {
            this.id = alloc.id();
            this.alloc = alloc;
        }
    }

    private record Claim(Elem from, Owned o) {}

    private static final class FrameState {
        final Frame f;
        final int index;
        final SlotElem[] slots;

        FrameState(Frame f, int index) {
            this.f = f;
            this.index = index;
            this.slots = new SlotElem[f.slots.length];
        }

        List<Slot> shown() {
            List<Slot> out = new ArrayList<>();
            for (int l = 1; l < slots.length; l++) if (slots[l].shown != null) out.add(slots[l].shown);
            return out;
        }
    }

    /** A frame as it was at the previous step (null fn: there was no frame at that index). */
    private record FrameBefore(String fn, List<Slot> slots) {}

    private static final FrameBefore ABSENT = new FrameBefore(null, List.of());

    private final ArrayList<FrameState> frames = new ArrayList<>();
    private ArrayList<Frame> framesList;
    private final IdentityHashMap<Allocation, SlotElem> slotOf = new IdentityHashMap<>();
    private final HashMap<Integer, BlockElem> blocks = new HashMap<>();
    private final HashMap<Integer, ArrayList<Claim>> claimsOn = new HashMap<>();
    private final HashMap<Integer, Integer> staticRefs = new HashMap<>();
    private final HashMap<Integer, Block> statics = new HashMap<>();

    private ArrayList<Allocation> touched = new ArrayList<>();
    private final ArrayDeque<Elem> dirty = new ArrayDeque<>();
    private final LinkedHashSet<Integer> affected = new LinkedHashSet<>();
    /** Blocks that lost their claims or their parent: settled only once every gain has spread. */
    private final LinkedHashSet<Integer> losing = new LinkedHashSet<>();
    private final HashSet<Integer> conflicted = new HashSet<>();

    /** The published values of what this step changed, as they were at the previous step. */
    private final HashMap<Integer, FrameBefore> framesBefore = new HashMap<>();
    private final IdentityHashMap<SlotElem, Slot> slotBefore = new IdentityHashMap<>();
    private final HashMap<Integer, Block> blockBefore = new HashMap<>(), staticBefore = new HashMap<>();
    private boolean started;

    /** How many times the stored claims were walked breadth-first, and the whole memory rebuilt (for tests). */
    long breadthFirstPasses, rebuilds;

    SnapshotTracker(Interp m, SnapshotBuilder.Render render, SnapshotBuilder.Render staticRender) {
        this.m = m;
        this.render = render;
        this.staticRender = staticRender;
    }

    // --- WriteLog ---

    @Override public void touched(Allocation a) { touched.add(a); }

    @Override public List<Allocation> nestedStart() { return new ArrayList<>(touched); }

    @Override public void nestedDone(List<Allocation> before) { touched.addAll(before); }

    // --- ChangeTracker ---

    @Override public MemoryDelta delta() {
        if (!started || m.frames != framesList) {
            rebuild();
        } else {
            syncFrames();
            ArrayList<Allocation> t = touched;
            touched = new ArrayList<>();
            for (Allocation a : t) touch(a);
        }
        settle();
        return emit();
    }

    private void rebuild() {
        rebuilds++;
        for (FrameState fs : frames) framesBefore.putIfAbsent(fs.index, new FrameBefore(fs.f.name, fs.shown()));
        for (BlockElem b : blocks.values()) blockBefore.putIfAbsent(b.id, b.block);
        for (Map.Entry<Integer, Block> e : statics.entrySet()) staticBefore.putIfAbsent(e.getKey(), e.getValue());
        frames.clear();
        slotOf.clear();
        blocks.clear();
        claimsOn.clear();
        staticRefs.clear();
        statics.clear();
        dirty.clear();
        affected.clear();
        losing.clear();
        conflicted.clear();
        touched = new ArrayList<>();
        started = true;
        framesList = m.frames;
        for (int i = 0; i < framesList.size(); i++) pushFrame(framesList.get(i), i);
        for (Allocation a : m.heap.liveAllocations()) addBlock(a);
    }

    /** Frames are a stack: compare from the top until the frame there is the one seen before. */
    private void syncFrames() {
        ArrayList<Frame> fr = m.frames;
        int common = Math.min(frames.size(), fr.size());
        while (common > 0 && frames.get(common - 1).f != fr.get(common - 1)) common--;
        for (int i = frames.size() - 1; i >= common; i--) {
            FrameState fs = frames.remove(i);
            framesBefore.putIfAbsent(i, new FrameBefore(fs.f.name, fs.shown()));
            for (int l = 1; l < fs.slots.length; l++) {
                SlotElem s = fs.slots[l];
                s.gone = true;
                slotOf.remove(s.alloc);
                updateClaims(s, List.of());
                updateStatics(s, List.of());
            }
        }
        for (int i = common; i < fr.size(); i++) pushFrame(fr.get(i), i);
    }

    private void pushFrame(Frame f, int index) {
        framesBefore.putIfAbsent(index, ABSENT);
        FrameState fs = new FrameState(f, index);
        for (int l = 1; l < f.slots.length; l++) {
            SlotElem s = new SlotElem(fs, l);
            fs.slots[l] = s;
            slotOf.put(s.alloc, s);
            markDirty(s);
        }
        frames.add(fs);
    }

    private void touch(Allocation a) {
        switch (a.kind()) {
            case STACK -> {
                SlotElem s = slotOf.get(a);
                if (s != null) markDirty(s);
                else if (m.ubChecks) rekeyTop();
            }
            case HEAP -> {
                BlockElem b = blocks.get(a.id());
                Allocation now = m.heap.live(a.id());
                if (now == null) {
                    if (b != null) removeBlock(b);
                } else if (b == null) {
                    addBlock(now);
                } else {
                    if (b.alloc != now) { // moved by a realloc: claims on the old allocation no longer count
                        b.alloc = now;
                        affected.add(b.id);
                    }
                    markDirty(b);
                }
            }
            case STATIC -> { }
        }
    }

    /** With undefined-behaviour checks, StorageDead gives the top frame's slot a new allocation. */
    private void rekeyTop() {
        if (frames.isEmpty()) return;
        FrameState fs = frames.get(frames.size() - 1);
        for (int l = 1; l < fs.slots.length; l++) {
            SlotElem s = fs.slots[l];
            if (fs.f.slots[l] == s.alloc) continue;
            slotOf.remove(s.alloc);
            s.alloc = fs.f.slots[l];
            slotOf.put(s.alloc, s);
            markDirty(s);
        }
    }

    private void addBlock(Allocation a) {
        blockBefore.putIfAbsent(a.id(), null);
        BlockElem b = new BlockElem(a);
        blocks.put(b.id, b);
        markDirty(b);
        affected.add(b.id);
    }

    private void removeBlock(BlockElem b) {
        blockBefore.putIfAbsent(b.id, b.block);
        b.gone = true;
        blocks.remove(b.id);
        conflicted.remove(b.id);
        updateClaims(b, List.of());
        updateStatics(b, List.of());
    }

    private void markDirty(Elem e) {
        if (e.dirty || e.gone) return;
        e.dirty = true;
        dirty.add(e);
    }

    // --- redrawing and owners ---

    /**
     * Redraws what is dirty and settles owners until nothing changes. Losses wait until the gains have
     * spread: a Box just allocated is first drawn untyped, and the block it now owns would otherwise
     * look unclaimed for a moment, and with it everything below (a whole list, at every push).
     */
    private void settle() {
        while (true) {
            while (!dirty.isEmpty()) redraw(dirty.poll());
            if (!affected.isEmpty()) {
                Integer[] ids = affected.toArray(new Integer[0]);
                affected.clear();
                for (int id : ids) resolve(id, false);
                continue;
            }
            if (!losing.isEmpty()) {
                Integer[] ids = losing.toArray(new Integer[0]);
                losing.clear();
                for (int id : ids) resolve(id, true);
                continue;
            }
            if (!conflicted.isEmpty() && breadthFirst()) continue;
            return;
        }
    }

    private void redraw(Elem e) {
        e.dirty = false;
        if (e.gone) return;
        render.reset();
        if (e instanceof SlotElem s) {
            Slot now = render.slot(s.frame.f, s.local);
            if (!slotBefore.containsKey(s)) slotBefore.put(s, s.shown);
            s.shown = now;
        } else {
            BlockElem b = (BlockElem) e;
            Block now = render.safeBlock(b.alloc, b.owner);
            if (!blockBefore.containsKey(b.id)) blockBefore.put(b.id, b.block);
            b.block = now;
        }
        updateClaims(e, render.claims);
        updateStatics(e, render.statics);
    }

    private void updateClaims(Elem e, List<Owned> now) {
        if (e.claims.equals(now)) return;
        for (Owned o : e.claims) {
            ArrayList<Claim> cl = claimsOn.get(o.alloc().id());
            if (cl == null) continue;
            for (int i = 0; i < cl.size(); i++) {
                Claim c = cl.get(i);
                if (c.from == e && c.o.equals(o)) {
                    cl.remove(i);
                    break;
                }
            }
            if (cl.isEmpty()) claimsOn.remove(o.alloc().id());
            affected.add(o.alloc().id());
        }
        e.claims = now.isEmpty() ? List.of() : List.copyOf(now);
        for (Owned o : e.claims) {
            claimsOn.computeIfAbsent(o.alloc().id(), k -> new ArrayList<>(2)).add(new Claim(e, o));
            affected.add(o.alloc().id());
        }
    }

    private void updateStatics(Elem e, List<Allocation> now) {
        if (e.statics.isEmpty() && now.isEmpty()) return;
        List<Allocation> old = e.statics;
        e.statics = now.isEmpty() ? List.of() : List.copyOf(now);
        for (Allocation a : e.statics) {
            if (staticRefs.merge(a.id(), 1, Integer::sum) == 1) {
                if (!staticBefore.containsKey(a.id())) staticBefore.put(a.id(), statics.get(a.id()));
                staticRender.reset();
                statics.put(a.id(), staticRender.staticBlock(a));
            }
        }
        for (Allocation a : old) {
            if (staticRefs.merge(a.id(), -1, Integer::sum) == 0) {
                staticRefs.remove(a.id());
                if (!staticBefore.containsKey(a.id())) staticBefore.put(a.id(), statics.get(a.id()));
                statics.remove(a.id());
            }
        }
    }

    /** A claim counts when its claimant is drawn typed and it names the block's live allocation. */
    private static boolean effective(Claim c, BlockElem b) {
        if (c.o.alloc() != b.alloc || c.from.gone) return false;
        return c.from instanceof SlotElem || ((BlockElem) c.from).owner != null;
    }

    private boolean claims(Elem from, BlockElem b) {
        ArrayList<Claim> cl = claimsOn.get(b.id);
        if (cl != null) for (Claim c : cl) if (c.from == from && effective(c, b)) return true;
        return false;
    }

    /** Whether {@code x}'s chain of parents reaches a slot without going through {@code b}. */
    private boolean supported(Elem x, BlockElem b) {
        for (int guard = blocks.size() + 1; guard >= 0; guard--) {
            if (x instanceof SlotElem s) return !s.gone;
            BlockElem y = (BlockElem) x;
            if (y == b || y.gone || y.owner == null || y.parent == null || !claims(y.parent, y)) return false;
            x = y.parent;
        }
        return false;
    }

    private void resolve(int id, boolean lossesNow) {
        BlockElem b = blocks.get(id);
        if (b == null) return;
        ArrayList<Claim> cl = claimsOn.get(id);
        Owned first = null;
        boolean conflict = false, parentOk = false;
        if (cl != null) {
            for (Claim c : cl) {
                if (!effective(c, b)) continue;
                if (first == null) first = c.o;
                else if (!first.equals(c.o)) conflict = true;
                if (c.from == b.parent) parentOk = true;
            }
        }
        if (conflict) conflicted.add(id);
        else conflicted.remove(id);
        if (first == null) {
            if (!lossesNow && b.owner != null) {
                losing.add(id);
                return;
            }
            b.parent = null;
            setOwner(b, null);
            return;
        }
        boolean wasTyped = b.owner != null;
        if (!wasTyped || !parentOk) {
            Elem p = null;
            for (Claim c : cl) {
                if (effective(c, b) && supported(c.from, b)) {
                    p = c.from;
                    break;
                }
            }
            if (p != null) {
                b.parent = p;
            } else if (!lossesNow) {
                losing.add(id);
                return;
            } else if (!searchBack(b)) {
                return;
            }
        }
        // with disagreeing claims the breadth-first pass decides; a block just reached takes one meanwhile
        if (!conflict || !wasTyped) setOwner(b, first);
    }

    /**
     * Searches the claimants of {@code b} backwards for a slot. Found: the path becomes the parents'
     * chain. Not found: {@code b} and everything that reaches it are unreachable, drawn untyped.
     */
    private boolean searchBack(BlockElem b) {
        ArrayDeque<BlockElem> queue = new ArrayDeque<>();
        IdentityHashMap<BlockElem, BlockElem> toward = new IdentityHashMap<>();
        toward.put(b, b);
        queue.add(b);
        while (!queue.isEmpty()) {
            BlockElem y = queue.poll();
            ArrayList<Claim> cl = claimsOn.get(y.id);
            if (cl == null) continue;
            for (Claim c : cl) {
                if (!effective(c, y)) continue;
                if (c.from instanceof SlotElem) {
                    y.parent = c.from;
                    for (BlockElem z = y; z != b; ) {
                        BlockElem w = toward.get(z);
                        w.parent = z;
                        z = w;
                    }
                    return true;
                }
                BlockElem x = (BlockElem) c.from;
                if (!toward.containsKey(x)) {
                    toward.put(x, y);
                    queue.add(x);
                }
            }
        }
        for (BlockElem u : toward.keySet()) {
            u.parent = null;
            setOwner(u, null);
        }
        return false;
    }

    private void setOwner(BlockElem b, Owned o) {
        if (Objects.equals(b.owner, o)) return;
        b.owner = o;
        markDirty(b);
    }

    /** Owners as the full builder finds them: first claim met breadth-first from the stack. */
    private boolean breadthFirst() {
        breadthFirstPasses++;
        HashMap<Integer, Owned> owner = new HashMap<>();
        HashMap<Integer, Elem> parent = new HashMap<>();
        ArrayDeque<BlockElem> queue = new ArrayDeque<>();
        for (FrameState fs : frames)
            for (int l = 1; l < fs.slots.length; l++) visitClaims(fs.slots[l], owner, parent, queue);
        while (!queue.isEmpty()) visitClaims(queue.poll(), owner, parent, queue);
        boolean changed = false;
        for (BlockElem b : blocks.values()) {
            Owned o = owner.get(b.id);
            if (!Objects.equals(o, b.owner)) {
                changed = true;
                setOwner(b, o);
            }
            b.parent = parent.get(b.id);
        }
        return changed;
    }

    private void visitClaims(Elem e, Map<Integer, Owned> owner, Map<Integer, Elem> parent, ArrayDeque<BlockElem> queue) {
        for (Owned o : e.claims) {
            BlockElem t = blocks.get(o.alloc().id());
            if (t == null || t.alloc != o.alloc()) continue;
            if (owner.putIfAbsent(t.id, o) == null) {
                parent.put(t.id, e);
                queue.add(t);
            }
        }
    }

    // --- the delta ---

    private MemoryDelta emit() {
        TreeMap<Integer, FrameChange> changes = new TreeMap<>();
        for (Map.Entry<Integer, FrameBefore> e : framesBefore.entrySet()) {
            int i = e.getKey();
            if (i >= frames.size()) continue;
            FrameState fs = frames.get(i);
            FrameBefore old = e.getValue();
            List<Slot> now = fs.shown();
            if (old != ABSENT && old.fn().equals(fs.f.name) && old.slots().equals(now)) continue;
            Map<Integer, Slot> oldById = new HashMap<>();
            for (Slot s : old.slots()) oldById.put(s.id(), s);
            List<Slot> put = new ArrayList<>();
            for (Slot s : now) if (!s.equals(oldById.remove(s.id()))) put.add(s);
            changes.put(i, new FrameChange(i, fs.f.name, i, put, oldById.keySet().stream().mapToInt(Integer::intValue).sorted().toArray()));
        }
        TreeMap<Integer, TreeMap<Integer, SlotElem>> slotChanges = new TreeMap<>();
        for (Map.Entry<SlotElem, Slot> e : slotBefore.entrySet()) {
            SlotElem s = e.getKey();
            if (s.gone || framesBefore.containsKey(s.frame.index) || Objects.equals(s.shown, e.getValue())) continue;
            slotChanges.computeIfAbsent(s.frame.index, k -> new TreeMap<>()).put(s.local, s);
        }
        for (Map.Entry<Integer, TreeMap<Integer, SlotElem>> e : slotChanges.entrySet()) {
            List<Slot> put = new ArrayList<>();
            List<Integer> removed = new ArrayList<>();
            for (SlotElem s : e.getValue().values()) {
                if (s.shown != null) put.add(s.shown);
                else removed.add(slotBefore.get(s).id());
            }
            FrameState fs = frames.get(e.getKey());
            changes.put(e.getKey(), new FrameChange(e.getKey(), fs.f.name, e.getKey(), put,
                    removed.stream().mapToInt(Integer::intValue).toArray()));
        }
        List<Block> heapPut = new ArrayList<>();
        List<Integer> heapRemoved = new ArrayList<>();
        for (Map.Entry<Integer, Block> e : new TreeMap<>(blockBefore).entrySet()) {
            BlockElem b = blocks.get(e.getKey());
            Block now = b == null ? null : b.block;
            if (now == null) {
                if (e.getValue() != null) heapRemoved.add(e.getKey());
            } else if (!now.equals(e.getValue())) {
                heapPut.add(now);
            }
        }
        List<Block> staticPut = new ArrayList<>();
        List<Integer> staticRemoved = new ArrayList<>();
        for (Map.Entry<Integer, Block> e : new TreeMap<>(staticBefore).entrySet()) {
            Block now = statics.get(e.getKey());
            if (now == null) {
                if (e.getValue() != null) staticRemoved.add(e.getKey());
            } else if (!now.equals(e.getValue())) {
                staticPut.add(now);
            }
        }
        framesBefore.clear();
        slotBefore.clear();
        blockBefore.clear();
        staticBefore.clear();
        return new MemoryDelta(m.steps, m.current, frames.size(), new ArrayList<>(changes.values()), heapPut,
                heapRemoved.stream().mapToInt(Integer::intValue).toArray(), staticPut,
                staticRemoved.stream().mapToInt(Integer::intValue).toArray());
    }
}
