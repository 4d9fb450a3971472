package dev.heaplab.core.borrowck;

import dev.heaplab.core.mir.Body;
import dev.heaplab.core.mir.Local;
import dev.heaplab.core.mir.Operand;
import dev.heaplab.core.mir.Place;
import dev.heaplab.core.mir.Rvalue;
import dev.heaplab.core.mir.Statement;
import dev.heaplab.core.mir.Terminator;
import dev.heaplab.core.syntax.Generics;
import dev.heaplab.core.syntax.Item;
import dev.heaplab.core.syntax.Path;
import dev.heaplab.core.syntax.TypeExpr;
import dev.heaplab.core.typeck.CheckedStd;
import dev.heaplab.core.types.ClosureDef;
import dev.heaplab.core.types.DefId;
import dev.heaplab.core.types.FnDef;
import dev.heaplab.core.types.ProgramDefs;
import dev.heaplab.core.types.Ty;
import java.util.HashMap;
import java.util.Map;

/**
 * rustc's closure region requirements, in the one shape heaplab propagates. A closure parameter's
 * regions are either the closure's own (higher-ranked: `F: Fn(&T)`, or an annotation `|x: &str|`),
 * valid only during a call, or regions of the function that creates it, which rustc infers there: a
 * requirement on them (`'1: 'static` when the parameter reaches `thread::spawn`) is not an error in
 * the closure but a constraint propagated to the creator. Propagated here only when it is certain:
 * <ul>
 * <li>the closure is made once and passed straight to a method whose receiver is an iterator taken
 *     by value and whose bound on the closure's type reads `FnX(Self::Item)` or `FnX(&Self::Item)`
 *     (`map`, `for_each`, `filter`…): the expected signature is then the closure's, whatever its
 *     parameter's annotation says (`|w: &str|` gets the item's region, as in rustc); or it is bound
 *     to a variable first, read only there, and none of its parameters is written with a type (a
 *     written `|w: &str|` without an expected signature has a region of its own: {@link #ownRegions});</li>
 * <li>then the regions of the item in the parameter's type are the creator's: those of the receiver
 *     at the same depth (an iterator lends nothing of its own, so its items only hold what it holds);
 *     the `&` written around `Self::Item` is the closure's own.</li>
 * </ul>
 * The creator then treats the requirement as a `'static` bound on the receiver's loans at that depth.
 */
final class ClosureRequirements {
    /** Where a closure is passed: the creator's body, the call, and how many `&` are written around `Self::Item`. */
    record Site(Body creator, java.util.List<Terminator.Call> calls, int operand, int refsAroundItem) {
        /** The argument of {@code c} whose loans stand for the closure's parameter, or null when c is not a use of it. */
        Operand source(Terminator.Call c) {
            for (Terminator.Call k : calls) if (k == c) return c.args().get(operand);
            return null;
        }
    }

    private final Map<DefId, Body> bodies;
    private final ProgramDefs defs;
    private final Map<DefId, Site> sites = new HashMap<>();

    ClosureRequirements(Map<DefId, Body> bodies, ProgramDefs defs) {
        this(bodies, defs, null);
    }

    /** With the creators' indexes shared by the items' checks ({@link Creators}). */
    ClosureRequirements(Map<DefId, Body> bodies, ProgramDefs defs, Creators shared) {
        this.bodies = bodies;
        this.defs = defs;
        this.shared = shared;
    }

    /**
     * The creators' indexes of one program, shared by the checks of its items on several threads: the
     * user's closures' made first, the index over every body (the std's statements) on first need.
     */
    static final class Creators {
        private final Map<DefId, Body> bodies;
        final Map<DefId, Body> user;
        private volatile Map<DefId, Body> all;

        Creators(Map<DefId, Body> bodies) {
            this.bodies = bodies;
            this.user = creatorIndex(bodies, true);
        }

        Map<DefId, Body> all() {
            Map<DefId, Body> a = all;
            if (a == null) {
                synchronized (this) {
                    if (all == null) all = creatorIndex(bodies, false);
                    a = all;
                }
            }
            return a;
        }
    }

