package dev.heaplab.core.borrowck;

import dev.heaplab.core.borrowck.CaptureSites.CaptureUse;
import dev.heaplab.core.dataflow.InitAnalysis;
import dev.heaplab.core.dataflow.InitState;
import dev.heaplab.core.dataflow.MovePaths;
import dev.heaplab.core.dataflow.PlaceTypes;
import dev.heaplab.core.diag.Diagnostic;
import dev.heaplab.core.mir.BlockId;
import dev.heaplab.core.mir.Body;
import dev.heaplab.core.mir.Local;
import dev.heaplab.core.mir.LocalDecl;
import dev.heaplab.core.mir.Operand;
import dev.heaplab.core.mir.Place;
import dev.heaplab.core.mir.Rvalue;
import dev.heaplab.core.mir.Statement;
import dev.heaplab.core.mir.Terminator;
import dev.heaplab.core.source.Span;
import dev.heaplab.core.types.ProgramDefs;
import dev.heaplab.core.types.Ty;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks one body for uses of moved or uninitialised values (E0382, E0381) and for moves out of
 * references and arrays (E0507, E0508), walking each block from its dataflow entry state and
 * applying effects operand by operand, so `f(s, s)` is caught at the second `s`.
 */
final class MoveCheck {
    enum UseKind { USE, BORROW }

    private final CaptureSites captures;
    private final Body body;
    private final ProgramDefs defs;
    private final MovePaths paths;
    private final InitAnalysis init;
    private final PlaceTypes placeTypes;
    private final MoveSites moveSites;
    private final TypeQueries typeQueries;
    private final List<Diagnostic> out;
    private final Set<Integer> reported = new HashSet<>();
    /** Per move site, the move paths of the uses already reported as after it. */
    private final java.util.Map<Span, List<Integer>> usesByMove = new java.util.HashMap<>();
    private final dev.heaplab.core.source.SourceFile source;
    /** Made on the first error: most bodies have none. */
    private MoveHints hints;
    /** Whether the current statement is a `let` initialiser moving into the user's variable (rustc then proposes `&`). */
    private boolean letInit;
    /** Where a move out of a borrow in the current statement is reported (see {@link #scrutinee}), or null. */
    private Span moveOutSpan;
    /** The pattern binding the current statement moves into, when it moves out of a scrutinee; else null. */
    private LocalDecl binding;
    /** That scrutinee. */
    private Statement.PlaceMention bindingFrom;
    /** Moves out of a borrow by pattern bindings, one error per scrutinee, in the order found. */
    private final java.util.Map<Span, PatternMoves> patternMoves = new java.util.LinkedHashMap<>();

    /** rustc's grouped E0507 for the bindings of one pattern moving out of a borrowed scrutinee. */
    private static final class PatternMoves {
        final Diagnostic.Builder error;
        final Span scrutinee;
        final List<LocalDecl> bindings = new ArrayList<>();
        final Ty firstTy;
        final int at;
        /** The move goes through a `&` pattern (`&Some(x)`): rustc's fix removes that `&`, not shown here. */
        final boolean referencePattern;

        PatternMoves(Diagnostic.Builder error, Span scrutinee, Ty firstTy, int at, boolean referencePattern) {
            this.error = error;
            this.scrutinee = scrutinee;
            this.firstTy = firstTy;
            this.at = at;
            this.referencePattern = referencePattern;
        }
    }

    MoveCheck(Body body, ProgramDefs defs, List<Diagnostic> out, dev.heaplab.core.source.SourceFile source) {
        this.body = body;
        this.source = source;
        this.defs = defs;
        this.placeTypes = new PlaceTypes(body, defs);
        this.paths = new MovePaths(body, placeTypes);
        this.init = new InitAnalysis(body, paths);
        this.moveSites = new MoveSites(body, paths);
        this.captures = new CaptureSites(body, defs);
        this.typeQueries = TypeQueries.of(defs);
        this.out = out;
    }

    /** The body's initialisation dataflow, which the mutability check reads too. */
    InitAnalysis initAnalysis() { return init; }

