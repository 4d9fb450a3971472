package dev.heaplab.core.dataflow;

import dev.heaplab.core.mir.Body;
import dev.heaplab.core.mir.Local;
import dev.heaplab.core.mir.Operand;
import dev.heaplab.core.mir.Place;
import dev.heaplab.core.mir.Rvalue;
import dev.heaplab.core.mir.Statement;
import dev.heaplab.core.mir.Terminator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The move paths of a body: each local, and each field (through enum downcasts), constant
 * index of an array (a slice pattern's element) or `Box` dereference of a move path that the body
 * mentions. A place maps to the longest move path that is a prefix of it, stopping at the first
 * index or dereference of a reference (one cannot move out through those; out of a `Box`, one can).
 */
public final class MovePaths {
    /** A path: its parent (-1 for a local), its local, and its projections (Field/Downcast/ConstantIndex only). */
    public record MovePath(int index, int parent, Local local, List<Place.Projection> projections) {}

    private final List<MovePath> paths = new ArrayList<>();
    private final List<List<Integer>> children = new ArrayList<>();
    private final Map<Key, Integer> byKey = new HashMap<>();

    private record Key(int parent, Place.Projection elem) {}

    /** Which dereferences are of a `Box` (null: none are taken as such). */
    private final PlaceTypes types;

    public MovePaths(Body body, PlaceTypes types) {
        this.types = types;
        for (int i = 0; i < body.locals().size(); i++) add(-1, new Local(i), List.of(), null);
        for (Body.BasicBlock bb : body.blocks()) {
            for (Statement s : bb.statements()) visitStatement(s);
            visitTerminator(bb.terminator());
        }
    }

    private int add(int parent, Local local, List<Place.Projection> projs, Place.Projection elem) {
        int idx = paths.size();
        paths.add(new MovePath(idx, parent, local, List.copyOf(projs)));
        children.add(new ArrayList<>());
        if (parent >= 0) {
            children.get(parent).add(idx);
            byKey.put(new Key(parent, normalise(elem)), idx);
        }
        return idx;
    }

    /** Field types do not identify a path; only indices do. */
    private static Place.Projection normalise(Place.Projection p) {
        return p instanceof Place.Projection.Field f ? new Place.Projection.Field(f.index(), null) : p;
    }

    private void intern(Place place) {
        int cur = place.local().index();
        List<Place.Projection> projs = new ArrayList<>();
        for (Place.Projection p : place.projections()) {
            if (!isPathElem(place, projs.size(), p)) return;
            projs.add(p);
            Integer next = byKey.get(new Key(cur, normalise(p)));
            cur = next != null ? next : add(cur, place.local(), projs, p);
        }
    }

    private void visitStatement(Statement s) {
        switch (s) {
            case Statement.Assign a -> { intern(a.place()); visitRvalue(a.rvalue()); }
            case Statement.PlaceMention f -> intern(f.place());
            case Statement.SetDiscriminant d -> intern(d.place());
            case Statement.StorageLive l -> { }
            case Statement.StorageDead d -> { }
            case Statement.SetDropFlag f -> { }
            case Statement.Nop n -> { }
        }
    }

    private void visitRvalue(Rvalue rv) {
        switch (rv) {
            case Rvalue.Use u -> visitOperand(u.operand());
            case Rvalue.Repeat r -> visitOperand(r.operand());
            case Rvalue.Ref r -> intern(r.place());
            case Rvalue.RawPtr r -> intern(r.place());
            case Rvalue.Len l -> intern(l.place());
            case Rvalue.Cast c -> visitOperand(c.operand());
            case Rvalue.BinaryOp b -> { visitOperand(b.lhs()); visitOperand(b.rhs()); }
            case Rvalue.CheckedBinaryOp b -> { visitOperand(b.lhs()); visitOperand(b.rhs()); }
            case Rvalue.UnaryOp u -> visitOperand(u.operand());
            case Rvalue.Discriminant d -> intern(d.place());
            case Rvalue.Aggregate a -> a.operands().forEach(this::visitOperand);
            case Rvalue.ClosureValue c -> c.captures().forEach(this::visitOperand);
        }
    }

    private void visitOperand(Operand o) {
        switch (o) {
            case Operand.Copy c -> intern(c.place());
            case Operand.Move m -> intern(m.place());
            case Operand.Constant k -> { }
        }
    }

    private void visitTerminator(Terminator t) {
        switch (t) {
            case Terminator.Call c -> { visitOperand(c.func()); c.args().forEach(this::visitOperand); intern(c.destination()); }
            case Terminator.Drop d -> intern(d.place());
            case Terminator.SwitchInt s -> visitOperand(s.discr());
            case Terminator.Assert a -> visitOperand(a.cond());
            case Terminator.Goto g -> { }
            case Terminator.Return r -> { }
            case Terminator.UnwindResume r -> { }
            case Terminator.Unreachable u -> { }
        }
    }

    public int size() { return paths.size(); }

    public MovePath path(int i) { return paths.get(i); }

    public List<Integer> children(int i) { return children.get(i); }

    /** The longest move path that is a prefix of {@code place}, and whether it is all of it. */
    public Lookup lookup(Place place) {
        int cur = place.local().index();
        int used = 0;
        for (Place.Projection p : place.projections()) {
            if (!isPathElem(place, used, p)) break;
            Integer next = byKey.get(new Key(cur, normalise(p)));
            if (next == null) break;
            cur = next;
            used++;
        }
        return new Lookup(cur, used == place.projections().size(), used);
    }

    /**
     * A constant index is only met before any dereference, so on an array: its elements are moved
     * out one by one (`let [a, ..] = names;`), as rustc's move paths do.
     */
    private boolean isPathElem(Place place, int at, Place.Projection p) {
        return switch (p) {
            case Place.Projection.Field f -> true;
            case Place.Projection.Downcast d -> true;
            case Place.Projection.ConstantIndex c -> true;
            // `let s = *b;` moves the String out and leaves `b` partly moved, as rustc's paths do.
            case Place.Projection.Deref d -> types != null && types.isBox(types.typeAt(place, at));
            case Place.Projection.Index i -> false;
            case Place.Projection.Subslice s -> false;
        };
    }

    /** The path found, whether it is the whole place, and how many of the place's projections it covers. */
    public record Lookup(int path, boolean exact, int used) {}

    /** Calls {@code f} on the path and all its descendants. */
    public void forSelfAndDescendants(int path, java.util.function.IntConsumer f) {
        f.accept(path);
        List<Integer> cs = children.get(path);
        for (int i = 0; i < cs.size(); i++) forSelfAndDescendants(cs.get(i), f);
    }
}
