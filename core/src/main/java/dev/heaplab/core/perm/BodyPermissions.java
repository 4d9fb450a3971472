package dev.heaplab.core.perm;

import dev.heaplab.core.borrowck.BorrowFacts;
import dev.heaplab.core.dataflow.InitAnalysis;
import dev.heaplab.core.dataflow.InitState;
import dev.heaplab.core.dataflow.MovePaths;
import dev.heaplab.core.dataflow.PlaceTypes;
import dev.heaplab.core.mir.BlockId;
import dev.heaplab.core.mir.Body;
import dev.heaplab.core.mir.Local;
import dev.heaplab.core.mir.LocalDecl;
import dev.heaplab.core.mir.Location;
import dev.heaplab.core.mir.Operand;
import dev.heaplab.core.mir.Place;
import dev.heaplab.core.mir.Rvalue;
import dev.heaplab.core.mir.Statement;
import dev.heaplab.core.mir.Terminator;
import dev.heaplab.core.perm.PermissionTable.Access;
import dev.heaplab.core.source.SourceFile;
import dev.heaplab.core.source.Span;
import dev.heaplab.core.types.ProgramDefs;
import dev.heaplab.core.types.Ty;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Permissions of the named places of one body at every program point, derived from the checker's
 * facts: initialisation and moves ({@link InitAnalysis}), declared mutability, and the loans in
 * scope ({@link BorrowFacts}, non-lexical). Rules: a variable has R and O, plus W when `mut`; `*r`
 * has R, plus W when `r` is `&mut`, never O; a move or missing initialisation removes all; a shared
 * loan (or a two-phase one not yet activated) removes W and O from the places it overlaps; a
 * mutable loan removes R, W and O. Each access is then checked against what it needs.
 */
final class BodyPermissions {
    /** An access of a place at a location, and what it needs; {@code loansOnly} ignores moves and `mut` (end of scope). */
    private record Need(Place place, Access access, Perms perms, boolean shallow, boolean ignoreInit, boolean loansOnly, int exceptLoan) {
        /** A write: needs W; assigning a whole variable ignores its initialisation, a field that of its parent. */
        static Need write(Place p) { return new Need(p, Access.WRITE, Perms.W, true, p.isLocal(), false, -1); }
    }

    /** The states of the displayed places at one point, by name; absent when out of scope. */
    private record Snapshot(Map<String, PlaceState> places) {}

    private final Body body;
    private final boolean withRows;
    private final SourceFile source;
    private final PlaceTypes types;
    private final MovePaths paths;
    private final InitAnalysis init;
    private final BorrowFacts facts;
    private final List<Place> shown;
    private final BitSet[] storageEntry;
    private final Map<Integer, Location> lastUse = new HashMap<>();
    /** Per line: the state after its last location in reverse postorder. */
    private final TreeMap<Integer, Snapshot> lineAfter = new TreeMap<>();
    /** Per line: the places reserved by a two-phase `&mut` and read before its activation. */
    private final TreeMap<Integer, Set<String>> reservations = new TreeMap<>();
    private final TreeMap<Integer, List<PermissionTable.Violation>> violations = new TreeMap<>();

    /** {@code withRows}: also record the per-line states that {@link #rows} shows (checking accesses does not need them). */
    BodyPermissions(Body body, ProgramDefs defs, SourceFile source, boolean withRows,
                    Map<dev.heaplab.core.types.DefId, Body> bodies) {
        this.body = body;
        this.withRows = withRows;
        this.source = source;
        this.types = new PlaceTypes(body, defs);
        this.paths = new MovePaths(body, types);
        this.init = new InitAnalysis(body, paths);
        this.facts = new BorrowFacts(body, defs, bodies);
        this.shown = shownPlaces();
        this.storageEntry = storage();
        findLastUses();
        for (int b : reversePostorder()) walk(b);
    }

    BorrowFacts facts() { return facts; }

    Map<Integer, Location> lastUses() { return lastUse; }