    void run() {
        for (int b : reversePostorder(body)) {
            InitState s = init.entry(new BlockId(b));
            if (s == null) continue;
            Body.BasicBlock bb = body.blocks().get(b);
            for (int i = 0; i < bb.statements().size(); i++) statement(s, bb.statements().get(i), new BlockId(b), i);
            terminator(s, bb.terminator(), new BlockId(b), bb.statements().size());
        }
        int inserted = 0;
        for (PatternMoves g : patternMoves.values()) out.add(g.at + inserted++, finish(g));
    }

    /**
     * The bindings' labels: "data moved here" and the type note for one binding; "...and here" for
     * the others and a shared note for several. Then rustc's fix: remove the scrutinee's `*`, or
     * borrow the scrutinee (nothing when the move goes through a `&` pattern, whose fix is elsewhere).
     */
    private Diagnostic finish(PatternMoves g) {
        Diagnostic.Builder d = g.error;
        for (int k = 0; k < g.bindings.size(); k++) {
            LocalDecl decl = g.bindings.get(k);
            d.secondary(decl.span(), k == 0 ? "data moved here" : "...and here");
        }
        if (g.bindings.size() == 1) {
            LocalDecl decl = g.bindings.get(0);
            d.secondary(decl.span(), "move occurs because `" + decl.name() + "` has type `" + g.firstTy.display(defs)
                    + "`, which does not implement the `Copy` trait");
        } else {
            d.note("move occurs because these variables have types that don't implement the `Copy` trait");
        }
        if (source != null && source.contains(g.scrutinee.lo())) {
            String text = source.slice(g.scrutinee);
            if (text.startsWith("*")) {
                d.suggestion("consider removing the dereference here", new Span(g.scrutinee.lo(), g.scrutinee.lo() + 1), "");
            } else if (!g.referencePattern) {
                d.suggestion("consider borrowing here", g.scrutinee.shrinkToLo(), "&");
            }
        }
        return d.build();
    }

    /**
     * Blocks in rustc's visiting order: a reverse postorder whose depth-first walk takes each
     * block's successors from the last. A use reported once per value is the first one in this
     * order (after a loop before in it, an `else` before its `then`, a match's arms in order).
     */
    static int[] reversePostorder(Body body) {
        int n = body.blocks().size();
        int[] post = new int[n];
        int count = 0;
        boolean[] seen = new boolean[n];
        java.util.ArrayDeque<int[]> stack = new java.util.ArrayDeque<>(); // {block, successors left}
        List<List<BlockId>> succ = new ArrayList<>(n);
        for (Body.BasicBlock bb : body.blocks()) succ.add(InitAnalysis.successors(bb.terminator()));
        if (n == 0) return post;
        seen[0] = true;
        stack.push(new int[] {0, succ.get(0).size()});
        while (!stack.isEmpty()) {
            int[] top = stack.peek();
            if (top[1] == 0) {
                stack.pop();
                post[count++] = top[0];
                continue;
            }
            int next = succ.get(top[0]).get(--top[1]).index();
            if (!seen[next]) {
                seen[next] = true;
                stack.push(new int[] {next, succ.get(next).size()});
            }
        }
        int[] rpo = new int[count];
        for (int k = 0; k < count; k++) rpo[k] = post[count - 1 - k];
        return rpo;
    }

    private void statement(InitState s, Statement st, BlockId b, int i) {
        switch (st) {
            case Statement.Assign a -> {
                Statement.PlaceMention from = scrutinee(a, b, i);
                moveOutSpan = from == null ? a.span() : from.span();
                binding = from == null ? null : body.local(a.place().local());
                bindingFrom = from;
                letInit = from == null && isLetInit(a);
                rvalue(s, a.rvalue(), a.span(), b, i);
                moveOutSpan = null;
                binding = null;
                bindingFrom = null;
                letInit = false;
                basesOf(s, a.place(), a.span(), b, i);
                partialAssign(s, a.place(), a.span());
                init.init(s, a.place());
            }
            // A place mention (rustc's PlaceMention) neither reads nor moves: `let _ = s;` after a move is accepted.
            case Statement.PlaceMention f -> { }
            default -> init.applyStatement(s, st);
        }
    }