    private final Creators shared;

    /**
     * Does the universal loan of closure parameter {@code param} (its own lifetime, or with {@code inner}
     * those inside its pointee) stand for the creator's regions? Then the receiver depth its
     * requirements apply to (0: the receiver's own loans, 1: what they point to), else -1.
     */
    int receiverDepth(DefId closure, Local param, boolean inner) {
        ClosureDef def = defs.closure(closure);
        int i = param.index() - 2;
        if (def == null || def.expr() == null || i < 0 || i >= def.expr().params().size()) return -1;
        Site site = site(closure);
        if (site == null) return -1;
        if (site.refsAroundItem() == 0) return inner ? 1 : 0;
        return inner ? 0 : -1;
    }

    /**
     * The body that makes the closure (none when several do), from an index made once: of the user's
     * bodies for a closure written in the user's file (the std's bodies, lowered from the stubs alone,
     * cannot make it; they are most of the statements), else of every body.
     */
    Body creatorOf(DefId closure) {
        ClosureDef def = defs.closure(closure);
        if (def != null && def.span() != null && !CheckedStd.isStd(def.span())) {
            if (userCreators == null) userCreators = shared != null ? shared.user : creatorIndex(bodies, true);
            return userCreators.get(closure);
        }
        if (creators == null) creators = shared != null ? shared.all() : creatorIndex(bodies, false);
        return creators.get(closure);
    }

    private Map<DefId, Body> creators, userCreators;

    private static Map<DefId, Body> creatorIndex(Map<DefId, Body> bodies, boolean userOnly) {
        Map<DefId, Body> index = new HashMap<>();
        for (Body b : bodies.values()) {
            if (userOnly && CheckedStd.isStd(b.span())) continue;
            for (Body.BasicBlock bb : b.blocks()) {
                for (Statement st : bb.statements()) {
                    if (st instanceof Statement.Assign a && a.rvalue() instanceof Rvalue.ClosureValue cv) index.merge(cv.closure(), b, (x, y) -> null);
                }
            }
        }
        return index;
    }

    /** The call a closure is passed to, when its shape is the one described above; else null. */
    Site site(DefId closure) {
        if (sites.containsKey(closure)) return sites.get(closure);
        Site s = find(closure);
        if (s == null) s = calledOnly(closure);
        sites.put(closure, s);
        return s;
    }

    /** Where a closure's value goes: the one call it is given to, as argument {@code arg}, from local {@code value}. */
    private record Passed(Body creator, Local value, Terminator.Call call, int arg) {}

    /** The local the closure's value is made in, when it is made once, into a whole local; else null. */
    private Local valueOf(Body creator, DefId closure) {
        Local value = index(creator).values().get(closure);
        return value == NOT_LOCAL ? null : value;
    }

    /**
     * What {@link #valueOf} and {@link #passed} read of a creator body, gathered in one pass instead of
     * scanning it again for each closure it makes: the local each closure value is assigned to
     * ({@link #NOT_LOCAL} when assigned twice or to a projection), per local how many statements, call
     * arguments and switches read it, and the last call argument that is exactly that local.
     */
    private record CreatorIndex(Map<DefId, Local> values, int[] reads, Terminator.Call[] site, int[] arg) {
        static CreatorIndex of(Body creator) {
            Map<DefId, Local> values = new HashMap<>();
            int n = creator.locals().size();
            int[] reads = new int[n], arg = new int[n];
            Terminator.Call[] site = new Terminator.Call[n];
            java.util.BitSet mentioned = new java.util.BitSet();
            for (Body.BasicBlock bb : creator.blocks()) {
                for (Statement st : bb.statements()) {
                    if (!(st instanceof Statement.Assign a)) continue;
                    if (a.rvalue() instanceof Rvalue.ClosureValue cv) {
                        values.merge(cv.closure(), a.place().isLocal() ? a.place().local() : NOT_LOCAL, (x, y) -> NOT_LOCAL);
                    }
                    mentioned.clear();
                    mentions(a, mentioned);
                    for (int l = mentioned.nextSetBit(0); l >= 0 && l < n; l = mentioned.nextSetBit(l + 1)) reads[l]++;
                }
                if (bb.terminator() instanceof Terminator.Call c) {
                    for (int k = 0; k < c.args().size(); k++) {
                        Place p = c.args().get(k).readPlace();
                        if (p == null || p.local().index() >= n) continue;
                        reads[p.local().index()]++;
                        if (p.isLocal()) {
                            site[p.local().index()] = c;
                            arg[p.local().index()] = k;
                        }
                    }
                } else if (bb.terminator() instanceof Terminator.SwitchInt sw && sw.discr().readPlace() != null
                        && sw.discr().readPlace().local().index() < n) reads[sw.discr().readPlace().local().index()]++;
            }
            return new CreatorIndex(values, reads, site, arg);
        }
    }

