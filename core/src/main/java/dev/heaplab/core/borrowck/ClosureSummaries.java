package dev.heaplab.core.borrowck;

import dev.heaplab.core.dataflow.PlaceTypes;
import dev.heaplab.core.mir.BlockId;
import dev.heaplab.core.mir.Body;
import dev.heaplab.core.mir.Local;
import dev.heaplab.core.mir.Operand;
import dev.heaplab.core.mir.Place;
import dev.heaplab.core.mir.Statement;
import dev.heaplab.core.mir.Terminator;
import dev.heaplab.core.source.Span;
import dev.heaplab.core.types.DefId;
import dev.heaplab.core.types.ProgramDefs;
import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;

/**
 * What a closure's body does with the borrows it captured, read from its own loan flow (rustc's
 * closure requirements, in the one case heaplab needs): can its environment's loans leave it? They
 * may when they reach its result, are passed to any call, or are written through a pointer other
 * than its captures. When not (`|n| { self.next = n.next.as_deref();
 * &n.value }` returns a borrow of its parameter only), a callee that merely calls it cannot hand
 * what it captured back to the caller.
 */
final class ClosureSummaries {
    private final Map<DefId, Body> bodies;
    private final ProgramDefs defs;
    private final Map<DefId, Boolean> envEscapes = new HashMap<>();

    ClosureSummaries(Map<DefId, Body> bodies, ProgramDefs defs) {
        this(bodies, defs, null);
    }

    /** {@code creators}: the closures' creators indexed once for all the items (or null). */
    ClosureSummaries(Map<DefId, Body> bodies, ProgramDefs defs, ClosureRequirements.Creators creators) {
        this.bodies = bodies;
        this.defs = defs;
        this.requirements = new ClosureRequirements(bodies, defs, creators);
    }

    private final ClosureRequirements requirements;
    private final Map<DefId, Required> required = new HashMap<>();

    ClosureRequirements requirements() { return requirements; }

    /**
     * What a closure's body requires to be `'static` of its creator's regions (see {@link ClosureRequirements}):
     * the receiver depths (0: its own loans, 1: what they point to) required through its parameters given to
     * calls ({@code callDepths}) or stored in fields written `'static` ({@code storeDepths}, the first such
     * use at {@code store}), and whether its captures are stored there ({@code envStore}: the use, or null).
     */
    record Required(BitSet callDepths, BitSet storeDepths, Span store, Span envStore, boolean envDeep) {
    }

    private static final Required NONE = new Required(new BitSet(), new BitSet(), null, null, false);

    /** The closure's requirements on its creator, read from its own loan flow. */
    Required required(DefId closure) {
        Required known = required.get(closure);
        if (known != null) return known;
        required.put(closure, NONE); // reached again while summarising itself
        Body body = bodies.get(closure);
        Required r = NONE;
        if (body != null) {
            LoanFlow flow = flowOf(body);
            StaticArguments statics = new StaticArguments(body, defs, flow, new java.util.ArrayList<>(), this);
            BitSet[] held = emptyState(flow);
            BitSet storeDepths = new BitSet();
            Span store = null, envStore = null;
            boolean envDeep = false;
            PlaceTypes types = new PlaceTypes(body, defs);
            for (int b = 0; b < body.blocks().size(); b++) {
                if (!flow.entryInto(new BlockId(b), held)) continue;
                Body.BasicBlock bb = body.blocks().get(b);
                for (int i = 0; i < bb.statements().size(); i++) {
                    if (bb.statements().get(i) instanceof Statement.Assign a) {
                        BitSet stored = flow.staticStored(held, a);
                        for (int id = stored.nextSetBit(0); id >= 0; id = stored.nextSetBit(id + 1)) {
                            Loan l = flow.loans().get(id);
                            if (!l.universal() || flow.staticArg(l.holder())) continue;
                            Span use = StoreUses.of(defs, closure, a, held, flow, l);
                            if (l.holder().index() == 1) {
                                if (flow.innerUniversal(l) && envStore == null) envStore = use;
                                envDeep |= nestsReferences(a, types);
                                continue;
                            }
                            int depth = requirements.receiverDepth(closure, l.holder(), flow.innerUniversal(l));
                            if (depth < 0) continue;
                            storeDepths.set(depth);
                            if (store == null) store = use;
                        }
                    }
                    flow.applyStatement(held, bb.statements().get(i), new BlockId(b), i);
                }
                if (bb.terminator() instanceof Terminator.Call c) statics.call(c, held);
            }
            r = new Required((BitSet) statics.propagated.clone(), storeDepths, store, envStore, envDeep);
        }
        required.put(closure, r);
        return r;
    }