    private void rvalue(InitState s, Rvalue rv, Span span, BlockId b, int i) {
        switch (rv) {
            case Rvalue.Use u -> operand(s, u.operand(), span, b, i);
            case Rvalue.Repeat r -> operand(s, r.operand(), span, b, i);
            case Rvalue.Cast c -> operand(s, c.operand(), span, b, i);
            case Rvalue.BinaryOp x -> { operand(s, x.lhs(), span, b, i); operand(s, x.rhs(), span, b, i); }
            case Rvalue.CheckedBinaryOp x -> { operand(s, x.lhs(), span, b, i); operand(s, x.rhs(), span, b, i); }
            case Rvalue.UnaryOp u -> operand(s, u.operand(), span, b, i);
            case Rvalue.Aggregate a -> { for (Operand o : a.operands()) operand(s, o, span, b, i); }
            case Rvalue.ClosureValue c -> { for (Operand o : c.captures()) operand(s, o, span, b, i); }
            case Rvalue.Ref r -> use(s, r.place(), UseKind.BORROW, span, b, i);
            case Rvalue.RawPtr r -> use(s, r.place(), UseKind.BORROW, span, b, i);
            case Rvalue.Len l -> use(s, l.place(), UseKind.USE, span, b, i);
            case Rvalue.Discriminant d -> use(s, d.place(), UseKind.USE, span, b, i);
        }
    }

    private void terminator(InitState s, Terminator t, BlockId b, int i) {
        switch (t) {
            case Terminator.Call c -> {
                operand(s, c.func(), c.span(), b, i);
                for (Operand o : c.args()) operand(s, o, c.span(), b, i);
                init.init(s, c.destination());
            }
            case Terminator.SwitchInt sw -> operand(s, sw.discr(), sw.span(), b, i);
            case Terminator.Assert a -> operand(s, a.cond(), a.span(), b, i);
            default -> init.applyTerminator(s, t);
        }
    }

    private void operand(InitState s, Operand o, Span span, BlockId b, int i) {
        switch (o) {
            case Operand.Copy c -> use(s, c.place(), UseKind.USE, span, b, i);
            case Operand.Move m -> {
                use(s, m.place(), UseKind.USE, span, b, i);
                moveOutOfBorrow(m.place(), moveOutSpan != null ? moveOutSpan : span);
                init.move(s, o);
            }
            case Operand.Constant k -> { }
        }
    }

    /**
     * The collection indexed when {@code ref} holds the result of `Index::index`/`IndexMut::index_mut`
     * (`v[0]` on a Vec lowers to `*index(&v, 0)`): rustc names the move "out of index of `Vec<T>`".
     */
    private Ty indexedContainer(Local ref) { return receiverOf(ref, "index", "index_mut"); }

    /**
     * The type behind the receiver of the trait method ({@code names}) whose call result {@code ref}
     * holds (`*rc` lowers to `*deref(&rc)`), or null.
     */
    private Ty receiverOf(Local ref, String... names) {
        for (Body.BasicBlock bb : body.blocks()) {
            if (!(bb.terminator() instanceof Terminator.Call c) || !c.destination().equals(Place.of(ref))) continue;
            dev.heaplab.core.types.FnDef fn = TypeQueries.callee(c, defs);
            if (fn == null || fn.parentTrait() == null || !java.util.List.of(names).contains(fn.name())) return null;
            if (c.args().isEmpty() || !(c.args().get(0) instanceof Operand.Move m)) return null;
            return placeTypes.typeOf(m.place()) instanceof Ty.Ref r ? r.inner() : null;
        }
        return null;
    }

    /** std's guards with a lifetime (printed `Ref<'_, Settings>`, `std::sync::MutexGuard<'_, i32>`). */
    private static final java.util.Set<String> GUARDS = java.util.Set.of("Ref", "RefMut", "MutexGuard", "RwLockReadGuard", "RwLockWriteGuard");

    /** A std guard type behind an overloaded deref, as rustc prints it, else null. */
    private String guardName(Ty ty) {
        if (!(ty instanceof Ty.Adt a) || !(defs.adt(a.def()) instanceof dev.heaplab.core.types.AdtDef adt)
                || !dev.heaplab.core.typeck.CheckedStd.isStd(adt.span()) || !GUARDS.contains(adt.name())) return null;
        return ty.display(defs);
    }

    /** `Rc` or `Arc` when {@code ty} is one (rustc names them when their contents are moved out), else null. */
    private String sharedOwner(Ty ty) {
        if (!(ty instanceof Ty.Adt a) || !(defs.adt(a.def()) instanceof dev.heaplab.core.types.AdtDef adt) || adt.lang() == null) return null;
        return switch (adt.lang()) {
            case RC -> "Rc";
            case ARC -> "Arc";
            default -> null;
        };
    }