    int line(Span s) { return source.line(s.lo()); }

    // ---- places shown -------------------------------------------------------------------------

    private boolean userLocal(Local l) {
        LocalDecl d = body.local(l);
        return d.name() != null && (d.kind() == LocalDecl.Kind.USER || d.kind() == LocalDecl.Kind.ARG);
    }

    /** Named variables, `*r` for references, and the fields of variables the body borrows, moves or assigns. */
    private List<Place> shownPlaces() {
        Set<Place> out = new LinkedHashSet<>();
        for (int i = 0; i < body.locals().size(); i++) {
            Local l = new Local(i);
            if (!userLocal(l)) continue;
            out.add(Place.of(l));
            if (body.local(l).ty() instanceof Ty.Ref) out.add(Place.of(l).deref());
        }
        List<Place> fields = new ArrayList<>();
        for (Body.BasicBlock bb : body.blocks()) {
            for (Statement st : bb.statements()) {
                if (!(st instanceof Statement.Assign a)) continue;
                fields.add(a.place());
                if (a.rvalue() instanceof Rvalue.Ref r) fields.add(r.place());
                forOperands(a.rvalue(), o -> { if (o instanceof Operand.Move m) fields.add(m.place()); });
            }
        }
        for (Place p : fields) {
            if (p.isLocal() || !userLocal(p.local())) continue;
            if (p.projections().stream().allMatch(x -> x instanceof Place.Projection.Field)) out.add(p);
        }
        return List.copyOf(out);
    }

    String name(Place p) { return types.name(p); }

    // ---- storage (which variables are in scope) -------------------------------------------------

    private BitSet[] storage() {
        BitSet[] entry = new BitSet[body.blocks().size()];
        BitSet start = new BitSet();
        for (int i = 1; i <= body.argCount(); i++) start.set(i);
        entry[0] = start;
        ArrayDeque<Integer> work = new ArrayDeque<>(List.of(0));
        while (!work.isEmpty()) {
            int b = work.poll();
            BitSet s = (BitSet) entry[b].clone();
            for (Statement st : body.blocks().get(b).statements()) applyStorage(s, st);
            for (BlockId succ : InitAnalysis.successors(body.blocks().get(b).terminator())) {
                BitSet e = entry[succ.index()];
                if (e == null) { entry[succ.index()] = (BitSet) s.clone(); work.add(succ.index()); }
                else if (!contains(e, s)) { e.or(s); work.add(succ.index()); }
            }
        }
        return entry;
    }

    private static boolean contains(BitSet big, BitSet small) {
        BitSet x = (BitSet) small.clone();
        x.andNot(big);
        return x.isEmpty();
    }

    private static void applyStorage(BitSet s, Statement st) {
        if (st instanceof Statement.StorageLive l) s.set(l.local().index());
        else if (st instanceof Statement.StorageDead d) s.clear(d.local().index());
    }

    // ---- loans: last uses -----------------------------------------------------------------------

    /** A loan's last use: the latest location (in the source) after which no live local holds it. */
    private void findLastUses() {
        for (BorrowFacts.LoanView l : facts.loans()) lastUse.put(l.id(), l.created());
        Map<Integer, Integer> best = new HashMap<>();
        for (int b = 0; b < body.blocks().size(); b++) {
            Body.BasicBlock bb = body.blocks().get(b);
            if (bb.cleanup()) continue;
            for (int i = 0; i <= bb.statements().size(); i++) {
                Location at = new Location(new BlockId(b), i);
                if (i < bb.statements().size() && bb.statements().get(i) instanceof Statement.StorageDead) continue;
                BorrowFacts.Scope before = facts.before(at), after = facts.after(at);
                if (before == null) continue;
                BitSet ended = (BitSet) before.loans().clone();
                ended.andNot(after.loans());
                int pos = spanAt(at).lo();
                for (int id = ended.nextSetBit(0); id >= 0; id = ended.nextSetBit(id + 1)) {
                    if (best.getOrDefault(id, Integer.MIN_VALUE) < pos) {
                        best.put(id, pos);
                        lastUse.put(id, at);
                    }
                }
            }
        }
    }