    /** Does a value this statement stores have a reference inside a reference (`&&str`), or an unknown type? */
    private static boolean nestsReferences(Statement.Assign a, PlaceTypes types) {
        java.util.List<dev.heaplab.core.types.Ty> stored = new java.util.ArrayList<>();
        if (a.rvalue() instanceof dev.heaplab.core.mir.Rvalue.Aggregate ag) {
            for (Operand o : ag.operands()) if (o.readPlace() != null) stored.add(types.typeOf(o.readPlace()));
        } else stored.add(types.typeOf(a.place()));
        for (dev.heaplab.core.types.Ty t : stored) {
            if (t == null) return true;
            boolean[] nested = {false};
            dev.heaplab.core.types.TySubst.map(t, x -> {
                if (x instanceof dev.heaplab.core.types.Ty.Ref r && !(r.inner() instanceof dev.heaplab.core.types.Ty.Str
                        || r.inner() instanceof dev.heaplab.core.types.Ty.Int || r.inner() instanceof dev.heaplab.core.types.Ty.Float
                        || r.inner() instanceof dev.heaplab.core.types.Ty.Bool || r.inner() instanceof dev.heaplab.core.types.Ty.Char)) nested[0] = true;
                return x;
            });
            if (nested[0]) return true;
        }
        return false;
    }

    /**
     * The loans of call {@code c}'s receiver that a closure passed to it requires to be `'static`
     * (its propagated requirements), added to {@code out}; {@code stores}: only those required by its
     * stores in `'static` fields, {@code calls}: by the calls it gives its parameters to.
     */
    void requiredOfReceiver(Terminator.Call c, BitSet[] held, LoanFlow flow, BitSet out) { requiredOfReceiver(c, held, flow, out, true, true); }

    void requiredOfReceiver(Terminator.Call c, BitSet[] held, LoanFlow flow, BitSet out, boolean calls, boolean stores) {
        for (Passed p : passes(c, flow)) {
            Required r = required(p.closure());
            BitSet depths = new BitSet();
            if (calls) depths.or(r.callDepths());
            if (stores) depths.or(r.storeDepths());
            if (depths.isEmpty()) continue;
            BitSet own = new BitSet();
            flow.operandLoansOf(held, p.source(), own);
            // Items copied out of a borrowing iterator (`v.iter().copied()`) are one level deeper than its loans.
            if (p.copied()) {
                BitSet pointee = new BitSet();
                flow.pointeeLoansOf(held, own, pointee);
                if (depths.get(0)) out.or(pointee);
                if (depths.get(1)) flow.pointeeLoansOf(held, pointee, out);
                continue;
            }
            if (depths.get(0)) out.or(own);
            if (depths.get(1)) flow.pointeeLoansOf(held, own, out);
        }
    }

    /**
     * A closure given to a call whose site (see {@link ClosureRequirements}) is that call: the argument
     * standing for its parameter, and whether that argument copies its items out of what it borrows.
     */
    record Passed(DefId closure, Operand source, boolean copied) {}

    /** The closures given to call {@code c} (by value, or by reference for a call through an Fn trait) whose site it is; once per call. */
    private java.util.List<Passed> passes(Terminator.Call c, LoanFlow flow) {
        return flow.closurePasses(c, () -> {
            java.util.List<Passed> found = new java.util.ArrayList<>();
            for (Operand o : c.args()) {
                Place arg = o.readPlace();
                if (arg == null || !arg.isLocal()) continue;
                // The closure's own value (or a reference to it, for a call through an Fn trait), by its type in the creator.
                if (!(closureType(flow.localType(arg.local())) instanceof dev.heaplab.core.types.Ty.Closure cl)) continue;
                ClosureRequirements.Site site = requirements.site(cl.def());
                Operand source = site == null ? null : site.source(c);
                if (source == null) continue;
                boolean copied = source.readPlace() != null && TypeQueries.copiedItems(flow.localType(source.readPlace().local()), defs);
                found.add(new Passed(cl.def(), source, copied));
            }
            return found.isEmpty() ? java.util.List.of() : found;
        });
    }