    /** E0381: assigning a field of a variable that was never initialised (Rust has no partial initialisation). */
    private void partialAssign(InitState s, Place place, Span span) {
        if (place.isLocal() || !(place.projections().get(0) instanceof Place.Projection.Field)) return;
        int root = paths.lookup(Place.of(place.local())).path();
        String name = placeTypes.name(Place.of(place.local()));
        if (name == null || !s.maybeUninit(root) || s.maybeMoved(root) || !reported.add(root)) return;
        out.add(Diagnostic.error("E0381", "partially assigned binding `" + name + "` isn't fully initialized")
                .secondary(body.local(place.local()).span(), "binding declared here but left uninitialized")
                .primary(span, "`" + placeTypes.name(place) + "` partially assigned here but it isn't fully initialized")
                .build());
    }

    /** Whether this statement assigns a field of a never-initialised variable (reported as E0381). */
    static boolean isPartialAssignOfUninit(InitState s, MovePaths paths, Place place) {
        if (place.isLocal() || !(place.projections().get(0) instanceof Place.Projection.Field)) return false;
        int root = paths.lookup(Place.of(place.local())).path();
        return s.maybeUninit(root) && !s.maybeMoved(root);
    }

    /** Writing through `*r` or `a[i]` requires the base (`r`, `a`) to be initialised. */
    private void basesOf(InitState s, Place place, Span span, BlockId b, int i) {
        for (int k = 0; k < place.projections().size(); k++) {
            if (place.projections().get(k) instanceof Place.Projection.Deref) {
                use(s, new Place(place.local(), place.projections().subList(0, k)), UseKind.USE, span, b, i);
                return;
            }
        }
    }

    private void use(InitState s, Place place, UseKind kind, Span span, BlockId b, int i) {
        MovePaths.Lookup l = paths.lookup(place);
        for (int p = l.path(); p >= 0; p = paths.path(p).parent()) {
            if (s.maybeUninit(p)) {
                // rustc names the place that was moved: `t` for a use of `t.id` after `t` moved whole.
                while (paths.path(p).parent() >= 0 && s.maybeUninit(paths.path(p).parent())) p = paths.path(p).parent();
                report(s, p, p, false, kind, span, b, i);
                return;
            }
        }
        // `names[i]` may be any element: with one moved out, rustc reports a use of the partially moved array.
        boolean anyElement = !l.exact() && place.projections().get(l.used()) instanceof Place.Projection.Index;
        if (l.exact() || anyElement) {
            int child = uninitDescendant(s, l.path());
            if (child >= 0 && s.maybeMoved(child)) report(s, child, l.path(), true, kind, span, b, i);
        }
    }

    /**
     * rustc reports one move once: a later use of a place containing one already reported as moved
     * by the same move (`t` after `t.0`) is not reported again. Records the use and says whether it is new.
     */
    private boolean firstUseOfMove(Span moveSpan, int usedPath) {
        List<Integer> earlier = usesByMove.computeIfAbsent(moveSpan, k -> new ArrayList<>());
        for (int e : earlier) {
            for (int p = e; p >= 0; p = paths.path(p).parent()) if (p == usedPath) return false;
        }
        earlier.add(usedPath);
        return true;
    }

    private int uninitDescendant(InitState s, int path) {
        for (int c : paths.children(path)) {
            if (s.maybeUninit(c)) return c;
            int d = uninitDescendant(s, c);
            if (d >= 0) return d;
        }
        return -1;
    }

    private Place placeOf(int path) {
        MovePaths.MovePath mp = paths.path(path);
        return new Place(mp.local(), mp.projections());
    }