    /** Stands for a closure value assigned twice or to a projection. */
    private static final Local NOT_LOCAL = new Local(-1);

    private final Map<Body, CreatorIndex> indexes = new java.util.IdentityHashMap<>();

    private CreatorIndex index(Body creator) { return indexes.computeIfAbsent(creator, CreatorIndex::of); }

    /** The one call the closure's value is given to, read nowhere else; else null. Once per closure. */
    private Passed passed(DefId closure) {
        if (passedMemo.containsKey(closure)) return passedMemo.get(closure);
        Passed p = findPassed(closure);
        passedMemo.put(closure, p);
        return p;
    }

    private final Map<DefId, Passed> passedMemo = new HashMap<>();

    private Passed findPassed(DefId closure) {
        Body creator = creatorOf(closure);
        if (creator == null) return null;
        Local value = valueOf(creator, closure);
        if (value == null) return null;
        // The closure's value is read once, as an argument of one call.
        CreatorIndex at = index(creator);
        Terminator.Call site = at.site()[value.index()];
        int arg = site == null ? -1 : at.arg()[value.index()], reads = at.reads()[value.index()];
        // One read besides its creation (which `mentions` counts as a write to it, not a read).
        if (reads != 1 || site == null) return null;
        return new Passed(creator, value, site, arg);
    }

    private Site find(DefId closure) {
        Passed passed = passed(closure);
        if (passed == null) return null;
        // Bound to a variable first (`let f = |w: &str| ..; it.map(f)`), the closure had no expected
        // signature: a parameter written with a type has regions of the closure's own (higher-ranked),
        // whatever the call later expects; only an unwritten one is inferred in the creator.
        if (passed.creator().local(passed.value()).kind() == dev.heaplab.core.mir.LocalDecl.Kind.USER && annotated(closure)) return null;
        FnDef fn = TypeQueries.callee(passed.call(), defs);
        int arg = passed.arg();
        if (fn == null || fn.decl() == null || fn.selfKind() != Item.SelfKind.VALUE || arg == 0
                || arg >= fn.sig().inputs().size() || !(fn.sig().inputs().get(arg) instanceof Ty.Param p)) return null;
        int index = defs.closure(closure).expr().params().size();
        TypeExpr written = fnBoundArg(fn, p, index);
        if (written == null) return null;
        int refs = 0;
        while (written instanceof TypeExpr.RefType r && r.lifetime() == null && !r.mutable()) {
            refs++;
            written = r.inner();
        }
        if (refs > 1 || !selfItem(written)) return null;
        return new Site(passed.creator(), java.util.List.of(passed.call()), 0, refs);
    }