    /** The closure passed to call {@code c} whose stores require the receiver's loans to be `'static`, or null. */
    Required storeRequirementAt(Terminator.Call c, LoanFlow flow) {
        for (Passed p : passes(c, flow)) {
            if (!required(p.closure()).storeDepths().isEmpty()) return required(p.closure());
        }
        return null;
    }

    /** The closure type behind references (`&{closure}` given to `Fn::call`), else the type itself. */
    private static dev.heaplab.core.types.Ty closureType(dev.heaplab.core.types.Ty t) {
        while (t instanceof dev.heaplab.core.types.Ty.Ref r) t = r.inner();
        return t;
    }

    /** May the closure's captured borrows leave its body (through its result or its parameters)? Unknown: yes. */
    boolean envEscapes(DefId closure) {
        Boolean known = envEscapes.get(closure);
        if (known != null) return known;
        envEscapes.put(closure, true); // a closure reached again while summarising itself: assume the worst
        boolean escapes = compute(closure);
        envEscapes.put(closure, escapes);
        return escapes;
    }

    /**
     * Does the closure return only data read out of its parameters' pointees (their inner lifetimes),
     * never a parameter's own borrow, its environment's or a local's? Unknown: no.
     */
    boolean returnsOnlyPointees(DefId closure) {
        // get/put rather than computeIfAbsent: a closure's flow may ask about the closures inside it.
        Boolean known = pointeesOnly.get(closure);
        if (known != null) return known;
        pointeesOnly.put(closure, false); // reached again while summarising itself
        boolean only = onlyPointees(closure);
        pointeesOnly.put(closure, only);
        return only;
    }

    private final Map<DefId, Boolean> pointeesOnly = new HashMap<>();

    private boolean onlyPointees(DefId closure) {
        Body body = bodies.get(closure);
        if (body == null || body.argCount() < 1 || defs.closure(closure) == null) return false;
        LoanFlow flow = flowOf(body);
        BitSet allowed = new BitSet();
        for (Loan l : flow.loans()) if (l.universal() && l.holder().index() >= 2 && flow.innerUniversal(l)) allowed.set(l.id());
        return returnStaysWithin(body, flow, allowed);
    }

    /**
     * Does the closure return only data read out of its parameters' pointees or out of what its
     * captures point to (`|&i| names[i]` copies a `&'static str` out of the array it borrows), never a
     * parameter's own borrow, a capture's own loans (`|&i| &names[i]`), its environment's or a local's?
     * rustc relates the closure's result region to its upvars' regions by the body's constraints; this
     * reads them from a flow whose environment lifetimes are split per capture and level
     * ({@link LoanFlow#envLoans}). A borrow made in the body through a reference (`&*x`) is related by
     * its reborrow to the pointer's loans, which the flow gives the result too. Unknown: no.
     */
    boolean returnsOnlyReadData(DefId closure) {
        Boolean known = readData.get(closure);
        if (known != null) return known;
        readData.put(closure, false); // reached again while summarising itself
        boolean only = onlyReadData(closure);
        readData.put(closure, only);
        return only;
    }

    private final Map<DefId, Boolean> readData = new HashMap<>();

    private boolean onlyReadData(DefId closure) {
        Body body = bodies.get(closure);
        if (body == null || body.argCount() < 1 || defs.closure(closure) == null) return false;
        PlaceTypes types = new PlaceTypes(body, defs);
        TypeQueries tq = TypeQueries.of(defs);
        LoanFlow flow = new LoanFlow(body, defs, p -> tq.refFree(types.typeOf(p)), tq::adtMayBorrow, l -> false, this, null, true);
        BitSet allowed = new BitSet();
        for (Loan l : flow.loans()) {
            if (l.universal() ? l.holder().index() >= 2 && flow.innerUniversal(l) || flow.capturePointee(l)
                    : reborrowThroughReference(l, types)) allowed.set(l.id());
        }
        return returnStaysWithin(body, flow, allowed);
    }