    private void report(InitState s, int path, int usedPath, boolean partial, UseKind kind, Span span, BlockId b, int i) {
        Place moved = placeOf(path);
        String movedName = placeTypes.name(moved);
        if (movedName == null) return;
        int root = paths.lookup(Place.of(moved.local())).path();
        String useName = partial ? placeTypes.name(Place.of(moved.local())) : movedName;
        if (!reported.add(partial ? root : path)) return;
        // `*b` out of a Box local moves the value out: rustc says "moved", not "partially moved".
        boolean boxMove = moved.projections().stream().anyMatch(p -> p instanceof Place.Projection.Deref);
        if (moved.projections().size() == 1 && boxMove) partial = false;
        LocalDecl decl = body.local(moved.local());
        if (!s.maybeMoved(path)) {
            boolean definitely = !s.maybeInit(path);
            String state = definitely ? "isn't initialized" : "is possibly-uninitialized";
            Diagnostic.Builder d = Diagnostic.error("E0381", "used binding `" + movedName + "` " + state)
                    .secondary(decl.span(), "binding declared here but left uninitialized")
                    .primary(span, "`" + movedName + "` used here but it " + (definitely ? "isn't initialized" : "is possibly-uninitialized"));
            if (definitely && moved.isLocal()) assignValue(d, decl);
            out.add(d.build());
            return;
        }
        // A use by a closure's capture is shown at that closure's head, with the use in its body.
        CaptureUse usedIn = withUse(captures.at(b, i, p -> p.local().equals(moved.local())));
        if (usedIn != null) span = usedIn.head();
        MoveSites.Site moveSite = moveSites.findSite(path, b, i);
        Span moveSpan = moveSite == null ? null : moveSite.span();
        if (moveSpan != null && !firstUseOfMove(moveSpan, usedPath)) return;
        // A move into a closure is shown at the closure's head, with the use in its body that moved.
        CaptureUse into = moveSite == null || moveSite.closure() == null ? null
                : withUse(CaptureSites.capture(defs.closure(moveSite.closure()), moveSite.capture()));
        if (into != null) moveSpan = into.head();
        String what = kind == UseKind.BORROW ? "borrow" : "use";
        String done = kind == UseKind.BORROW ? "borrowed" : "used";
        Diagnostic.Builder d = Diagnostic.error("E0382", what + " of " + (partial ? "partially " : "") + "moved value: `" + useName + "`");
        Ty ty = placeTypes.typeOf(moved);
        String tyText = ty.display(defs);
        boolean loop = moveSpan != null && moveSpan.lo() >= span.lo();
        MoveHints.Site site = hints().site(moveSpan, movedName);
        // After a partial move, only the pattern's binding gets a hint (rustc's `ref`).
        if (partial && site.kind() != MoveHints.SiteKind.BINDING) site = null;
        if (site != null && (site.kind() == MoveHints.SiteKind.METHOD_SELF || site.kind() == MoveHints.SiteKind.FOR_LOOP)) {
            // rustc names the call that took the value: `s` moved due to this method call.
            String why = site.kind() == MoveHints.SiteKind.FOR_LOOP ? "this implicit call to `.into_iter()`" : "this method call";
            d.primary(span, moveSpan.equals(span) ? "" : "value " + done + " here after move");
            d.secondary(site.label(), "`" + movedName + "` moved due to " + why + (loop ? ", in previous iteration of loop" : ""));
        } else if (moveSpan != null && moveSpan.equals(span)) {
            d.primary(span, "value " + (partial ? "partially " : "") + (into != null ? "moved into closure here" : "moved here")
                    + ", in previous iteration of loop");
        } else {
            d.primary(span, "value " + done + " here after " + (partial ? "partial " : "") + "move");
            if (into != null) {
                d.secondary(moveSpan, "value " + (partial ? "partially " : "") + "moved into closure here" + (loop ? ", in previous iteration of loop" : ""));
                // The same closure using the value again (a loop) keeps only its "use" label.
                if (usedIn == null || !into.capture().pathSpan().equals(usedIn.capture().pathSpan())) {
                    into.label(d, "variable " + (partial ? "partially " : "") + "moved due to use in closure"
                            + (loop ? ", in previous iteration of loop" : ""), "moved");
                }
            } else if (moveSpan != null) {
                d.secondary(moveSpan, "value " + (partial ? "partially " : "") + "moved here" + (loop ? ", in previous iteration of loop" : ""));
            }
        }
        if (!partial && moved.isLocal() && decl.kind() != LocalDecl.Kind.TEMP) {
            d.secondary(decl.span(), "move occurs because `" + movedName + "` has type `" + tyText + "`, which does not implement the `Copy` trait");
        } else {
            // rustc cannot name a place inside an enum variant (`(opt as Some).0`): it says "value"
            boolean variant = moved.projections().stream().anyMatch(p -> p instanceof Place.Projection.Downcast);
            d.note((partial ? "partial move" : "move") + " occurs because " + (variant ? "value" : "`" + movedName + "`") + " has type `" + tyText
                    + "`, which does not implement the `Copy` trait");
        }
        if (usedIn != null) {
            d.secondary(usedIn.capture().pathSpan(), (kind == UseKind.BORROW ? "borrow" : "use") + " occurs due to use in closure");
        }
        if (into != null && into.def().expr().isMove() && moved.isLocal() && hints().implementsClone(ty, new java.util.HashSet<>())) {
            cloneBeforeClosure(d, into, movedName);
        } else if (into != null && !partial) {
            hints().cloneInClosure(d, into.def(), into.capture().pathSpan(), ty);
        }
        if (into != null && moved.isLocal()) {
            hints().loopLabel(d, moveSpan, decl.span());
        } else if (site != null && moved.isLocal()) {
            hints().loopLabel(d, site, decl.span());
        }
        if (site != null && (!boxMove || site.kind() == MoveHints.SiteKind.BINDING)) hints().afterUseOfMoved(d, site, ty);
        out.add(d.build());
    }