    /**
     * A closure of one parameter bound to a variable without written types and only ever called
     * (`let f = |w| Tok { w }; f("a"); f(&s)`): each call through an Fn trait gives its parameter, in the
     * argument tuple (operand 1), a region of the creator. Else null.
     */
    private Site calledOnly(DefId closure) {
        Body creator = creatorOf(closure);
        ClosureDef def = defs.closure(closure);
        if (creator == null || def == null || def.expr() == null || def.expr().params().size() != 1 || annotated(closure)) return null;
        Local value = valueOf(creator, closure);
        if (value == null || creator.local(value).kind() != dev.heaplab.core.mir.LocalDecl.Kind.USER) return null;
        // Every read of the value: `_r = &f` (or `&mut f`) into a temporary, or the value itself, given as
        // the first argument of an Fn-trait call; the temporaries read nowhere else.
        java.util.Set<Local> refs = new java.util.HashSet<>();
        for (Body.BasicBlock bb : creator.blocks()) {
            for (Statement st : bb.statements()) {
                if (!(st instanceof Statement.Assign a)) continue;
                if (a.rvalue() instanceof Rvalue.Ref r && r.place().equals(Place.of(value)) && a.place().isLocal()
                        && creator.local(a.place().local()).kind() == dev.heaplab.core.mir.LocalDecl.Kind.TEMP) {
                    refs.add(a.place().local());
                } else if (mentions(a, value)) return null;
            }
        }
        java.util.List<Terminator.Call> calls = new java.util.ArrayList<>();
        int tempReads = 0;
        for (Body.BasicBlock bb : creator.blocks()) {
            if (bb.terminator() instanceof Terminator.SwitchInt sw && sw.discr().readPlace() != null
                    && (sw.discr().readPlace().local().equals(value) || refs.contains(sw.discr().readPlace().local()))) return null;
            if (!(bb.terminator() instanceof Terminator.Call c)) continue;
            for (int k = 0; k < c.args().size(); k++) {
                Place p = c.args().get(k).readPlace();
                if (p == null || !(p.local().equals(value) || refs.contains(p.local()))) continue;
                if (k != 0 || !p.isLocal() || !fnTraitCall(c) || c.args().size() != 2) return null;
                if (refs.contains(p.local())) tempReads++;
                calls.add(c);
            }
        }
        java.util.List<DefId> capturing = new java.util.ArrayList<>();
        for (Body.BasicBlock bb : creator.blocks()) {
            for (Statement st : bb.statements()) {
                if (!(st instanceof Statement.Assign a) || refs.stream().noneMatch(t -> mentions(a, t))) continue;
                // Captured by reference into another closure (`map_err(|_| err("bad"))`): its calls are there.
                if (!(a.rvalue() instanceof Rvalue.ClosureValue cv)) return null;
                for (Operand o : cv.captures()) {
                    Place p = o.readPlace();
                    if (p != null && refs.contains(p.local())) {
                        if (!p.isLocal()) return null;
                        tempReads++;
                    }
                }
                capturing.add(cv.closure());
            }
        }
        for (DefId inner : capturing) if (!callsInCapturer(inner, closure, calls)) return null;
        if (calls.isEmpty() || tempReads != refs.size()) return null;
        return new Site(creator, java.util.List.copyOf(calls), 1, 0);
    }

    /**
     * Adds to {@code calls} the Fn-trait calls of {@code closure} made in the body of {@code capturer}, which
     * captured it by reference; false unless every local of that body typed as the closure (behind
     * references) is a temporary made by `&` and only given as the first argument of such a call (a
     * closure passed on, captured again or returned is a shape whose requirements are not propagated).
     */
    private boolean callsInCapturer(DefId capturer, DefId closure, java.util.List<Terminator.Call> calls) {
        Body inner = bodies.get(capturer);
        if (inner == null) return false;
        java.util.Set<Local> refs = new java.util.HashSet<>();
        for (int i = 0; i < inner.locals().size(); i++) {
            Ty t = inner.locals().get(i).ty();
            while (t instanceof Ty.Ref r) t = r.inner();
            if (t instanceof Ty.Closure c && c.def().equals(closure)) {
                if (inner.locals().get(i).kind() != dev.heaplab.core.mir.LocalDecl.Kind.TEMP) return false;
                refs.add(new Local(i));
            }
        }
        for (Body.BasicBlock bb : inner.blocks()) {
            for (Statement st : bb.statements()) {
                if (!(st instanceof Statement.Assign a)) continue;
                boolean made = a.place().isLocal() && refs.contains(a.place().local()) && a.rvalue() instanceof Rvalue.Ref;
                if (!made && refs.stream().anyMatch(t -> mentions(a, t))) return false;
            }
            if (bb.terminator() instanceof Terminator.SwitchInt sw && sw.discr().readPlace() != null
                    && refs.contains(sw.discr().readPlace().local())) return false;
            if (!(bb.terminator() instanceof Terminator.Call c)) continue;
            for (int k = 0; k < c.args().size(); k++) {
                Place p = c.args().get(k).readPlace();
                if (p == null || !refs.contains(p.local())) continue;
                if (k != 0 || !p.isLocal() || !fnTraitCall(c) || c.args().size() != 2) return false;
                calls.add(c);
            }
        }
        return true;
    }