    /** Does the return place hold only loans in {@code allowed} after every statement of the body? */
    private boolean returnStaysWithin(Body body, LoanFlow flow, BitSet allowed) {
        BitSet[] held = emptyState(flow);
        for (int b = 0; b < body.blocks().size(); b++) {
            if (!flow.entryInto(new BlockId(b), held)) continue;
            Body.BasicBlock bb = body.blocks().get(b);
            for (int i = 0; i < bb.statements().size(); i++) {
                flow.applyStatement(held, bb.statements().get(i), new BlockId(b), i);
                if (outside(held[Local.RETURN.index()], allowed)) return false;
            }
            flow.applyTerminator(held, bb.terminator());
            if (outside(held[Local.RETURN.index()], allowed)) return false;
        }
        return true;
    }

    /**
     * The captures whose pointees (level 1 and below, see {@link LoanFlow#envLoans}) the closure's body
     * gives to arguments that must be `'static` (`thread::spawn(move || ..)` moving `Arc::clone(&shared)`,
     * whose `Arc<Mutex<HashMap<&str, _>>>` holds the capture's inner lifetimes): rustc propagates that
     * requirement on the upvars' regions to the creator, which checks it where the closure is made
     * ({@link LoanFlow#capturesRequiredStatic}). Null when such an argument may hold the environment's
     * own region or a capture's own loans (then the body reports it), or when the closure is unknown.
     */
    BitSet envStaticCaptures(DefId closure) {
        if (envStatic.containsKey(closure)) return envStatic.get(closure);
        envStatic.put(closure, null); // reached again while summarising itself
        BitSet r = computeEnvStatic(closure);
        envStatic.put(closure, r);
        return r;
    }

    private final Map<DefId, BitSet> envStatic = new HashMap<>();

    private BitSet computeEnvStatic(DefId closure) {
        Body body = bodies.get(closure);
        dev.heaplab.core.types.ClosureDef def = defs.closure(closure);
        if (body == null || body.argCount() < 1 || def == null) return null;
        PlaceTypes types = new PlaceTypes(body, defs);
        TypeQueries tq = TypeQueries.of(defs);
        LoanFlow flow = new LoanFlow(body, defs, p -> tq.refFree(types.typeOf(p)), tq::adtMayBorrow, l -> false, this, null, true);
        BitSet out = new BitSet();
        BitSet[] held = emptyState(flow);
        for (int b = 0; b < body.blocks().size(); b++) {
            if (!flow.entryInto(new BlockId(b), held)) continue;
            Body.BasicBlock bb = body.blocks().get(b);
            for (int i = 0; i < bb.statements().size(); i++) {
                // A closure made here requiring its own captures' pointees to be `'static` (a spawn inside a map closure).
                if (bb.statements().get(i) instanceof Statement.Assign a && a.rvalue() instanceof dev.heaplab.core.mir.Rvalue.ClosureValue cv
                        && !envPointees(flow, flow.capturesRequiredStatic(held, cv), out)) return null;
                flow.applyStatement(held, bb.statements().get(i), new BlockId(b), i);
            }
            if (!(bb.terminator() instanceof Terminator.Call c)) continue;
            dev.heaplab.core.types.FnDef fn = TypeQueries.callee(c, defs);
            if (fn == null || fn.decl() == null) continue;
            java.util.Set<Integer> statics = StaticArguments.staticParams(fn);
            for (int k = 0; k < c.args().size() && k < fn.sig().inputs().size(); k++) {
                dev.heaplab.core.types.Ty param = fn.sig().inputs().get(k);
                boolean required = LoanFlow.onlyStatic(param) || param instanceof dev.heaplab.core.types.Ty.Param tp && statics.contains(tp.index())
                        || StaticDyn.of(fn, k, defs, tq) != StaticDyn.Need.NONE;
                if (!required) continue;
                BitSet loans = new BitSet();
                flow.operandLoansOf(held, c.args().get(k), loans);
                if (!envPointees(flow, loans, out)) return null;
            }
        }
        return out;
    }

    /**
     * Adds to {@code fields} the captures whose level-1 loans are among {@code loans}; false when they hold
     * the environment's own region or a capture's own loans.
     */
    private static boolean envPointees(LoanFlow flow, BitSet loans, BitSet fields) {
        for (int id = loans.nextSetBit(0); id >= 0; id = loans.nextSetBit(id + 1)) {
            Loan l = flow.loans().get(id);
            if (!l.universal() || l.holder().index() != 1) continue;
            int field = flow.capturePointeeField(l);
            if (field < 0) return false;
            fields.set(field);
        }
        return true;
    }