    /**
     * The scrutinee a by-value pattern binding moves out of (`match *m { Text(s) => .. }`, `let P { s } = *r`):
     * rustc reports such moves at it, grouped per scrutinee. It is the nearest `PlaceMention` of a
     * prefix of the moved place before the binding in the control flow; null for other statements.
     */
    private Statement.PlaceMention scrutinee(Statement.Assign a, BlockId b, int i) {
        if (!a.place().isLocal() || !(a.rvalue() instanceof Rvalue.Use u) || !(u.operand() instanceof Operand.Move m)) return null;
        LocalDecl d = body.local(a.place().local());
        if (d.kind() != LocalDecl.Kind.USER || !a.span().equals(d.span()) || m.place().isLocal()) return null;
        java.util.ArrayDeque<Integer> work = new java.util.ArrayDeque<>();
        Set<Integer> seen = new HashSet<>();
        int block = b.index(), before = i;
        while (true) {
            List<Statement> sts = body.blocks().get(block).statements();
            for (int k = Math.min(before, sts.size()) - 1; k >= 0; k--) {
                if (sts.get(k) instanceof Statement.PlaceMention f && isPrefix(f.place(), m.place())) return f;
            }
            for (int p : predecessors().get(block)) if (seen.add(p)) work.add(p);
            if (work.isEmpty()) return null;
            block = work.poll();
            before = Integer.MAX_VALUE;
        }
    }

    private List<List<Integer>> predecessors;

    private List<List<Integer>> predecessors() {
        if (predecessors != null) return predecessors;
        predecessors = new ArrayList<>();
        for (int k = 0; k < body.blocks().size(); k++) predecessors.add(new ArrayList<>());
        for (int k = 0; k < body.blocks().size(); k++) {
            for (BlockId t : InitAnalysis.successors(body.blocks().get(k).terminator())) predecessors.get(t.index()).add(k);
        }
        return predecessors;
    }

    /**
     * rustc's "consider assigning a value": ` = 42` after `let x: i32`, with a value of the binding's
     * type (rustc's choice per type), when the declaration is a plain `let name[: Type];`.
     */
    private void assignValue(Diagnostic.Builder d, LocalDecl decl) {
        if (source == null || decl.span() == null || !source.contains(decl.span().hi())) return;
        String value = sampleValue(decl.ty(), 0);
        if (value == null) return;
        String text = source.text();
        int at = decl.span().hi() - source.startPos(), end = text.indexOf(';', at);
        if (end < 0) return;
        String between = text.substring(at, end);
        if (between.contains("=") || between.contains("{") || between.contains("\n")) return;
        if (!between.strip().isEmpty() && !between.strip().startsWith(":")) return;
        int insert = end;
        while (insert > at && Character.isWhitespace(text.charAt(insert - 1))) insert--;
        d.suggestion("consider assigning a value", new Span(source.startPos() + insert, source.startPos() + insert), " = " + value);
    }