    Span spanAt(Location at) {
        Body.BasicBlock bb = body.block(at.block());
        return at.index() < bb.statements().size() ? bb.statements().get(at.index()).span() : bb.terminator().span();
    }

    // ---- permissions of a place ----------------------------------------------------------------

    /** The permissions of {@code p} given the facts at a point; {@code at} locates the point for move sites. */
    /** Which facts count: all; all but the place's own initialisation (assigning it); only its container's; only loans. */
    enum Facts { ALL, NOT_OWN_INIT, PARENT_INIT, LOANS_ONLY }

    private PlaceState state(Place p, InitState s, BorrowFacts.Scope scope, Location at, boolean shallow, int exceptLoan) {
        return state(p, s, scope, at, shallow, exceptLoan, Facts.ALL);
    }

    private PlaceState state(Place p, InitState s, BorrowFacts.Scope scope, Location at, boolean shallow, int exceptLoan, Facts mode) {
        Perms perms = Perms.ALL;
        Map<Perm, Reason> why = new EnumMap<>(Perm.class);
        if (mode != Facts.LOANS_ONLY) perms = owned(p, s, at, mode, perms, why);
        return new PlaceState(name(p), loans(p, scope, shallow, exceptLoan, perms, why), why);
    }

    /** Initialisation, declared mutability, ownership. */
    private Perms owned(Place p, InitState s, Location at, Facts mode, Perms perms, Map<Perm, Reason> why) {
        // Initialisation: the move path of the place (stopping at a deref: one cannot move out through it).
        MovePaths.Lookup l = paths.lookup(p);
        if (mode == Facts.NOT_OWN_INIT) {
            // assigning a whole variable: its current value does not matter
        } else if (mode == Facts.PARENT_INIT) {
            int parent = l.exact() ? paths.path(l.path()).parent() : l.path();
            if (parent >= 0 && s.maybeUninit(parent)) {
                Reason r = s.maybeMoved(parent) ? moved(parent, s, at) : new Reason.NotInit();
                perms = remove(perms, Perms.ALL, r, why);
            }
        } else if (s.maybeUninit(l.path())) {
            Reason r = s.maybeMoved(l.path()) ? moved(l.path(), s, at) : new Reason.NotInit();
            perms = remove(perms, Perms.ALL, r, why);
        } else if (l.exact()) {
            int[] movedChild = {-1};
            paths.forSelfAndDescendants(l.path(), c -> { if (c != l.path() && movedChild[0] < 0 && s.maybeMoved(c)) movedChild[0] = c; });
            if (movedChild[0] >= 0) perms = remove(perms, Perms.RO, moved(movedChild[0], s, at), why);
        }
        // Declared mutability, or the reference the place is behind.
        int k = innermostDeref(p);
        if (k < 0) {
            if (!body.local(p.local()).mutable()) perms = remove(perms, Perms.W, new Reason.NotMut(), why);
        } else {
            perms = remove(perms, new Perms(false, false, true), new Reason.NotOwner(), why);
            if (types.typeAt(p, k) instanceof Ty.Ref ref && !ref.mutable()) perms = remove(perms, Perms.W, new Reason.BehindShared(), why);
        }
        return ownership(p, perms, why);
    }

    /** Loans in scope that overlap the place. */
    private Perms loans(Place p, BorrowFacts.Scope scope, boolean shallow, int exceptLoan, Perms perms, Map<Perm, Reason> why) {
        BitSet loans = scope.loans();
        for (int id = loans.nextSetBit(0); id >= 0; id = loans.nextSetBit(id + 1)) {
            if (id == exceptLoan) continue;
            BorrowFacts.LoanView loan = facts.loan(id);
            if (loan == null || !facts.loanConflicts(loan.place(), p, shallow)) continue;
            boolean mutable = loan.mutable() && !(loan.twoPhase() && !scope.activated().get(id));
            Reason r = new Reason.Borrowed(mutable, line(loan.span()), line(spanAt(lastUse.get(id))));
            perms = remove(perms, mutable ? Perms.ALL : Perms.WO, r, why);
        }
        return perms;
    }