    /** A call through `Fn`, `FnMut` or `FnOnce`: of a closure or of an Fn-trait object. */
    boolean fnTraitCall(Terminator.Call c) {
        FnDef fn = TypeQueries.callee(c, defs);
        if (fn == null || fn.parentTrait() == null) return false;
        var t = defs.trait(fn.parentTrait());
        return t != null && (t.name().equals("Fn") || t.name().equals("FnMut") || t.name().equals("FnOnce"));
    }

    /**
     * Is the outer region of closure parameter {@code param} certainly the closure's own (higher-ranked),
     * so that a requirement on it is an error in the closure? When the closure is bound to a variable with
     * every parameter written with a type ({@link #ownRegions}), or written straight as the argument of a
     * function whose one bound on it gives that parameter a `&` without a lifetime (`F: Fn(&str) -> Tok`).
     */
    boolean ownRegion(DefId closure, Local param, boolean inner) {
        if (inner) return false;
        if (ownRegions(closure)) return true;
        if (objectRegion(closure, param.index() - 2)) return true;
        ClosureDef def = defs.closure(closure);
        Passed passed = passed(closure);
        int i = param.index() - 2;
        if (def == null || def.expr() == null || passed == null || i < 0 || i >= def.expr().params().size()
                || passed.creator().local(passed.value()).kind() == dev.heaplab.core.mir.LocalDecl.Kind.USER) return false;
        FnDef fn = TypeQueries.callee(passed.call(), defs);
        int arg = passed.arg();
        if (fn == null || fn.decl() == null || arg >= fn.sig().inputs().size() || !(fn.sig().inputs().get(arg) instanceof Ty.Param p)) return false;
        java.util.List<TypeExpr> written = fnBoundArgs(fn, p);
        return written != null && written.size() == def.expr().params().size()
                && written.get(i) instanceof TypeExpr.RefType r && r.lifetime() == null;
    }

    /**
     * Can the closure's result hold a region of its own? Not when it was given no signature (bound to a
     * variable with its parameters written: rustc infers its return type, which cannot name them), nor
     * when the bound it was passed to writes its output as a type parameter of the callee or a type
     * without lifetimes (`F: FnMut(&T) -> K`: one `K` for every call). Otherwise it may (true).
     */
    boolean resultMayHoldOwn(DefId closure) {
        if (ownRegions(closure)) return false;
        Passed passed = passed(closure);
        if (passed == null || passed.creator().local(passed.value()).kind() == dev.heaplab.core.mir.LocalDecl.Kind.USER) return true;
        FnDef fn = TypeQueries.callee(passed.call(), defs);
        int arg = passed.arg();
        if (fn == null || fn.decl() == null || arg >= fn.sig().inputs().size() || !(fn.sig().inputs().get(arg) instanceof Ty.Param p)) return true;
        if (fnBoundArgs(fn, p) == null) return true;
        TypeExpr output = boundOutput(fn, p);
        if (output == null) return false; // `FnMut(&T)`: the output is `()`
        if (!(output instanceof TypeExpr.PathType pt) || !pt.path().isSingle() || !pt.path().last().args().isEmpty()) return true;
        String name = pt.path().last().name().name();
        return !(fn.generics().params().contains(name) || java.util.Set.of("bool", "Ordering", "usize", "isize", "i32", "i64", "u32",
                "u64", "u8", "char", "f64", "String").contains(name));
    }