    /** The value rustc writes for a type in that suggestion; null where it gives none. */
    private String sampleValue(Ty ty, int depth) {
        if (depth > 4) return null;
        return switch (ty) {
            case Ty.Bool b -> "false";
            case Ty.Char c -> "'x'";
            case Ty.Int i -> "42";
            case Ty.Float f -> "3.14159";
            case Ty.Ref r -> r.inner() instanceof Ty.Str && !r.mutable() ? "\"\""
                    : sampleValue(r.inner(), depth + 1) instanceof String v ? "&" + (r.mutable() ? "mut " : "") + v : null;
            case Ty.Tuple t -> {
                List<String> parts = new ArrayList<>();
                for (Ty e : t.elems()) {
                    String v = sampleValue(e, depth + 1);
                    if (v == null) yield null;
                    parts.add(v);
                }
                yield "(" + String.join(", ", parts) + (parts.size() == 1 ? "," : "") + ")";
            }
            case Ty.Adt a -> {
                dev.heaplab.core.types.AdtDef adt = defs.adt(a.def());
                if (adt == null || adt.lang() == null) yield null;
                yield switch (adt.lang()) {
                    case VEC -> "vec![]";
                    case OPTION -> "None";
                    case STRING, HASH_MAP, HASH_SET -> "Default::default()";
                    default -> null;
                };
            }
            default -> null;
        };
    }

    /** The capture, when capture analysis knows the use in the closure's body that made it (rustc points there). */
    private static CaptureUse withUse(CaptureUse c) { return c == null || c.capture().pathSpan() == null ? null : c; }

    /**
     * rustc's "consider cloning the value before moving it into the closure": a `let value = x.clone();`
     * before the statement making the `move` closure, and `value` for the variable's use in its body.
     */
    private void cloneBeforeClosure(Diagnostic.Builder d, CaptureUse into, String name) {
        if (source == null) return;
        int start = StatementStart.of(source, into.def().expr().span().lo());
        if (start < 0) return;
        String indent = StatementStart.indent(source, start);
        List<dev.heaplab.core.diag.Suggestion.Part> parts = new java.util.ArrayList<>();
        parts.add(new dev.heaplab.core.diag.Suggestion.Part(new Span(start, start), "let value = " + name + ".clone();\n" + indent));
        parts.add(new dev.heaplab.core.diag.Suggestion.Part(into.capture().pathSpan(), "value"));
        d.multipartSuggestion("consider cloning the value before moving it into the closure", parts);
    }

    private MoveHints hints() {
        if (hints == null) hints = new MoveHints(body, defs, source);
        return hints;
    }

    /** `let x = <place>;`: the statement moves straight into a user variable declared elsewhere than this span. */
    private boolean isLetInit(Statement.Assign a) {
        if (!a.place().isLocal()) return false;
        LocalDecl d = body.local(a.place().local());
        return d.kind() == LocalDecl.Kind.USER && !a.span().equals(d.span());
    }

    private static boolean isPrefix(Place prefix, Place p) {
        if (!prefix.local().equals(p.local()) || prefix.projections().size() > p.projections().size()) return false;
        return prefix.projections().equals(p.projections().subList(0, prefix.projections().size()));
    }

    /**
     * A pattern binding moving {@code place} out of a borrowed scrutinee: joins the scrutinee's error.
     * Through an enum variant, rustc names the place without derefs and positional fields, and the
     * variant (`cannot move out of `e` as enum variant `A``).
     */
    private void patternMove(Place place, String msg, boolean behindReference, boolean mutable, Ty ty) {
        PatternMoves g = patternMoves.get(moveOutSpan);
        if (g == null) {
            dev.heaplab.core.dataflow.PlaceTypes.PatternPlace pp = behindReference ? placeTypes.patternName(place) : null;
            if (pp != null) {
                msg = "cannot move out of `" + pp.path() + "` as enum variant `" + pp.variant() + "` which is behind a "
                        + (mutable ? "mutable" : "shared") + " reference";
            }
            Place from = bindingFrom.place();
            boolean referencePattern = from.projections().size() < place.projections().size()
                    && place.projections().get(from.projections().size()) instanceof Place.Projection.Deref;
            g = new PatternMoves(Diagnostic.error("E0507", msg).primary(moveOutSpan, ""), moveOutSpan, ty, out.size(), referencePattern);
            patternMoves.put(moveOutSpan, g);
        }
        if (!g.bindings.contains(binding)) g.bindings.add(binding);
    }