    /** Parts that cannot be moved out: fields of a type with `Drop`, elements chosen by index. */
    private Perms ownership(Place p, Perms perms, Map<Perm, Reason> why) {
        List<Place.Projection> ps = p.projections();
        for (int k = 0; k < ps.size(); k++) {
            Ty base = types.typeAt(p, k);
            Place.Projection x = ps.get(k);
            if (x instanceof Place.Projection.Field && base instanceof Ty.Adt adt && facts.hasDropImpl(adt)) {
                perms = remove(perms, Perms.of(Perm.O), new Reason.InDropType(), why);
            }
            boolean slice = base instanceof Ty.Slice;
            if (x instanceof Place.Projection.Index || (slice && (x instanceof Place.Projection.ConstantIndex || x instanceof Place.Projection.Subslice))) {
                perms = remove(perms, Perms.of(Perm.O), new Reason.Element(), why);
            }
        }
        return perms;
    }

    private static Perms remove(Perms perms, Perms lost, Reason r, Map<Perm, Reason> why) {
        for (Perm x : Perm.values()) if (lost.has(x) && perms.has(x)) why.putIfAbsent(x, r);
        return perms.minus(lost);
    }

    private Reason moved(int path, InitState s, Location at) {
        Span site = facts.moveSite(paths, path, at);
        return new Reason.Moved(site == null ? 0 : line(site), s.maybeInit(path));
    }

    /** Index of the last deref of a non-Box pointer in the place, or -1 when it is rooted in its variable. */
    private int innermostDeref(Place p) {
        for (int k = p.projections().size() - 1; k >= 0; k--) {
            if (p.projections().get(k) instanceof Place.Projection.Deref && !types.isBox(types.typeAt(p, k))) return k;
        }
        return -1;
    }

    // ---- walking the body ------------------------------------------------------------------------

    private List<Integer> reversePostorder() {
        List<Integer> post = new ArrayList<>();
        boolean[] seen = new boolean[body.blocks().size()];
        dfs(0, seen, post);
        List<Integer> rpo = new ArrayList<>();
        for (int i = post.size() - 1; i >= 0; i--) rpo.add(post.get(i));
        return rpo;
    }

    private void dfs(int b, boolean[] seen, List<Integer> post) {
        ArrayDeque<int[]> stack = new ArrayDeque<>();
        seen[b] = true;
        stack.push(new int[] {b, 0});
        while (!stack.isEmpty()) {
            int[] top = stack.peek();
            Body.BasicBlock bb = body.blocks().get(top[0]);
            List<BlockId> succ = bb.cleanup() ? List.of() : InitAnalysis.successors(bb.terminator());
            if (top[1] < succ.size()) {
                int next = succ.get(top[1]++).index();
                if (!seen[next] && !body.blocks().get(next).cleanup()) {
                    seen[next] = true;
                    stack.push(new int[] {next, 0});
                }
            } else {
                post.add(stack.pop()[0]);
            }
        }
    }