    /** The output written in the one `Fn*(..) -> O` bound on {@code p} (null when none is written). */
    private static TypeExpr boundOutput(FnDef fn, Ty.Param p) {
        String name = fn.generics().params().get(p.index());
        for (Generics.GenericParam gp : fn.decl().generics().params()) {
            if (!(gp instanceof Generics.GenericParam.TypeParam tp) || !tp.name().name().equals(name)) continue;
            for (Generics.Bound b : tp.bounds()) {
                if (!(b instanceof Generics.Bound.TraitBound tb)) continue;
                for (Path.GenericArg a : tb.path().last().args()) {
                    if (a instanceof Path.GenericArg.AssocBinding ab && ab.name().name().equals("Output")) return ab.type();
                }
            }
        }
        return null;
    }

    /**
     * Is the closure made straight into a `dyn Fn*(..)` object (`Box::new(|s| ..)` or `&mut |s| ..` coerced
     * to `Box<dyn FnMut(&str)>` / `&mut dyn FnMut(&str)`) whose parameter {@code i} is a reference with an
     * elided lifetime? That lifetime is higher-ranked: the closure's own.
     */
    private boolean objectRegion(DefId closure, int i) {
        Body creator = creatorOf(closure);
        if (creator == null || i < 0) return false;
        Local value = valueOf(creator, closure);
        if (value == null || creator.local(value).kind() != dev.heaplab.core.mir.LocalDecl.Kind.TEMP) return false;
        // The local holding the closure, boxed or borrowed, right before its coercion.
        Local holder = null;
        for (Body.BasicBlock bb : creator.blocks()) {
            if (bb.terminator() instanceof Terminator.Call c && c.args().size() == 1 && c.args().get(0).readPlace() != null
                    && c.args().get(0).readPlace().equals(Place.of(value)) && c.destination().isLocal()) {
                FnDef fn = TypeQueries.callee(c, defs);
                if (fn != null && fn.builtinKey() != null && fn.builtinKey().equals("Box::new")) holder = c.destination().local();
            }
            for (Statement st : bb.statements()) {
                if (st instanceof Statement.Assign a && a.rvalue() instanceof Rvalue.Ref r && r.place().equals(Place.of(value))
                        && a.place().isLocal()) holder = a.place().local();
            }
        }
        if (holder == null) return false;
        for (Body.BasicBlock bb : creator.blocks()) {
            for (Statement st : bb.statements()) {
                if (!(st instanceof Statement.Assign a) || !(a.rvalue() instanceof Rvalue.Cast c) || c.operand().readPlace() == null
                        || !c.operand().readPlace().equals(Place.of(holder))) continue;
                Ty.Dynamic d = dynamicIn(c.target());
                if (d == null || d.traitArgs().isEmpty() || !(d.traitArgs().get(0) instanceof Ty.Tuple args) || i >= args.elems().size()) return false;
                var t = defs.trait(d.trait());
                boolean fnTrait = t != null && (t.name().equals("Fn") || t.name().equals("FnMut") || t.name().equals("FnOnce"));
                return fnTrait && args.elems().get(i) instanceof Ty.Ref ref && !ref.region().isNamed();
            }
        }
        return false;
    }

    private static Ty.Dynamic dynamicIn(Ty t) {
        return switch (t) {
            case Ty.Dynamic d -> d;
            case Ty.Ref r -> r.inner() instanceof Ty.Dynamic d ? d : null;
            case Ty.Adt a -> a.args().size() == 1 && a.args().get(0) instanceof Ty.Dynamic d ? d : null;
            default -> null;
        };
    }

    /** Is a parameter of the closure written with a type (`|w: &str|`)? */
    private boolean annotated(DefId closure) {
        ClosureDef def = defs.closure(closure);
        return def.expr().params().stream().anyMatch(p -> p.type() != null);
    }