    /** A borrow of a place behind a reference (`&(*x).f`, `&*(*_1).0`), whose region the reborrowed pointer's loans bound. */
    private static boolean reborrowThroughReference(Loan l, PlaceTypes types) {
        java.util.List<Place.Projection> ps = l.place().projections();
        int last = -1;
        for (int i = 0; i < ps.size(); i++) if (ps.get(i) instanceof Place.Projection.Deref) last = i;
        if (last < 0) return false;
        return types.typeOf(new Place(l.place().local(), ps.subList(0, last))) instanceof dev.heaplab.core.types.Ty.Ref;
    }

    /**
     * The closure body's loan flow, solved once for its three summaries (the walks read it through
     * copies). get/put rather than computeIfAbsent: solving one flow may summarise other closures.
     */
    private LoanFlow flowOf(Body body) {
        LoanFlow known = flows.get(body);
        if (known != null) return known;
        PlaceTypes types = new PlaceTypes(body, defs);
        TypeQueries tq = TypeQueries.of(defs);
        LoanFlow flow = new LoanFlow(body, defs, p -> tq.refFree(types.typeOf(p)), tq::adtMayBorrow, l -> false, this);
        flows.put(body, flow);
        return flow;
    }

    private final Map<Body, LoanFlow> flows = new java.util.IdentityHashMap<>();

    /** One empty loan set per local and the escape slot. */
    private static BitSet[] emptyState(LoanFlow flow) {
        BitSet[] held = new BitSet[flow.escape + 1];
        for (int k = 0; k < held.length; k++) held[k] = new BitSet();
        return held;
    }

    private static boolean outside(BitSet loans, BitSet allowed) {
        BitSet extra = (BitSet) loans.clone();
        extra.andNot(allowed);
        return !extra.isEmpty();
    }

    private boolean compute(DefId closure) {
        Body body = bodies.get(closure);
        if (body == null || body.argCount() < 1 || defs.closure(closure) == null) return true;
        LoanFlow flow = flowOf(body);
        BitSet env = new BitSet();
        for (Loan l : flow.loans()) {
            if (l.universal() ? l.holder().index() == 1 : l.place().local().index() == 1) env.set(l.id());
        }
        if (env.isEmpty()) return false;
        BitSet[] held = emptyState(flow);
        PlaceTypes types = new PlaceTypes(body, defs);
        for (int b = 0; b < body.blocks().size(); b++) {
            if (!flow.entryInto(new BlockId(b), held)) continue;
            Body.BasicBlock bb = body.blocks().get(b);
            for (int i = 0; i < bb.statements().size(); i++) {
                Statement st = bb.statements().get(i);
                flow.applyStatement(held, st, new BlockId(b), i);
                // A write through a pointer other than the environment's own captures.
                if (st instanceof Statement.Assign a && !a.place().isLocal() && a.place().local().index() != 1
                        && hasDeref(a.place()) && held[a.place().local().index()].intersects(env)) return true;
                if (reaches(held, env)) return true;
            }
            if (bb.terminator() instanceof Terminator.Call c && !cannotKeep(c, types)) {
                // Any callee given a captured borrow might keep it (`c.borrow_mut().push(&local)`),
                // but a `dyn Fn(&str) -> bool` cannot keep its higher-ranked arguments (`(r.check)(pw)`).
                for (int k = 0; k < c.args().size(); k++) {
                    BitSet passed = new BitSet();
                    flow.operandLoansOf(held, c.args().get(k), passed);
                    if (passed.intersects(env) && !freshReference(c, k, types)
                            && !(k == 1 && flow.higherRankedObjectCall(c))) return true;
                }
            }
            flow.applyTerminator(held, bb.terminator());
            if (reaches(held, env)) return true;
        }
        return false;
    }