    private void walk(int b) {
        InitState s = init.entry(new BlockId(b));
        if (s == null || facts.before(new Location(new BlockId(b), 0)) == null) return;
        Body.BasicBlock bb = body.blocks().get(b);
        BitSet live = (BitSet) storageEntry[b].clone();
        int n = bb.statements().size();
        for (int i = 0; i <= n; i++) {
            Location at = new Location(new BlockId(b), i);
            Statement st = i < n ? bb.statements().get(i) : null;
            int line = line(st != null ? st.span() : bb.terminator().span());
            BorrowFacts.Scope before = facts.before(at);
            List<Place> movedHere = new ArrayList<>();
            for (Need need : needs(st, bb.terminator(), s)) check(need, s, before, at, line, movedHere);
            if (withRows && b == 0 && i == 0) lineAfter.put(line(body.span()), snapshot(s, before, live, at));
            if (st != null) {
                init.applyStatement(s, st);
                applyStorage(live, st);
            } else {
                init.applyTerminator(s, bb.terminator());
            }
            // Storage changes, drops at the end of a scope and the return leave the line's picture as its last real step left it.
            if (!withRows || st instanceof Statement.StorageLive || st instanceof Statement.StorageDead || st instanceof Statement.Nop
                    || (st == null && bb.terminator() instanceof Terminator.Return)
                    || (st == null && bb.terminator() instanceof Terminator.Drop d && !BorrowFacts.isReplace(body, d))) continue;
            lineAfter.put(line, snapshot(s, facts.after(at), live, new Location(at.block(), i + 1)));
        }
    }

    private Snapshot snapshot(InitState s, BorrowFacts.Scope scope, BitSet live, Location at) {
        Map<String, PlaceState> out = new java.util.LinkedHashMap<>();
        for (Place p : shown) {
            if (!live.get(p.local().index())) continue;
            out.put(name(p), state(p, s, scope, at, false, -1));
        }
        return new Snapshot(out);
    }

    private void check(Need need, InitState s, BorrowFacts.Scope scope, Location at, int line, List<Place> movedHere) {
        // A temporary matters only when a move goes through a reference it holds (`let s = v[0];`).
        boolean temp = !userLocal(need.place().local());
        if (temp && !(need.access() == Access.MOVE && innermostDeref(need.place()) >= 0)) return;
        Facts which = need.loansOnly() ? Facts.LOANS_ONLY : need.access() != Access.WRITE ? (need.ignoreInit() ? Facts.NOT_OWN_INIT : Facts.ALL)
                : need.place().isLocal() ? Facts.NOT_OWN_INIT : Facts.PARENT_INIT;
        PlaceState had = state(need.place(), s, scope, at, need.shallow(), need.exceptLoan(), which);
        if (temp) had = new PlaceState(source.slice(spanAt(at)), had.perms(), had.missing());
        // Operands of one statement are used in order: `(x, x)` moves x, then uses the moved x.
        for (Place m : movedHere) {
            if (need.access() != Access.DROP && need.access() != Access.WRITE && facts.conflicts(m, need.place(), false)) {
                had = new PlaceState(had.place(), Perms.NONE, Map.of(Perm.R, new Reason.Moved(line, false), Perm.W,
                        new Reason.Moved(line, false), Perm.O, new Reason.Moved(line, false)));
            }
        }
        if (need.access() == Access.MOVE) movedHere.add(need.place());
        if (!temp && !need.perms().write() && !need.perms().own()) noteReservations(need.place(), scope, line);
        Perms missing = need.perms().minus(had.perms());
        for (Perm x : Perm.values()) {
            if (!missing.has(x)) continue;
            Reason r = had.why(x);
            boolean counts = switch (r) {
                case Reason.Moved m -> !need.ignoreInit() && !need.loansOnly();
                case Reason.NotInit ni -> !need.ignoreInit() && !need.loansOnly();
                case Reason.NotMut nm -> !need.loansOnly();
                case Reason.BehindShared bs -> !need.loansOnly();
                case Reason.NotOwner no -> !need.loansOnly();
                case Reason.InDropType d -> !need.loansOnly();
                case Reason.Element e -> !need.loansOnly();
                case Reason.Borrowed bo -> true;
                case null -> true;
            };
            if (counts) {
                violations.computeIfAbsent(line, k -> new ArrayList<>())
                        .add(new PermissionTable.Violation(had.place(), need.access(), need.perms(), had));
                return;
            }
        }
    }