    /**
     * Are the closure's parameters certainly typed with regions of its own (higher-ranked), so that a
     * requirement on them is an error in the closure itself? Bound to a variable with every parameter
     * written with a type, the closure had no expected signature (`let f = |w: &str| ..`).
     */
    boolean ownRegions(DefId closure) {
        ClosureDef def = defs.closure(closure);
        if (def == null || def.expr() == null || def.expr().params().isEmpty()) return false;
        if (def.expr().params().stream().anyMatch(p -> p.type() == null)) return false;
        return boundToVariable(closure);
    }

    /** Is the closure's value made into a user variable (`let f = |..| ..`)? */
    boolean boundToVariable(DefId closure) {
        Body creator = creatorOf(closure);
        if (creator == null) return false;
        Local value = valueOf(creator, closure);
        return value != null && creator.local(value).kind() == dev.heaplab.core.mir.LocalDecl.Kind.USER;
    }

    /** Does the statement read {@code local} (anywhere but as the whole place it assigns)? */
    private static boolean mentions(Statement.Assign a, Local local) {
        if (!a.place().isLocal() && a.place().local().equals(local)) return true;
        boolean[] found = {false};
        switch (a.rvalue()) {
            case Rvalue.Use u -> found[0] = reads(u.operand(), local);
            case Rvalue.Repeat r -> found[0] = reads(r.operand(), local);
            case Rvalue.Ref r -> found[0] = r.place().local().equals(local);
            case Rvalue.RawPtr r -> found[0] = r.place().local().equals(local);
            case Rvalue.Len l -> found[0] = l.place().local().equals(local);
            case Rvalue.Cast c -> found[0] = reads(c.operand(), local);
            case Rvalue.BinaryOp b -> found[0] = reads(b.lhs(), local) || reads(b.rhs(), local);
            case Rvalue.CheckedBinaryOp b -> found[0] = reads(b.lhs(), local) || reads(b.rhs(), local);
            case Rvalue.UnaryOp u -> found[0] = reads(u.operand(), local);
            case Rvalue.Discriminant d -> found[0] = d.place().local().equals(local);
            case Rvalue.Aggregate g -> found[0] = g.operands().stream().anyMatch(o -> reads(o, local));
            case Rvalue.ClosureValue c -> found[0] = c.captures().stream().anyMatch(o -> reads(o, local));
        }
        return found[0];
    }

    private static boolean reads(Operand o, Local local) {
        Place p = o.readPlace();
        return p != null && p.local().equals(local);
    }

    /** Adds every local the statement reads (as {@link #mentions} finds them) to {@code out}. */
    private static void mentions(Statement.Assign a, java.util.BitSet out) {
        if (!a.place().isLocal()) out.set(a.place().local().index());
        switch (a.rvalue()) {
            case Rvalue.Use u -> reads(u.operand(), out);
            case Rvalue.Repeat r -> reads(r.operand(), out);
            case Rvalue.Ref r -> out.set(r.place().local().index());
            case Rvalue.RawPtr r -> out.set(r.place().local().index());
            case Rvalue.Len l -> out.set(l.place().local().index());
            case Rvalue.Cast c -> reads(c.operand(), out);
            case Rvalue.BinaryOp b -> { reads(b.lhs(), out); reads(b.rhs(), out); }
            case Rvalue.CheckedBinaryOp b -> { reads(b.lhs(), out); reads(b.rhs(), out); }
            case Rvalue.UnaryOp u -> reads(u.operand(), out);
            case Rvalue.Discriminant d -> out.set(d.place().local().index());
            case Rvalue.Aggregate g -> { for (Operand o : g.operands()) reads(o, out); }
            case Rvalue.ClosureValue c -> { for (Operand o : c.captures()) reads(o, out); }
        }
    }

    private static void reads(Operand o, java.util.BitSet out) {
        Place p = o.readPlace();
        if (p != null) out.set(p.local().index());
    }

    /**
     * The written type of the closure's one parameter in the `Fn*(..)` bound
     * on type parameter {@code p} declared with the callee's own generics (`F: FnMut(Self::Item) -> B`):
     * null when the bound is elsewhere or its arity differs.
     */
    private static TypeExpr fnBoundArg(FnDef fn, Ty.Param p, int arity) {
        // Only one closure parameter is mapped to the item (`FnMut(Self::Item)`).
        java.util.List<TypeExpr> args = fnBoundArgs(fn, p);
        return arity == 1 && args != null && args.size() == 1 ? args.get(0) : null;
    }