    /**
     * E0508/E0509 outside a pattern: rustc labels the moved place twice on one span ("cannot move out
     * of here", then why it moves) and adds the borrowing and cloning helps of E0507.
     */
    private void outOfHere(Diagnostic.Builder d, Place place, Span span) {
        if (binding != null) {
            out.add(d.primary(span, "cannot move out of here").build());
            return;
        }
        Ty ty = placeTypes.typeOf(place);
        String name = placeTypes.name(place);
        d.primary(span, "cannot move out of here")
                .primary(span, moveLabel(name, ty));
        hints().afterMoveOut(d, span, ty, letInit);
        out.add(d.build());
    }

    /** rustc's label on a value moved out of a place it may not leave ({@code name} null for a temporary). */
    private String moveLabel(String name, Ty ty) {
        return "move occurs because " + (name == null ? "value" : "`" + name + "`") + " has type `" + ty.display(defs)
                + "`, which does not implement the `Copy` trait";
    }

    /** E0507/E0508: moving a non-Copy value out from behind a reference or out of an array element. */
    private void moveOutOfBorrow(Place place, Span span) {
        List<Place.Projection> ps = place.projections();
        for (int k = ps.size() - 1; k >= 0; k--) {
            Place.Projection p = ps.get(k);
            Ty base = placeTypes.typeAt(place, k);
            if (p instanceof Place.Projection.Deref && !placeTypes.isBox(base)) {
                Ty ty = placeTypes.typeOf(place);
                String name = placeTypes.name(place);
                boolean mutable = base instanceof Ty.Ref r && r.mutable();
                Ty container = k == 0 ? indexedContainer(place.local()) : null;
                Ty derefOf = k == 0 && container == null ? receiverOf(place.local(), "deref", "deref_mut") : null;
                String shared = sharedOwner(derefOf);
                String guard = shared == null ? guardName(derefOf) : null;
                if (shared != null || guard != null) name = null;
                String msg = shared != null ? "cannot move out of an `" + shared + "`"
                        : guard != null ? "cannot move out of dereference of `" + guard + "`"
                        : container != null ? "cannot move out of index of `" + container.display(defs) + "`"
                        : name == null ? "cannot move out of a " + (mutable ? "mutable" : "shared") + " reference"
                        : "cannot move out of `" + name + "` which is behind a " + (mutable ? "mutable" : "shared") + " reference";
                if (container != null) name = null;
                if (binding != null) {
                    patternMove(place, msg, shared == null && container == null, mutable, ty);
                    return;
                }
                Diagnostic.Builder d = Diagnostic.error("E0507", msg)
                        .primary(span, moveLabel(name, ty));
                hints().afterMoveOut(d, span, ty, letInit);
                out.add(d.build());
                return;
            }
            if (p instanceof Place.Projection.Field && base instanceof Ty.Adt adt && typeQueries.hasDropImpl(adt)) {
                outOfHere(Diagnostic.error("E0509", "cannot move out of type `" + base.display(defs) + "`, which implements the `Drop` trait"),
                        place, span);
                return;
            }
            if ((p instanceof Place.Projection.Index || p instanceof Place.Projection.ConstantIndex) && base instanceof Ty.Slice) {
                outOfHere(Diagnostic.error("E0508", "cannot move out of type `" + base.display(defs) + "`, a non-copy slice"),
                        place, span);
                return;
            }
            if (p instanceof Place.Projection.Index && base instanceof Ty.Array) {
                outOfHere(Diagnostic.error("E0508", "cannot move out of type `" + base.display(defs) + "`, a non-copy array"),
                        place, span);
                return;
            }
        }
        // An immutable static lowers to a promoted local named after it: it cannot be moved out of.
        LocalDecl root = body.local(place.local());
        if (root.kind() == LocalDecl.Kind.PROMOTED && root.name() != null) {
            Ty ty = placeTypes.typeOf(place);
            String name = placeTypes.name(place);
            Diagnostic.Builder d = Diagnostic.error("E0507", "cannot move out of static item `" + root.name() + "`")
                    .primary(span, moveLabel(name, ty));
            hints().afterMoveOut(d, span, ty, letInit);
            out.add(d.build());
        }
    }
}