    /** A read of a place reserved by a two-phase borrow not yet activated: worth saying why it is allowed. */
    private void noteReservations(Place p, BorrowFacts.Scope scope, int line) {
        BitSet loans = scope.loans();
        for (int id = loans.nextSetBit(0); id >= 0; id = loans.nextSetBit(id + 1)) {
            BorrowFacts.LoanView l = facts.loan(id);
            if (l != null && l.twoPhase() && !scope.activated().get(id) && facts.loanConflicts(l.place(), p, false) && name(l.place()) != null) {
                reservations.computeIfAbsent(line, k -> new java.util.TreeSet<>()).add(name(l.place()));
            }
        }
    }

    // ---- what each statement needs ---------------------------------------------------------------

    private Need lengthNeed(Place p) {
        int n = p.projections().size();
        if (n > 0 && p.projections().get(n - 1) instanceof Place.Projection.Deref) {
            return new Need(new Place(p.local(), p.projections().subList(0, n - 1)), Access.READ, Perms.R, true, false, false, -1);
        }
        return new Need(p, Access.READ, Perms.R, false, false, false, -1);
    }

    private List<Need> needs(Statement st, Terminator t, InitState s) {
        List<Need> out = new ArrayList<>();
        if (st != null) {
            switch (st) {
                case Statement.Assign a -> {
                    rvalueNeeds(a.rvalue(), out);
                    destination(a.place(), s, out);
                }
                case Statement.PlaceMention f -> { } // neither a read nor a move: needs no permission
                case Statement.StorageDead d -> out.add(new Need(Place.of(d.local()), Access.DROP, new Perms(false, false, true), true, true, true, -1));
                case Statement.StorageLive l -> { }
                case Statement.SetDiscriminant d -> { }
                case Statement.SetDropFlag f -> { }
                case Statement.Nop n -> { }
            }
            return out;
        }
        switch (t) {
            case Terminator.Call c -> {
                operandNeed(c.func(), out);
                for (Operand o : c.args()) {
                    operandNeed(o, out);
                    activation(o, out);
                }
                destination(c.destination(), s, out);
            }
            case Terminator.SwitchInt sw -> operandNeed(sw.discr(), out);
            case Terminator.Assert a -> operandNeed(a.cond(), out);
            case Terminator.Drop d -> {
                if (d.place().isLocal() && !BorrowFacts.isReplace(body, d)) {
                    out.add(new Need(d.place(), Access.DROP, new Perms(false, false, true), true, true, true, -1));
                }
            }
            case Terminator.Goto g -> { }
            case Terminator.Return r -> { }
            case Terminator.UnwindResume r -> { }
            case Terminator.Unreachable u -> { }
        }
        return out;
    }

    /** Writing a place: the first assignment of a `let` initialises it and needs nothing; any other needs W. */
    private void destination(Place p, InitState s, List<Need> out) {
        if (p.isLocal() && !s.maybeEverInit(paths.lookup(p).path())) return;
        out.add(Need.write(p));
    }

    /** The call that uses a two-phase borrow activates it: then it needs the place readable and writable. */
    private void activation(Operand o, List<Need> out) {
        if (!(o instanceof Operand.Move m) || !m.place().isLocal()) return;
        for (BorrowFacts.LoanView l : facts.loans()) {
            if (l.twoPhase() && l.holder().equals(m.place().local())) {
                out.add(new Need(l.place(), Access.BORROW_MUT, Perms.RW, false, false, false, l.id()));
            }
        }
    }

    private void rvalueNeeds(Rvalue rv, List<Need> out) {
        switch (rv) {
            case Rvalue.Ref r -> {
                switch (r.kind()) {
                    case SHARED -> out.add(new Need(r.place(), Access.BORROW, Perms.R, false, false, false, -1));
                    case MUT -> out.add(new Need(r.place(), Access.BORROW_MUT, Perms.RW, false, false, false, -1));
                    // A reservation only reads; its mutability is checked now, its loans at activation.
                    case TWO_PHASE_MUT -> out.add(new Need(r.place(), Access.BORROW_MUT, Perms.R, false, false, false, -1));
                    case SHALLOW -> { }
                }
            }
            // A slice's length is read from its pointer, not its elements (loans of elements do not
            // conflict with it, as in the checker's LoanCheck).
            case Rvalue.Len l -> out.add(lengthNeed(l.place()));
            case Rvalue.Discriminant d -> out.add(new Need(d.place(), Access.READ, Perms.R, false, false, false, -1));
            case Rvalue.RawPtr r -> { }
            default -> forOperands(rv, o -> operandNeed(o, out));
        }
    }