    /**
     * The written parameter types of the one `Fn*(..)` bound on type parameter {@code p}, declared with the
     * callee's own generics and nowhere else (a where-clause could add other requirements); else null.
     */
    private static java.util.List<TypeExpr> fnBoundArgs(FnDef fn, Ty.Param p) {
        java.util.List<String> names = fn.generics().params();
        if (p.index() < 0 || p.index() >= names.size()) return null;
        String name = names.get(p.index());
        java.util.List<TypeExpr> found = null;
        int bounds = 0;
        for (Generics.GenericParam gp : fn.decl().generics().params()) {
            if (!(gp instanceof Generics.GenericParam.TypeParam tp) || !tp.name().name().equals(name)) continue;
            for (Generics.Bound b : tp.bounds()) {
                if (!(b instanceof Generics.Bound.TraitBound tb)) continue;
                bounds++;
                Path.PathSegment last = tb.path().last();
                String trait = last.name().name();
                if (!(trait.equals("Fn") || trait.equals("FnMut") || trait.equals("FnOnce")) || last.args().isEmpty()
                        || !(last.args().get(0) instanceof Path.GenericArg.TypeArg ta) || !(ta.type() instanceof TypeExpr.TupleType t)) return null;
                found = t.elems();
            }
        }
        for (Generics.WherePredicate w : fn.decl().generics().where()) {
            if (w.boundedType() instanceof TypeExpr.PathType pt && pt.path().isSingle() && pt.path().last().name().name().equals(name)) return null;
        }
        return bounds == 1 ? found : null;
    }

    /**
     * The Fn trait bounding the parameter the closure's value is passed straight to (`FnMut` for
     * `map`'s `F: FnMut(Self::Item) -> B`), which rustc takes as the closure's kind; null when the value
     * is not given once to a call, or the bound is not one Fn trait.
     */
    String expectedFnTrait(DefId closure) {
        Passed passed = passed(closure);
        if (passed == null) return null;
        FnDef fn = TypeQueries.callee(passed.call(), defs);
        if (fn == null || fn.decl() == null || passed.arg() >= fn.sig().inputs().size()
                || !(fn.sig().inputs().get(passed.arg()) instanceof Ty.Param p)) return null;
        java.util.List<String> names = fn.generics().params();
        if (p.index() < 0 || p.index() >= names.size()) return null;
        String name = names.get(p.index()), found = null;
        java.util.List<Generics.Bound> bounds = new java.util.ArrayList<>();
        for (Generics.GenericParam gp : fn.decl().generics().params()) {
            if (gp instanceof Generics.GenericParam.TypeParam tp && tp.name().name().equals(name)) bounds.addAll(tp.bounds());
        }
        for (Generics.WherePredicate w : fn.decl().generics().where()) {
            if (w.boundedType() instanceof TypeExpr.PathType pt && pt.path().isSingle() && pt.path().last().name().name().equals(name)) {
                bounds.addAll(w.bounds());
            }
        }
        for (Generics.Bound b : bounds) {
            if (!(b instanceof Generics.Bound.TraitBound tb)) continue;
            String trait = tb.path().last().name().name();
            if (!(trait.equals("Fn") || trait.equals("FnMut") || trait.equals("FnOnce")) || found != null) return null;
            found = trait;
        }
        return found;
    }

    /** Is the written type `Self::Item`? */
    private static boolean selfItem(TypeExpr t) {
        return t instanceof TypeExpr.PathType pt && pt.path().segments().size() == 2 && !pt.path().global()
                && pt.path().segments().get(0).name().name().equals("Self") && pt.path().segments().get(1).name().name().equals("Item")
                && pt.path().segments().get(0).args().isEmpty() && pt.path().segments().get(1).args().isEmpty();
    }
}