    /**
     * Can the callee keep none of its arguments' borrows anywhere but its result (which the flow
     * follows)? Each argument holds no borrow, or is a shared reference to data holding none whose
     * parameter is declared `&T` without `'static` (`distance(typed, c)` with `fn distance(a: &str,
     * b: &str) -> usize`): such a reference cannot be stored behind another argument nor in a static.
     */
    private boolean cannotKeep(Terminator.Call c, PlaceTypes types) {
        dev.heaplab.core.types.FnDef def = TypeQueries.callee(c, defs);
        if (def == null || def.sig().inputs().size() != c.args().size()) return false;
        TypeQueries tq = TypeQueries.of(defs);
        for (int k = 0; k < c.args().size(); k++) {
            Operand o = c.args().get(k);
            dev.heaplab.core.types.Ty actual = o instanceof Operand.Constant kst ? kst.ty() : types.typeOf(o.readPlace());
            if (tq.refFree(actual)) continue;
            if (!(def.sig().inputs().get(k) instanceof dev.heaplab.core.types.Ty.Ref declared) || declared.mutable()
                    || declared.region().isNamed() && "'static".equals(declared.region().name())
                    || !(actual instanceof dev.heaplab.core.types.Ty.Ref r) || r.mutable() || !tq.refFree(r.inner())) return false;
        }
        return true;
    }

    /**
     * Is argument {@code k} a shared reference to data holding no borrow, passed to a parameter
     * declared `&T` with an elided lifetime (`d.amount(cart)` with `fn amount(&self, cart: &Cart)`)?
     * That lifetime is the callee's own, which no other type of its signature names: it can store
     * the reference nowhere, whatever its other arguments are (only its result may hold it, which the
     * flow follows).
     */
    private boolean freshReference(Terminator.Call c, int k, PlaceTypes types) {
        dev.heaplab.core.types.FnDef def = TypeQueries.callee(c, defs);
        if (def == null || def.sig().inputs().size() != c.args().size()) return false;
        Operand o = c.args().get(k);
        dev.heaplab.core.types.Ty actual = o instanceof Operand.Constant kst ? kst.ty() : types.typeOf(o.readPlace());
        if (!(def.sig().inputs().get(k) instanceof dev.heaplab.core.types.Ty.Ref declared) || declared.mutable()
                || declared.region().isNamed() || !(actual instanceof dev.heaplab.core.types.Ty.Ref r) || r.mutable()) return false;
        TypeQueries tq = TypeQueries.of(defs);
        if (tq.refFree(r.inner())) return true;
        // A std function given a reference to data that holds borrows (`o.name() != name` with a captured
        // `name: &str`: `PartialEq::ne(&String, &&str)`): the reference itself is as above, and what its
        // pointee holds could only be stored behind another argument, which none can receive here (each
        // holds no borrow, or is a shared reference to data nothing can write through); std keeps nothing
        // in statics, and a `'static` type parameter is left to the rule above.
        if (!dev.heaplab.core.typeck.CheckedStd.isStd(def.span()) || def.decl() == null || !StaticArguments.staticParams(def).isEmpty()
                || mentionsStatic(declared.inner())) return false;
        for (int j = 0; j < c.args().size(); j++) {
            if (j == k) continue;
            Operand oj = c.args().get(j);
            dev.heaplab.core.types.Ty tj = oj instanceof Operand.Constant kj ? kj.ty() : oj.readPlace() == null ? null : types.typeOf(oj.readPlace());
            if (tj == null) return false;
            if (tq.refFree(tj)) continue;
            if (!(tj instanceof dev.heaplab.core.types.Ty.Ref rj) || rj.mutable() || tq.mayMutateShared(rj.inner())) return false;
        }
        return true;
    }

    private static boolean mentionsStatic(dev.heaplab.core.types.Ty t) {
        boolean[] found = {false};
        dev.heaplab.core.types.TySubst.map(t, x -> {
            if (x instanceof dev.heaplab.core.types.Ty.Ref r && r.region().isNamed() && "'static".equals(r.region().name())) found[0] = true;
            return x;
        });
        return found[0];
    }

    private static boolean hasDeref(Place p) {
        return p.projections().stream().anyMatch(pr -> pr instanceof Place.Projection.Deref);
    }

    /** Does the result or the escape slot hold an environment loan? */
    private static boolean reaches(BitSet[] held, BitSet env) {
        return held[Local.RETURN.index()].intersects(env) || held[held.length - 1].intersects(env);
    }
}