    private static void forOperands(Rvalue rv, java.util.function.Consumer<Operand> f) {
        switch (rv) {
            case Rvalue.Use u -> f.accept(u.operand());
            case Rvalue.Repeat r -> f.accept(r.operand());
            case Rvalue.Cast c -> f.accept(c.operand());
            case Rvalue.BinaryOp x -> { f.accept(x.lhs()); f.accept(x.rhs()); }
            case Rvalue.CheckedBinaryOp x -> { f.accept(x.lhs()); f.accept(x.rhs()); }
            case Rvalue.UnaryOp u -> f.accept(u.operand());
            case Rvalue.Aggregate a -> a.operands().forEach(f);
            case Rvalue.ClosureValue c -> c.captures().forEach(f);
            case Rvalue.Ref r -> { }
            case Rvalue.RawPtr r -> { }
            case Rvalue.Len l -> { }
            case Rvalue.Discriminant d -> { }
        }
    }

    private void operandNeed(Operand o, List<Need> out) {
        switch (o) {
            case Operand.Copy c -> out.add(new Need(c.place(), Access.READ, Perms.R, false, false, false, -1));
            case Operand.Move m -> out.add(new Need(m.place(), Access.MOVE, Perms.RO, false, false, false, -1));
            case Operand.Constant k -> { }
        }
    }

    // ---- results -----------------------------------------------------------------------------

    /**
     * Lines of this body in order, each with the places whose permissions differ from the last line
     * that showed them (new places: first shown), its violations, reservations and errors.
     */
    List<PermissionTable.Row> rows(Map<Integer, List<dev.heaplab.core.diag.Diagnostic>> errors) {
        Set<Integer> lines = new java.util.TreeSet<>(lineAfter.keySet());
        lines.addAll(violations.keySet());
        lines.addAll(reservations.keySet());
        for (int l : errors.keySet()) if (l >= line(body.span()) && l <= source.line(body.span().hi())) lines.add(l);
        Map<String, PlaceState> seen = new HashMap<>();
        List<PermissionTable.Row> out = new ArrayList<>();
        for (int line : lines) {
            List<PermissionTable.Change> changes = new ArrayList<>();
            Snapshot after = lineAfter.get(line);
            if (after != null) {
                for (var e : after.places().entrySet()) {
                    PlaceState b = seen.get(e.getKey());
                    if (b == null || !b.perms().equals(e.getValue().perms()) || !b.missing().equals(e.getValue().missing())) changes.add(new PermissionTable.Change(e.getKey(), b, e.getValue()));
                    seen.put(e.getKey(), e.getValue());
                }
            }
            List<PermissionTable.Violation> vs = violations.getOrDefault(line, List.of());
            List<dev.heaplab.core.diag.Diagnostic> es = errors.getOrDefault(line, List.of());
            List<String> rs = List.copyOf(reservations.getOrDefault(line, Set.of()));
            if (changes.isEmpty() && vs.isEmpty() && es.isEmpty() && rs.isEmpty()) continue;
            out.add(new PermissionTable.Row(line, source.lineText(line), changes, dedupe(vs), rs, es));
        }
        return out;
    }

    private static List<PermissionTable.Violation> dedupe(List<PermissionTable.Violation> vs) {
        return List.copyOf(new LinkedHashSet<>(vs));
    }

    List<PermissionTable.Violation> allViolations(int line) { return violations.getOrDefault(line, List.of()); }

    Set<Integer> violationLines() { return violations.keySet(); }
}
