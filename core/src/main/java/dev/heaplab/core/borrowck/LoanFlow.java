package dev.heaplab.core.borrowck;

import dev.heaplab.core.dataflow.InitAnalysis;
import dev.heaplab.core.mir.BlockId;
import dev.heaplab.core.mir.Body;
import dev.heaplab.core.mir.Local;
import dev.heaplab.core.mir.Operand;
import dev.heaplab.core.mir.Place;
import dev.heaplab.core.mir.Rvalue;
import dev.heaplab.core.mir.Statement;
import dev.heaplab.core.mir.Terminator;
import dev.heaplab.core.source.Span;
import dev.heaplab.core.types.Ty;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.function.Predicate;

/**
 * Forward dataflow of which loans each local may hold (the points-to side of NLL's region
 * inference). Rules:
 * <ul>
 * <li>`x = &p` gives x the new loan, plus the loans of the pointer p is reached through (a reborrow
 *     keeps the original borrow alive);</li>
 * <li>`x = op(y, z)` gives x the loans of y and z (copies, moves, aggregates, closures);</li>
 * <li>a call gives its destination the loans of all arguments, unless the result type cannot hold
 *     a reference ({@code refFree}), which keeps `let n = v.len(); v.push(n)` apart;</li>
 * <li>writing a field adds to the local's loans; writing the whole local replaces them;</li>
 * <li>storage ending clears them;</li>
 * <li>a loan stored where it must outlive the function (the return place, storage behind a
 *     reference parameter, a local annotated `'static`) escapes: its region then holds every point
 *     reachable from its creation, as a universal region does in NLL. An extra slot {@link #escape},
 *     always live, holds such loans from their creation on (a second solve once they are known).</li>
 * </ul>
 */
final class LoanFlow {
    private final Body body;
    private final List<Loan> loans = new ArrayList<>();
    private final Predicate<Place> refFreeDest;
    /**
     * Each block's entry state as one row of words: local i's loans (the escape slot last) at words
     * [i * words, (i + 1) * words). Most sets are empty: a row costs one array where a {@code BitSet}
     * per local cost two objects each, and joins compare words.
     */
    private final long[][] entry;
    /** Words per local in {@link #entry}'s rows (enough for every loan, which are all known before solving). */
    private int words;

    private final dev.heaplab.core.types.ProgramDefs defs;
    private final Predicate<Ty.Adt> borrowingAdt;
    /** Index of the extra slot holding escaping loans (one past the locals). */
    final int escape;
    private final Predicate<dev.heaplab.core.mir.Local> staticLocal;
    /** What closure bodies do with their captures; null: unknown (every capture may leave). */
    private final ClosureSummaries closures;
    /** Loans living only in the captures of closures that cannot let them out (see {@link SealedCaptures}). */
    private final BitSet sealedCaptures;
    /** Loans seen escaping anywhere (filled while solving). */
    private final BitSet escaping = new BitSet();
    /** Loans known to escape: they enter the escape slot at their creation. */
    private BitSet escapeAtCreation = new BitSet();

    LoanFlow(Body body, dev.heaplab.core.types.ProgramDefs defs, Predicate<Place> refFreeDest, Predicate<Ty.Adt> borrowingAdt) {
        this(body, defs, refFreeDest, borrowingAdt, l -> false);
    }

    LoanFlow(Body body, dev.heaplab.core.types.ProgramDefs defs, Predicate<Place> refFreeDest, Predicate<Ty.Adt> borrowingAdt,
             Predicate<dev.heaplab.core.mir.Local> staticLocal) {
        this(body, defs, refFreeDest, borrowingAdt, staticLocal, null);
    }

    LoanFlow(Body body, dev.heaplab.core.types.ProgramDefs defs, Predicate<Place> refFreeDest, Predicate<Ty.Adt> borrowingAdt,
             Predicate<dev.heaplab.core.mir.Local> staticLocal, ClosureSummaries closures) {
        this(body, defs, refFreeDest, borrowingAdt, staticLocal, closures, null);
    }

    /** With the program's source, `dyn Trait` fields of structs without lifetime parameters are `'static` storage too. */
    LoanFlow(Body body, dev.heaplab.core.types.ProgramDefs defs, Predicate<Place> refFreeDest, Predicate<Ty.Adt> borrowingAdt,
             Predicate<dev.heaplab.core.mir.Local> staticLocal, ClosureSummaries closures, dev.heaplab.core.source.SourceFile source) {
        this(body, defs, refFreeDest, borrowingAdt, staticLocal, closures, source, false);
    }

    /**
     * {@code captureLevels}: in a closure body, the environment's lifetimes are split per capture and
     * level (see {@link #envLoans}), for a summary of what the closure returns of its captures; the
     * checks of a body use the one universal loan for the whole environment.
     */
    LoanFlow(Body body, dev.heaplab.core.types.ProgramDefs defs, Predicate<Place> refFreeDest, Predicate<Ty.Adt> borrowingAdt,
             Predicate<dev.heaplab.core.mir.Local> staticLocal, ClosureSummaries closures, dev.heaplab.core.source.SourceFile source,
             boolean captureLevels) {
        this.captureLevels = captureLevels && defs.closure(body.def()) != null && body.argCount() >= 1;
        this.closures = closures;
        this.body = body;
        this.defs = defs;
        this.borrowingAdt = borrowingAdt;
        this.refFreeDest = remembered(refFreeDest, body.locals().size());
        this.staticLocal = staticLocal;
        this.placeTypes = new dev.heaplab.core.dataflow.PlaceTypes(body, defs);
        this.queries = TypeQueries.of(defs);
        this.staticFields = new StaticFields(defs, queries, placeTypes, source);
        this.structSlots = StructSlots.of(body, defs, queries, source);
        this.sourceFile = source;
        this.escape = body.locals().size();
        collectLoans();
        initEscapingLocals();
        this.sealedCaptures = SealedCaptures.of(body, defs, loans, queries, closures);
        shadowSealedReborrows();
        this.entry = new long[body.blocks().size()][];
        solve();
        boolean slotsGrew = structSlots != null && structSlots.settle();
        // Loans that escape somewhere are live from their creation on every path (a universal region).
        for (int round = 0; round < 4 && (!escaping.equals(escapeAtCreation) || !requiredStatic.equals(staticStorageSolved)
                || !escapingLocals.equals(escapingLocalsSolved) || slotsGrew); round++) {
            escapeAtCreation = (BitSet) escaping.clone();
            staticStorageSolved = (BitSet) requiredStatic.clone();
            escapingLocalsSolved = (BitSet) escapingLocals.clone();
            java.util.Arrays.fill(entry, null);
            solve();
            slotsGrew = structSlots != null && structSlots.settle();
        }
        if (slotsGrew) {
            // A struct's lifetimes were still given new loans at the last solve: narrow nothing.
            structSlots.disable();
            java.util.Arrays.fill(entry, null);
            solve();
        }
    }

    /** Locals built by struct expressions whose lifetimes are followed one by one (see {@link StructSlots}); null: none. */
    private final StructSlots structSlots;
    private final dev.heaplab.core.source.SourceFile sourceFile;
    /**
     * Per reference parameter to a struct whose lifetimes are followed field by field (see {@link
     * StructSlots#paramLifetimes}): per field, the universal loan standing for the one lifetime it names
     * (-1: none), which a value read out of that field holds instead of the pointee's whole loan.
     */
    private final java.util.Map<Integer, int[]> paramFieldLoans = new java.util.HashMap<>();
    /** Those loans' lifetimes as written in the signature (`'a` of `impl<'a, 'b> Pick<'a, 'b>`). */
    private final java.util.Map<Integer, String> fieldRegions = new java.util.HashMap<>();

    /** The one lifetime a universal loan of a parameter's struct field stands for (see {@link #paramFieldLoans}), or null. */
    String fieldRegion(Loan l) { return fieldRegions.get(l.id()); }

    private void paramFieldLoans(Local arg, Ty.Adt pointee, Loan inner) {
        dev.heaplab.core.types.FnDef fn = defs.fn(body.def());
        if (fn == null || sourceFile == null) return;
        List<String> names = StructSlots.paramLifetimes(fn, arg.index() - 1, pointee, defs, queries, sourceFile);
        if (names == null) return;
        int[] positions = StructSlots.fieldPositions(defs.adt(pointee.def()), queries, sourceFile);
        int[] perField = new int[positions.length];
        java.util.Map<Integer, Integer> byPosition = new java.util.HashMap<>();
        for (int f = 0; f < positions.length; f++) {
            if (positions[f] < 0) { perField[f] = -1; continue; }
            Integer id = byPosition.get(positions[f]);
            if (id == null) {
                Loan l = new Loan(loans.size(), inner.place(), inner.kind(), inner.block(), inner.index(), inner.span(), inner.holder(), true);
                loans.add(l);
                id = l.id();
                byPosition.put(positions[f], id);
                fieldRegions.put(id, names.get(positions[f]));
            }
            perField[f] = id;
        }
        paramFieldLoans.put(arg.index(), perField);
    }

    /**
     * A value read out of a field of a parameter's struct whose lifetimes are followed (`(*p).long`)
     * holds the loan of the field's one lifetime, not the pointee's whole loan.
     */
    private BitSet fieldOfParam(Place place, BitSet at) {
        int[] perField = paramFieldLoans.get(place.local().index());
        if (perField == null || place.projections().size() < 2 || !(place.projections().get(0) instanceof Place.Projection.Deref)
                || !(place.projections().get(1) instanceof Place.Projection.Field f) || f.index() >= perField.length) return at;
        Integer inner = null;
        for (var e : innerOf.entrySet()) if (loans.get(e.getKey()).holder().equals(place.local())) inner = e.getValue();
        if (inner == null || !at.get(inner)) return at;
        BitSet out = (BitSet) at.clone();
        out.clear(inner);
        if (perField[f.index()] >= 0) out.set(perField[f.index()]);
        return out;
    }

    /**
     * Sealed reborrows of a reference parameter's pointee (`|w| score(guess, w) == *feedback` captures
     * `&*feedback`) keep the parameter's lifetime alive in the closure. They hold a copy of its universal
     * loan (same parameter, checked alike), sealed with them, so that a result that cannot contain the
     * closure does not hold it: only what a pointee holding no borrow lends is shadowed.
     */
    private void shadowSealedReborrows() {
        for (int id = sealedCaptures.nextSetBit(0); id >= 0; id = sealedCaptures.nextSetBit(id + 1)) {
            Loan l = loans.get(id);
            if (l.universal() || !hasDeref(l.place())) continue;
            Place pointer = beforeLastDeref(l.place());
            int p = pointer.local().index();
            if (!pointer.isLocal() || p < 1 || p > body.argCount() || !(body.local(pointer.local()).ty() instanceof Ty.Ref r)
                    || r.mutable() || !queries.refFree(r.inner())) continue;
            for (int k = 0, n = loans.size(); k < n; k++) {
                Loan u = loans.get(k);
                if (!u.universal() || innerUniversal(u) || shadows.get(k) || !u.holder().equals(pointer.local()) || shadowOf.containsKey(k)) continue;
                Loan copy = new Loan(loans.size(), u.place(), u.kind(), u.block(), u.index(), u.span(), u.holder(), true);
                loans.add(copy);
                shadows.set(copy.id());
                shadowOf.put(k, copy.id());
            }
            shadowedReborrows.set(id);
        }
        sealedCaptures.or(shadows);
    }

    /** Universal loans copied for sealed reborrows (see {@link #shadowSealedReborrows}): no parameter holds them at entry. */
    private final BitSet shadows = new BitSet();
    private final BitSet shadowedReborrows = new BitSet();
    private final java.util.Map<Integer, Integer> shadowOf = new java.util.HashMap<>();

    /**
     * The test whether a place can hold no borrow, answered once per whole local (by index) and per
     * place instance of the MIR (by identity): the transfer function asks about the same places at
     * every visit, and each answer computes the place's type and looks it up.
     */
    private static Predicate<Place> remembered(Predicate<Place> test, int locals) {
        byte[] whole = new byte[locals];
        java.util.Map<Place, Boolean> projected = new java.util.IdentityHashMap<>();
        return p -> {
            int i = p.local().index();
            if (p.isLocal() && i >= 0 && i < whole.length) {
                if (whole[i] == 0) whole[i] = (byte) (test.test(p) ? 1 : -1);
                return whole[i] > 0;
            }
            Boolean known = projected.get(p);
            if (known == null) projected.put(p, known = test.test(p));
            return known;
        };
    }

    /**
     * Locals whose data a closure made here requires to be `'static` (see {@link #capturesRequiredStatic}):
     * the requirement is on the regions of their type, so whatever they hold at any point escapes, not
     * only what they held when the closure was made. Grown while solving; {@link #staticStorageSolved}
     * is the set the last solve started with.
     */
    private final BitSet requiredStatic = new BitSet();
    private BitSet staticStorageSolved = new BitSet();

    /**
     * Locals whose region outlives the function, as NLL infers one region per local for the whole body:
     * reference parameters themselves (`cur` in `fn last(mut cur: &mut Node)`), and locals whose value
     * (copied, moved or reborrowed) is stored where it escapes. Whatever is assigned to such a local
     * escapes from the assignment on, even where a later overwrite kills it (`cur = n` in a loop leaves
     * the loan of `cur.next` in scope on the path that exits without reassigning: rustc's E0499).
     * Grown while solving; {@link #escapingLocalsSolved} is the set the last solve started with.
     */
    private final BitSet escapingLocals = new BitSet();
    private BitSet escapingLocalsSolved = new BitSet();

    private void initEscapingLocals() {
        if (defs.fn(body.def()) == null) return;
        for (int i = 1; i <= body.argCount(); i++) {
            if (body.local(new dev.heaplab.core.mir.Local(i)).ty() instanceof Ty.Ref) escapingLocals.set(i);
        }
    }

    /** An assignment to an escaping place or local: the locals its value is read from escape too. */
    private void noteEscapingSources(Place dest, Rvalue rv) {
        if (!escapes(dest) && !(dest.isLocal() && escapingLocals.get(dest.local().index()))) return;
        switch (rv) {
            // `&mut *p` (or a field behind it) reborrows p's pointee: p's region flows there; reading
            // through a pointer (`copy *v`) copies data out, not the pointer's region
            case Rvalue.Ref r when hasDeref(r.place()) && beforeLastDeref(r.place()).isLocal() -> escapingLocals.set(r.place().local().index());
            case Rvalue.Use u when u.operand().readPlace() != null && u.operand().readPlace().isLocal()
                    && !refFreeDest.test(dest) -> escapingLocals.set(u.operand().readPlace().local().index());
            default -> { }
        }
    }

    /** Was this loan seen escaping (stored where the function's caller can see it)? */
    boolean escaped(int id) { return escaping.get(id); }

    /** Is {@code p} storage that outlives the function: the return place or data behind a reference parameter? */
    boolean escapes(Place p) {
        int i = p.local().index();
        if (i == 0) return true;
        if (i <= body.argCount() && hasDeref(p) && body.local(p.local()).ty() instanceof Ty.Ref) return true;
        if (staticStorageSolved.get(i)) return true;
        return p.isLocal() ? staticLocal.test(p.local()) : staticFields.storage(p, true);
    }

    /** Does {@code p} lie inside a field written with only `'static` lifetimes? */
    boolean staticStorage(Place p) { return !p.isLocal() && staticFields.storage(p, true); }

    /** Same, for fields written with `&'static` only (a `dyn Trait` field's `'static` is implicit). */
    boolean explicitStaticStorage(Place p) { return !p.isLocal() && staticFields.storage(p, false); }

    /** Fields written with only `'static` lifetimes: what is stored there escapes. */
    private final StaticFields staticFields;

    /** The loans of an aggregate's operands stored in fields written with only `'static` lifetimes. */
    BitSet staticFieldLoans(BitSet[] s, Rvalue rv, boolean withDyn) {
        BitSet out = new BitSet();
        if (rv instanceof Rvalue.Aggregate ag) {
            for (int i = 0; i < ag.operands().size(); i++) if (staticFields.operand(ag.kind(), i, withDyn)) operandLoans(s, ag.operands().get(i), out);
        }
        return out;
    }

    /**
     * The loans an assignment stores in fields written with `&'static` only: a value assigned into one
     * (`t.w = s`), or an aggregate's operands given to one (`Tok { w: s }`). A new borrow assigned
     * there escapes by itself (see write).
     */
    BitSet staticStored(BitSet[] s, Statement.Assign a) {
        BitSet out = new BitSet();
        if (explicitStaticStorage(a.place()) && !(a.rvalue() instanceof Rvalue.Ref)) rvalueLoansOf(s, a.rvalue(), out);
        out.or(staticFieldLoans(s, a.rvalue(), false));
        return out;
    }

    List<Loan> loans() { return loans; }

    /** Per loan stored where it must be `'static`: the use that requires it (rustc's "this usage requires…" label). */
    private final java.util.Map<Integer, Span> staticUse = new java.util.HashMap<>();
    private final BitSet staticAssignment = new BitSet();

    private boolean newStaticUse(BitSet stored) {
        for (int id = stored.nextSetBit(0); id >= 0; id = stored.nextSetBit(id + 1)) {
            if (!loans.get(id).universal() && !staticUse.containsKey(id)) return true;
        }
        return false;
    }

    private void noteStaticUse(BitSet stored, Span use, boolean assignment) {
        if (use == null) return;
        for (int id = stored.nextSetBit(0); id >= 0; id = stored.nextSetBit(id + 1)) {
            if (loans.get(id).universal() || staticUse.containsKey(id)) continue;
            staticUse.put(id, use);
            if (assignment) staticAssignment.set(id);
        }
    }

    /** The use that requires loan {@code id} to be `'static` by storing it in a `'static` field, or null. */
    Span staticUse(int id) { return staticUse.get(id); }

    /** Is that use an assignment (`c.mode = &chosen`) rather than a value given to a field? */
    boolean staticAssignment(int id) { return staticAssignment.get(id); }

    /** Universal loans: one per argument that can hold a borrow, standing for its lifetime. */
    private void universalLoans() {
        for (int i = 1; i <= body.argCount() && i < body.locals().size(); i++) {
            Local arg = new Local(i);
            if (refFreeDest.test(Place.of(arg)) || staticArg(arg)) continue;
            Loan outer = new Loan(loans.size(), Place.of(arg), Rvalue.BorrowKind.SHARED, BlockId.START, -1,
                    body.local(arg).span(), arg, true);
            loans.add(outer);
            if (i == 1 && captureLevels) {
                envLoans(outer);
                continue;
            }
            if (body.local(arg).ty() instanceof Ty.Ref r && !r.mutable() && staticItems(r.inner()) != null) staticItemParams = true;
            if (body.local(arg).ty() instanceof Ty.Ref r && !refFreeDest.test(Place.of(arg).deref()) && !(onlyStatic(r.inner()) && written(arg))
                    && !staticPointee(arg, r.inner())) {
                Loan inner = new Loan(loans.size(), Place.of(arg).deref(), Rvalue.BorrowKind.SHARED, BlockId.START, -1,
                        body.local(arg).span(), arg, true);
                loans.add(inner);
                innerOf.put(outer.id(), inner.id());
                if (!r.mutable() && r.inner() instanceof Ty.Adt held) paramFieldLoans(arg, held, inner);
            }
        }
    }

    /**
     * Is argument {@code arg}'s type made of `'static` references only? A closure's parameter counts only
     * when its type is written (`|w: &'static str|`): an inferred one may carry the `'static` of a field it
     * is stored in, or of the first value it was given, which says nothing of what the creator passes.
     */
    boolean staticArg(Local arg) { return onlyStatic(body.local(arg).ty()) && written(arg); }

    /**
     * Does this pointee hold only `'static` references, by the declarations of the structs it is made of
     * (`&Graph` with `edges: HashMap<&'static str, Vec<&'static str>>`)? Then what is read out of it lends
     * nothing of the caller: no loan stands for its lifetimes. References in the type itself count only
     * when written (see {@link #staticArg}).
     */
    private boolean staticPointee(Local arg, Ty pointee) {
        if (!queries.refFreeOrStatic(pointee)) return false;
        boolean[] refs = {false};
        dev.heaplab.core.types.TySubst.map(pointee, x -> {
            if (x instanceof Ty.Ref) refs[0] = true;
            return x;
        });
        return !refs[0] || written(arg);
    }

    private boolean written(Local arg) {
        dev.heaplab.core.types.ClosureDef def = defs.closure(body.def());
        if (def == null) return true;
        int i = arg.index() - 2;
        return def.expr() != null && i >= 0 && i < def.expr().params().size() && def.expr().params().get(i).type() != null;
    }

    /** Whether the environment's lifetimes are split per capture and level (see {@link #envLoans}). */
    private final boolean captureLevels;
    /** The environment's own universal loan (the borrow of the closure, or the closure value): -1 when none. */
    private int envWhole = -1;
    /** Capture field index → its level-0 loan; level-0 loan → its level-1 loan. */
    private final java.util.Map<Integer, Integer> envField = new java.util.HashMap<>();
    private final java.util.Map<Integer, Integer> envDeeper = new java.util.HashMap<>();
    /** The level-0 and level-1 capture loans (see {@link #envLoans}). */
    private final BitSet envLevel0 = new BitSet(), envLevel1 = new BitSet();

    /**
     * The environment's lifetimes as rustc sees them in a closure's upvar types: per capture, one
     * universal loan standing for the loans the creator's capture operand holds (level 0: for `&names`
     * captured by reference, its borrow of `names`) and one for what those loans point to (level 1 and
     * below: what `names` holds). A place read through the environment holds the level its derefs
     * after the capture's field give (`(*(*_1).0)[i]` copies level 1 out of a by-reference capture).
     */
    private void envLoans(Loan whole) {
        envWhole = whole.id();
        Ty envTy = body.local(new Local(1)).ty();
        boolean ref = envTy instanceof Ty.Ref;
        if (envTy instanceof Ty.Ref r) envTy = r.inner();
        dev.heaplab.core.types.ClosureDef def = defs.closure(body.def());
        if (!(envTy instanceof Ty.Closure cl) || def == null) return;
        for (int f = 0; f < def.captures().size(); f++) {
            Ty t = dev.heaplab.core.types.TySubst.subst(def.captures().get(f).ty(), cl.parentArgs());
            if (queries.refFree(t)) continue;
            Place field = (ref ? Place.of(new Local(1)).deref() : Place.of(new Local(1))).field(f, t);
            Loan own = new Loan(loans.size(), field, Rvalue.BorrowKind.SHARED, BlockId.START, -1, whole.span(), whole.holder(), true);
            loans.add(own);
            Loan below = new Loan(loans.size(), field.deref(), Rvalue.BorrowKind.SHARED, BlockId.START, -1, whole.span(), whole.holder(), true);
            loans.add(below);
            envField.put(f, own.id());
            envDeeper.put(own.id(), below.id());
            envLevel0.set(own.id());
            envLevel1.set(below.id());
        }
    }

    /** Is this a level-1 capture loan (what a capture's loans point to, see {@link #envLoans})? */
    boolean capturePointee(Loan l) { return envLevel1.get(l.id()); }

    /**
     * Are the loans of the captures closure value {@code cv} requires `'static` pointees of borrows of
     * whole locals (or of this body's parameters and environment, which are checked elsewhere)? Then
     * {@link #capturesRequiredStatic} follows what those locals hold at any point.
     */
    boolean requiredCapturesTracked(BitSet[] s, Rvalue.ClosureValue cv) {
        BitSet fields = closures == null ? null : closures.envStaticCaptures(cv.closure());
        if (fields == null) return true;
        for (int f = fields.nextSetBit(0); f >= 0 && f < cv.captures().size(); f = fields.nextSetBit(f + 1)) {
            BitSet own = new BitSet();
            operandLoans(s, cv.captures().get(f), own);
            for (int id = own.nextSetBit(0); id >= 0; id = own.nextSetBit(id + 1)) {
                if (!loans.get(id).universal() && hasDeref(loans.get(id).place())) return false;
            }
        }
        return true;
    }

    /** The capture field whose level-1 loan {@code l} is, else -1. */
    int capturePointeeField(Loan l) {
        if (!envLevel1.get(l.id())) return -1;
        for (var e : envField.entrySet()) if (envDeeper.get(e.getValue()) == l.id()) return e.getKey();
        return -1;
    }

    /**
     * The creator's loans that closure value {@code cv} requires to be `'static` (see
     * {@link ClosureSummaries#envStaticCaptures}): what the loans of those captures point to, and
     * below, followed to a fixpoint.
     */
    BitSet capturesRequiredStatic(BitSet[] s, Rvalue.ClosureValue cv) {
        BitSet out = new BitSet();
        BitSet fields = closures == null ? null : closures.envStaticCaptures(cv.closure());
        if (fields == null || fields.isEmpty()) return out;
        BitSet level = new BitSet();
        for (int f = fields.nextSetBit(0); f >= 0 && f < cv.captures().size(); f = fields.nextSetBit(f + 1)) {
            BitSet own = new BitSet();
            operandLoans(s, cv.captures().get(f), own);
            pointeeLoans(s, own, level);
            for (int id = own.nextSetBit(0); id >= 0; id = own.nextSetBit(id + 1)) {
                Loan l = loans.get(id);
                if (!l.universal() && !hasDeref(l.place())) requiredStatic.set(l.place().local().index());
            }
        }
        while (!level.isEmpty()) {
            BitSet fresh = (BitSet) level.clone();
            fresh.andNot(out);
            if (fresh.isEmpty()) break;
            out.or(fresh);
            level = new BitSet();
            pointeeLoans(s, fresh, level);
        }
        return out;
    }

    /**
     * The value at {@code place}, rooted at the environment, when its lifetimes are split (see
     * {@link #envLoans}): a capture's field gives its level-0 loan, a deref below it level 1; a place
     * not naming one capture gives every capture's loans at the levels it may reach. What was stored
     * into the environment (through a capture by `&mut`) is kept whatever the place.
     */
    private void envValue(BitSet[] s, Place place, BitSet out) {
        BitSet stored = s[1];
        for (int id = stored.nextSetBit(0); id >= 0; id = stored.nextSetBit(id + 1)) if (id != envWhole) out.set(id);
        List<Place.Projection> ps = place.projections();
        boolean ref = body.local(new Local(1)).ty() instanceof Ty.Ref;
        if (ps.isEmpty()) {
            if (envWhole >= 0) out.set(envWhole);
            return;
        }
        int k = ref ? 1 : 0;
        boolean deeper = false;
        for (int j = k + 1; j < ps.size(); j++) deeper |= ps.get(j) instanceof Place.Projection.Deref;
        if ((ref && !(ps.get(0) instanceof Place.Projection.Deref)) || k >= ps.size() || !(ps.get(k) instanceof Place.Projection.Field f)) {
            out.or(envLevel0);
            if (ps.size() > k + 1) out.or(envLevel1);
            return;
        }
        Integer own = envField.get(f.index());
        if (own != null) out.set(deeper ? envDeeper.get(own) : own);
    }

    /** Outer universal loan id → the loan standing for the lifetimes inside its pointee. */
    private final java.util.Map<Integer, Integer> innerOf = new java.util.HashMap<>();

    /** Has some shared reference parameter `'static` items (`&Vec<&'static str>`)? See {@link #narrowToItems}. */
    private boolean staticItemParams;

    /**
     * Is this the universal loan of the lifetimes inside a reference parameter's pointee (`'a` in
     * `w: &[&'a str]`), which values copied out of the pointee hold, rather than the parameter's own?
     */
    boolean innerUniversal(Loan l) { return l.universal() && !l.place().isLocal(); }

    /**
     * A reference parameter without a loan for its pointee's lifetimes points to nothing borrowed: its
     * pointee holds no reference (`key: &str`) or only `'static` ones (`names: &[&'static str]`).
     */
    private boolean pointsToNothingBorrowed(Loan l) {
        return body.local(l.holder()).ty() instanceof Ty.Ref;
    }

    /** What a value read out of the pointee of data holding universal loan {@code l} holds. */
    private void pointeeOfUniversal(Loan l, BitSet out) {
        if (captureLevels && (l.id() == envWhole || envLevel0.get(l.id()))) {
            // The environment's pointee holds every capture (its field unknown here); a capture's, its level below.
            if (l.id() == envWhole) out.or(envLevel0);
            else out.set(envDeeper.get(l.id()));
        } else if (innerUniversal(l)) out.set(l.id());
        else {
            Integer inner = innerOf.get(l.id());
            if (inner != null) out.set(inner);
        }
    }

    /**
     * A call result whose type names only signature lifetimes, none of them a parameter's own, holds
     * no borrow of that parameter itself, only of what its items point to, when the parameter is a
     * shared list of shared references (`words: &[&'a str]`): `words.iter().cloned().collect()` as
     * `Vec<&'a str>` keeps `'a`, not `words`' own lifetime. A result type with a reference to the
     * list or to an item (`Vec<&'a [&'a str]>`), or with types whose lifetimes are hidden, is left alone.
     */
    private void narrowToItems(BitSet result, Place dest, BitSet tied) {
        if (!dest.isLocal()) return;
        dev.heaplab.core.types.FnDef fn = defs.fn(body.def());
        if (fn == null) return;
        Ty destTy = body.local(dest.local()).ty();
        java.util.Set<String> named = new java.util.HashSet<>();
        List<Ty> referents = new ArrayList<>();
        boolean[] open = {false};
        dev.heaplab.core.types.TySubst.map(destTy, x -> {
            switch (x) {
                case Ty.Ref r -> {
                    if (r.mutable() || !r.region().isNamed()) open[0] = true;
                    else named.add(r.region().name());
                    referents.add(r.inner());
                }
                case Ty.Adt a when borrowingAdt.test(a) -> open[0] = true;
                case Ty.Param p -> open[0] = true;
                case Ty.Projection p -> open[0] = true;
                case Ty.Closure k -> open[0] = true;
                case Ty.Dynamic d -> open[0] = true;
                case Ty.Infer i -> open[0] = true;
                case Ty.FnPtr f -> open[0] = true;
                case Ty.RawPtr p -> open[0] = true;
                default -> { }
            }
            return x;
        });
        if (open[0] || named.isEmpty()) return;
        for (int id : result.stream().toArray()) {
            Loan l = loans.get(id);
            Integer inner = innerOf.get(id);
            int k = l.holder().index() - 1;
            if (!l.universal() || innerUniversal(l) || k < 0 || k >= fn.sig().inputs().size() || tied.get(id)) continue;
            if (!(fn.sig().inputs().get(k) instanceof Ty.Ref param) || param.mutable()) continue;
            if (param.region().isNamed() && named.contains(param.region().name())) continue;
            if (inner == null) {
                // Items written `&'static T` or holding no borrow (`&Vec<&'static str>`, `&BTreeMap<&'static str, i64>`)
                // hold no loan at all: a result that names none of their types keeps none.
                List<Ty> items = staticItems(param.inner());
                if (items != null && referents.stream().noneMatch(t -> mentions(t, param.inner())
                        || items.stream().anyMatch(i -> mentions(t, i)))) result.clear(id);
                continue;
            }
            Ty item = sharedRefItem(param.inner());
            if (item == null || referents.stream().anyMatch(t -> mentions(t, param.inner()) || mentions(t, item))) continue;
            List<Ty> fields = item instanceof Ty.Adt ia ? fieldTypes(ia) : List.of();
            if (referents.stream().anyMatch(t -> fields.stream().anyMatch(f -> mentions(t, f)))) continue;
            result.clear(id);
            if (inner != null) result.set(inner);
        }
    }

    /**
     * The loans of the arguments passed as `&'r T` where the callee's result names `'r` (written or by
     * elision): the result holds their own borrow, whatever the destination's type says (`first(xs)` for
     * `fn first<'a>(xs: &'a [&str]) -> &'a str` returns a borrow of the list, not of its items; returning
     * it as the items' lifetime is an error to report, not a narrowing to make).
     */
    private BitSet tiedLoans(BitSet[] s, Terminator.Call c, CallFacts facts) {
        if (facts.tied == null) {
            dev.heaplab.core.types.FnSig sig = signature(c);
            facts.tied = new boolean[c.args().size()];
            for (int k = 0; sig != null && k < c.args().size() && k < sig.inputs().size(); k++) {
                facts.tied[k] = sig.inputs().get(k) instanceof Ty.Ref r && SignatureRegions.outputMentions(sig, k, r.region(), selfRef, borrowingAdt,
                        SignatureRegions.dynsStatic(callee(c)));
            }
        }
        BitSet out = new BitSet();
        for (int k = 0; k < facts.tied.length; k++) if (facts.tied[k]) operandLoans(s, c.args().get(k), out);
        return out;
    }

    /**
     * The item types of a slice, array, Vec, VecDeque, set or map whose items are `&'static` references
     * to data holding no borrow, or hold no borrow at all (`[&'static str]`, `BTreeMap<&'static str, i64>`);
     * else null.
     */
    private List<Ty> staticItems(Ty list) {
        List<Ty> items = switch (list) {
            case Ty.Slice s -> List.of(s.elem());
            case Ty.Array a -> List.of(a.elem());
            case Ty.Adt a when defs.adt(a.def()).lang() != null && CONTAINERS.contains(defs.adt(a.def()).lang()) -> a.args();
            default -> null;
        };
        if (items == null || items.isEmpty()) return null;
        for (Ty i : items) {
            // Only scalars beside the references: an owned item (`String`) lends its contents (`as_str()`)
            // under a type the result's referents would not name.
            boolean ok = i instanceof Ty.Ref r ? !r.mutable() && "'static".equals(r.region().name()) && queries.refFree(r.inner())
                    : i instanceof Ty.Int || i instanceof Ty.Float || i instanceof Ty.Bool || i instanceof Ty.Char;
            if (!ok) return null;
        }
        return items;
    }

    private static final java.util.Set<dev.heaplab.core.types.LangItem> CONTAINERS = java.util.EnumSet.of(
            dev.heaplab.core.types.LangItem.VEC, dev.heaplab.core.types.LangItem.VEC_DEQUE,
            dev.heaplab.core.types.LangItem.HASH_MAP, dev.heaplab.core.types.LangItem.HASH_SET,
            dev.heaplab.core.types.LangItem.BTREE_MAP, dev.heaplab.core.types.LangItem.BTREE_SET);

    /** The item type of a slice, array or Vec of shared references (`&'a str` in `[&'a str]`), else null. */
    private Ty sharedRefItem(Ty list) {
        Ty item = switch (list) {
            case Ty.Slice s -> s.elem();
            case Ty.Array a -> a.elem();
            case Ty.Adt a when defs.adt(a.def()).lang() == dev.heaplab.core.types.LangItem.VEC && a.args().size() == 1 -> a.args().get(0);
            default -> null;
        };
        if (item instanceof Ty.Ref r && !r.mutable()) return item;
        return item instanceof Ty.Adt a && sharedRefFields(a) ? item : null;
    }

    /**
     * A user struct whose fields are all shared references to reference-free data or scalars
     * (`LogLine<'a> { level: Level, message: &'a str }`): it is to its lifetimes what `&'a str` is, as
     * long as the result names none of its field types (no borrow of the struct's own memory).
     */
    private boolean sharedRefFields(Ty.Adt a) {
        return fieldTypes(a) != null;
    }

    /** The field types of such a struct (see sharedRefFields), or null when it is not one. */
    private List<Ty> fieldTypes(Ty.Adt a) {
        dev.heaplab.core.types.AdtDef adt = defs.adt(a.def());
        if (adt == null || adt.lang() != null || !a.args().isEmpty() || adt.variants().size() != 1) return null;
        List<Ty> out = new ArrayList<>();
        for (dev.heaplab.core.types.AdtDef.FieldDef f : adt.variants().get(0).fields()) {
            Ty t = f.ty();
            boolean ok = switch (t) {
                case Ty.Ref r -> !r.mutable() && queries.refFree(r.inner());
                case Ty.Int i -> true;
                case Ty.Bool b -> true;
                case Ty.Char c -> true;
                case Ty.Float x -> true;
                case Ty.Adt e -> defs.adt(e.def()) != null && defs.adt(e.def()).lang() == null && e.args().isEmpty()
                        && defs.adt(e.def()).variants().stream().allMatch(v -> v.fields().isEmpty());
                default -> false;
            };
            if (!ok) return null;
            out.add(t);
        }
        return out;
    }

    /** Does {@code t} contain {@code part} (lifetimes aside)? */
    private static boolean mentions(Ty t, Ty part) {
        Ty p = eraseRegions(part);
        boolean[] found = {false};
        dev.heaplab.core.types.TySubst.map(t, x -> {
            if (eraseRegions(x).equals(p)) found[0] = true;
            return x;
        });
        return found[0];
    }

    private static Ty eraseRegions(Ty t) { return dev.heaplab.core.types.ImplMatcher.eraseRegions(t); }

    /**
     * A pointee type in a signature whose lifetimes are all written `'static` (`[&'static str]`), with no
     * type hiding others (type parameters, structs with lifetimes, trait objects): nothing read out of
     * it borrows the caller's data.
     */
    private boolean staticOnly(Ty t) {
        if (!onlyStatic(t)) return false;
        boolean[] open = {false};
        dev.heaplab.core.types.TySubst.map(t, x -> {
            switch (x) {
                case Ty.Adt a when borrowingAdt.test(a) -> open[0] = true;
                case Ty.Param p -> open[0] = true;
                case Ty.Projection p -> open[0] = true;
                case Ty.Closure k -> open[0] = true;
                case Ty.Dynamic d -> open[0] = true;
                case Ty.Infer i -> open[0] = true;
                default -> { }
            }
            return x;
        });
        return !open[0];
    }

    /** A reference parameter whose lifetimes are all `'static` can never be too short-lived. */
    static boolean onlyStatic(Ty t) {
        boolean[] other = {false}, any = {false};
        dev.heaplab.core.types.TySubst.map(t, x -> {
            if (x instanceof Ty.Ref r) {
                any[0] = true;
                if (!(r.region().isNamed() && "'static".equals(r.region().name()))) other[0] = true;
            }
            return x;
        });
        return any[0] && !other[0];
    }

    private void collectLoans() {
        universalLoans();
        for (int b = 0; b < body.blocks().size(); b++) {
            List<Statement> ss = body.blocks().get(b).statements();
            for (int i = 0; i < ss.size(); i++) {
                // A promoted constant is static memory: borrowing it creates no loan.
                if (ss.get(i) instanceof Statement.Assign a && a.rvalue() instanceof Rvalue.Ref r
                        && body.local(r.place().local()).kind() != dev.heaplab.core.mir.LocalDecl.Kind.PROMOTED) {
                    loans.add(new Loan(loans.size(), r.place(), r.kind(), new BlockId(b), i, a.span(), a.place().local(), false));
                }
            }
        }
    }

    /** Loans by creating statement ((block << 20) | index), so the transfer function finds them in O(1). */
    private final java.util.Map<Long, Loan> byStatement = new java.util.HashMap<>();

    Loan loanAt(BlockId b, int index) {
        if (byStatement.isEmpty()) for (Loan l : loans) if (!l.universal()) byStatement.put(((long) l.block().index() << 20) | l.index(), l);
        return byStatement.get(((long) b.index() << 20) | index);
    }

    BitSet[] entry(BlockId b) {
        long[] e = entry[b.index()];
        if (e == null) return null;
        BitSet[] out = new BitSet[escape + 1];
        for (int i = 0; i < out.length; i++) out[i] = new BitSet();
        load(e, out);
        return out;
    }

    /** Overwrites {@code into} (one set per local and the escape slot) with block b's entry; false when b is never reached. */
    boolean entryInto(BlockId b, BitSet[] into) {
        long[] e = entry[b.index()];
        if (e == null) return false;
        load(e, into);
        return true;
    }

    /** Makes {@code into}'s sets those of {@code row}. */
    private void load(long[] row, BitSet[] into) {
        for (int i = 0; i < into.length; i++) {
            BitSet x = into[i];
            if (!x.isEmpty()) x.clear();
            for (int w = 0; w < words; w++) {
                for (long v = row[i * words + w]; v != 0; v &= v - 1) x.set(w * 64 + Long.numberOfTrailingZeros(v));
            }
        }
    }

    /** Writes the state {@code s} into {@code row} (cleared first). */
    private void store(BitSet[] s, long[] row) {
        java.util.Arrays.fill(row, 0L);
        for (int i = 0; i < s.length; i++) {
            BitSet x = s[i];
            if (x.isEmpty()) continue;
            for (int id = x.nextSetBit(0); id >= 0; id = x.nextSetBit(id + 1)) {
                if (id >= words * 64) throw new IllegalStateException("loan " + id + " beyond the " + loans.size() + " loans of the flow");
                row[i * words + (id >>> 6)] |= 1L << id;
            }
        }
    }

    static BitSet[] copy(BitSet[] s) {
        BitSet[] c = new BitSet[s.length];
        // Not clone(): it trims the source's words, which the next set() grows again; most sets are empty.
        for (int i = 0; i < s.length; i++) {
            BitSet x = s[i];
            c[i] = new BitSet(x.length());
            if (!x.isEmpty()) c[i].or(x);
        }
        return c;
    }

    private void solve() {
        int n = body.locals().size() + 1;
        words = Math.max(1, (loans.size() + 63) >>> 6);
        long[] start = new long[n * words];
        for (Loan l : loans) {
            if (l.universal() && !innerUniversal(l) && !shadows.get(l.id())) start[l.holder().index() * words + (l.id() >>> 6)] |= 1L << l.id();
        }
        entry[0] = start;
        ArrayDeque<Integer> work = new ArrayDeque<>();
        boolean[] queued = new boolean[entry.length]; // a block waits in the queue once
        work.add(0);
        queued[0] = true;
        BitSet[] s = new BitSet[n]; // the state of a visit, overwritten at each
        for (int i = 0; i < n; i++) s[i] = new BitSet();
        long[] out = new long[n * words];
        while (!work.isEmpty()) {
            int b = work.poll();
            queued[b] = false;
            load(entry[b], s);
            Body.BasicBlock bb = body.blocks().get(b);
            for (int i = 0; i < bb.statements().size(); i++) applyStatement(s, bb.statements().get(i), new BlockId(b), i);
            applyTerminator(s, bb.terminator());
            store(s, out);
            List<BlockId> succs = InitAnalysis.successors(bb.terminator());
            for (int k = 0; k < succs.size(); k++) {
                BlockId succ = succs.get(k);
                long[] e = entry[succ.index()];
                if (e == null) {
                    entry[succ.index()] = out.clone();
                    work.add(succ.index());
                    queued[succ.index()] = true;
                } else if (join(e, out) && !queued[succ.index()]) {
                    work.add(succ.index());
                    queued[succ.index()] = true;
                }
            }
        }
    }

    /** Union of {@code from} into {@code into}; whether anything was added. */
    private static boolean join(long[] into, long[] from) {
        boolean changed = false;
        for (int k = 0; k < into.length; k++) {
            long v = into[k] | from[k];
            if (v != into[k]) {
                into[k] = v;
                changed = true;
            }
        }
        return changed;
    }

    void applyStatement(BitSet[] s, Statement st, BlockId b, int index) {
        switch (st) {
            case Statement.Assign a -> {
                if (structSlots != null && a.place().isLocal() && structSlots.tracks(a.place().local().index())
                        && a.rvalue() instanceof Rvalue.Aggregate ag) {
                    for (int i = 0; i < ag.operands().size(); i++) {
                        BitSet held = new BitSet();
                        operandLoans(s, ag.operands().get(i), held);
                        structSlots.record(a.place().local().index(), i, held);
                    }
                }
                BitSet flow = new BitSet();
                if (a.rvalue() instanceof Rvalue.Ref r) {
                    Loan l = loanAt(b, index);
                    if (l != null) flow.set(l.id());
                    if (l != null && escapeAtCreation.get(l.id())) s[escape].set(l.id());
                    // Borrowing through a pointer (reborrow) keeps the pointer's loans alive; but
                    // through a shared reference stored inside another pointee (`&**p`), only what
                    // that reference holds, as rustc's reborrow constraints stop at a shared deref.
                    if (hasDeref(r.place())) {
                        Place pointer = beforeLastDeref(r.place());
                        if (!pointer.isLocal() && placeTypes.typeOf(pointer) instanceof Ty.Ref ref && !ref.mutable()) {
                            operandLoans(s, new Operand.Copy(pointer), flow);
                        } else if (l != null && shadowedReborrows.get(l.id())) {
                            BitSet held = s[r.place().local().index()];
                            for (int id = held.nextSetBit(0); id >= 0; id = held.nextSetBit(id + 1)) flow.set(shadowOf.getOrDefault(id, id));
                        } else {
                            flow.or(s[r.place().local().index()]);
                        }
                    }
                } else if (!refFreeDest.test(a.place())) {
                    rvalueLoans(s, a.rvalue(), flow);
                }
                noteEscapingSources(a.place(), a.rvalue());
                if (a.place().isLocal() && escapingLocals.get(a.place().local().index())) escape(s, flow);
                if (a.place().isLocal()) killBorrowsOf(s, flow, a.place().local(), a.rvalue() instanceof Rvalue.Ref ? loanAt(b, index) : null);
                write(s, a.place(), flow);
                if (!a.place().isLocal() && !flow.isEmpty() && explicitStaticStorage(a.place())) noteStaticUse(flow, a.span(), true);
                if (a.rvalue() instanceof Rvalue.ClosureValue cv) {
                    captureStores(s, cv);
                    // What the closure's body gives to `'static` arguments out of its captures' pointees.
                    escape(s, capturesRequiredStatic(s, cv));
                    // A closure storing what it captured in a `'static` field requires its captures to be `'static`.
                    if (closures != null && closures.required(cv.closure()).envStore() != null) {
                        BitSet stored = storedCaptures(s, cv, closures.required(cv.closure()).envDeep());
                        escape(s, stored);
                        noteStaticUse(stored, closures.required(cv.closure()).envStore(), false);
                    }
                }
                if (a.rvalue() instanceof Rvalue.Aggregate ag) {
                    escape(s, staticFieldLoans(s, a.rvalue(), true));
                    for (int i = 0; i < ag.operands().size(); i++) {
                        if (!staticFields.operand(ag.kind(), i, false)) continue;
                        BitSet stored = new BitSet();
                        operandLoans(s, ag.operands().get(i), stored);
                        if (newStaticUse(stored)) noteStaticUse(stored, StoreUses.operand(defs, body.def(), a, i), false);
                    }
                }
            }
            case Statement.StorageDead d -> { s[d.local().index()].clear(); killLoansOf(s, d.local()); }
            case Statement.StorageLive l -> { s[l.local().index()].clear(); killLoansOf(s, l.local()); }
            default -> { }
        }
    }

    void applyTerminator(BitSet[] s, Terminator t) {
        if (t instanceof Terminator.Call c) {
            CallFacts facts = facts(c);
            // A callee may store an argument's borrows behind a `&mut` argument (`v.push(&x)`), as far
            // as its signature lets them be stored (see storableLoans).
            for (int i = 0; i < c.args().size(); i++) {
                BitSet mine = new BitSet();
                operandLoans(s, c.args().get(i), mine);
                for (int id = mine.nextSetBit(0); id >= 0; id = mine.nextSetBit(id + 1)) {
                    Loan l = loans.get(id);
                    if (storeTarget(l)) {
                        BitSet others = storableBeside(s, c, i, facts);
                        if (!l.mutable()) others.andNot(readOnlyClosureLoans(s, c, i));
                        others.andNot(mine);
                        storeInto(s, l.place().local(), others);
                        if (escapes(l.place())) escape(s, others);
                    }
                }
            }
            staticArguments(s, c, facts);
            boundedArguments(s, c, facts);
            for (int x = 0; x < facts.staticOperands.length; x++) {
                BitSet mine = new BitSet();
                operandLoans(s, c.args().get(facts.staticOperands[x]), mine);
                if (facts.copiedOperands[x]) {
                    // What a copying iterator gives is what its loans point to (the elements), not its borrow.
                    BitSet items = new BitSet();
                    pointeeLoans(s, mine, items);
                    mine = items;
                }
                escape(s, mine);
            }
            if (closures != null) {
                // A closure passed here may require the receiver's items to be `'static` (ClosureRequirements).
                BitSet required = new BitSet();
                closures.requiredOfReceiver(c, s, this, required);
                escape(s, required);
                BitSet stored = new BitSet();
                closures.requiredOfReceiver(c, s, this, stored, false, true);
                if (newStaticUse(stored)) noteStaticUse(stored, closures.storeRequirementAt(c, this).store(), false);
            }
            BitSet result = facts.destRefFree ? new BitSet() : resultLoans(s, c, facts);
            if (!innerOf.isEmpty() || staticItemParams) narrowToItems(result, c.destination(), tiedLoans(s, c, facts));
            if (facts.dropSealed) result.andNot(sealedCaptures);
            if (facts.onlyCallerBorrows) {
                for (int id = result.nextSetBit(0); id >= 0; id = result.nextSetBit(id + 1)) if (!loans.get(id).universal()) result.clear(id);
            }
            if (c.destination().isLocal() && escapingLocals.get(c.destination().local().index())) escape(s, result);
            if (c.destination().isLocal()) killBorrowsOf(s, result, c.destination().local(), null);
            write(s, c.destination(), result);
        }
    }

    /**
     * What {@link #applyTerminator} reads of one call's signature and argument types, whatever the
     * loans held: read once per call instead of at every visit (a body's flow is solved up to five
     * times, then walked again by the checks and the closure summaries). The per-argument modes of
     * {@link #resultLoans} and {@link #storableLoans} are filled when first asked (0 until then), as
     * they were asked only then.
     */
    private static final class CallFacts {
        static final byte NONE = 1, ALL = 2, HELD = 3, POINTEE = 4, VALUES = 5, ITEMS = 6, ITEMS_BEHIND = 7, POINTEE_OF_POINTEE = 8, POINTEE_SLOTS = 9;
        boolean destRefFree, dropSealed, onlyCallerBorrows;
        /** Per argument, what must be `'static` by the signature: NONE, ALL, or HELD (what its borrowed places hold). */
        byte[] statics;
        /** Per bounded argument k: {k, then the reference arguments j its borrows are stored behind}. */
        int[][] bounded;
        /** The arguments whose borrows must be `'static` for a closure's `'static` parameter, and whether each copies its items. */
        int[] staticOperands;
        boolean[] copiedOperands;
        /** Per argument, lazily: passed as `&'r T` with `'r` in the result (see tiedLoans). */
        boolean[] tied;
        /** Per argument, lazily: what the result may hold of its loans (NONE, POINTEE, VALUES, ALL). */
        byte[] result;
        /** Per argument, lazily: what the callee may store of it behind another argument (NONE, ALL, HELD). */
        byte[] storable;
        /** The closures passed here whose requirements apply (see ClosureSummaries), once asked. */
        List<ClosureSummaries.Passed> passes;
    }

    /** Per call of this body (see {@link CallFacts}). */
    private final java.util.Map<Terminator.Call, CallFacts> callFacts = new java.util.IdentityHashMap<>();

    private CallFacts facts(Terminator.Call c) {
        CallFacts f = callFacts.get(c);
        if (f != null) return f;
        f = new CallFacts();
        int n = c.args().size();
        f.destRefFree = refFreeDest.test(c.destination());
        f.dropSealed = !sealedCaptures.isEmpty() && queries.closureFree(placeTypes.typeOf(c.destination()));
        f.onlyCallerBorrows = queries.onlyCallerBorrows(placeTypes.typeOf(c.destination()));
        f.statics = new byte[n];
        java.util.Arrays.fill(f.statics, CallFacts.NONE);
        dev.heaplab.core.types.FnDef def = callee(c);
        for (int k = 0; def != null && k < n && k < def.sig().inputs().size(); k++) {
            Ty param = def.sig().inputs().get(k);
            if (onlyStatic(param)) f.statics[k] = CallFacts.ALL;
            else if (param instanceof Ty.Ref r && onlyStatic(r.inner())) f.statics[k] = CallFacts.HELD;
        }
        f.bounded = boundedPairs(c);
        List<Integer> ops = StaticClosureParams.staticOperands(c, defs, k -> argType(c, k));
        f.staticOperands = new int[ops.size()];
        f.copiedOperands = new boolean[ops.size()];
        for (int x = 0; x < ops.size(); x++) {
            f.staticOperands[x] = ops.get(x);
            f.copiedOperands[x] = TypeQueries.copiedItems(argType(c, ops.get(x)), defs);
        }
        f.result = new byte[n];
        f.storable = new byte[n];
        callFacts.put(c, f);
        return f;
    }

    /** The operands of call {@code c} whose borrows must be `'static` for a closure's `'static` parameter (see StaticClosureParams). */
    int[] staticOperands(Terminator.Call c) { return facts(c).staticOperands; }

    /** Whether {@link #staticOperands}' x-th operand copies its items out of what it borrows. */
    boolean copiedOperand(Terminator.Call c, int x) { return facts(c).copiedOperands[x]; }

    /** The closures passed to call {@code c} whose requirements apply, found once by {@code find}. */
    List<ClosureSummaries.Passed> closurePasses(Terminator.Call c, java.util.function.Supplier<List<ClosureSummaries.Passed>> find) {
        CallFacts f = facts(c);
        if (f.passes == null) f.passes = find.get();
        return f.passes;
    }

    /**
     * A closure's body may store one capture's borrows behind another capture it holds mutably
     * (`keep = &lower` with `keep` captured by `&mut`, or a push into a captured RefCell): as for a
     * call's arguments, the other captures' loans are stored there when the closure is made.
     */
    private void captureStores(BitSet[] s, Rvalue.ClosureValue cv) {
        for (int i = 0; i < cv.captures().size(); i++) {
            BitSet mine = new BitSet();
            operandLoans(s, cv.captures().get(i), mine);
            for (int id = mine.nextSetBit(0); id >= 0; id = mine.nextSetBit(id + 1)) {
                Loan l = loans.get(id);
                if (!storeTarget(l)) continue;
                BitSet others = new BitSet();
                for (int j = 0; j < cv.captures().size(); j++) {
                    // a capture held by `&mut` receives only what its type can hold: `out: Vec<&String>`
                    // cannot keep the closure's `&mut total`
                    if (j != i && mayStoreInto(placeTypes.typeOf(l.place()), captureType(cv, j))) operandLoans(s, cv.captures().get(j), others);
                }
                others.andNot(mine);
                storeInto(s, l.place().local(), others);
                if (escapes(l.place())) escape(s, others);
            }
        }
    }

    private Ty captureType(Rvalue.ClosureValue cv, int j) {
        Operand o = cv.captures().get(j);
        return o instanceof Operand.Constant k ? k.ty() : o.readPlace() == null ? null : placeTypes.typeOf(o.readPlace());
    }

    /**
     * Can a borrow held by a value of type {@code value} be stored into a cell of type {@code cell}
     * (behind a shared reference)? Only as a reference of the cell's type whose pointee is a type the
     * value reaches (its own types, `str` of a String, `[T]` of a Vec or array): an
     * `Arc<Mutex<HashMap<&str, usize>>>` cannot keep the borrow of an `Arc<AtomicUsize>`. Types hiding
     * lifetimes (parameters, trait objects, closures, structs with lifetimes) may keep anything.
     */
    private boolean mayStoreInto(Ty cell, Ty value) {
        if (cell == null || value == null || hidesLifetimes(cell, true) || hidesLifetimes(value, true)) return true;
        java.util.Set<Ty> reached = new java.util.HashSet<>();
        boolean[] open = {false};
        dev.heaplab.core.types.TySubst.map(value, x -> {
            Ty e = eraseRegions(x);
            reached.add(e);
            if (x instanceof Ty.Adt a) {
                dev.heaplab.core.types.AdtDef adt = defs.adt(a.def());
                if (adt == null || adt.lang() == null && !dev.heaplab.core.typeck.CheckedStd.isStd(adt.span())) open[0] = true;
                else if (adt.lang() == dev.heaplab.core.types.LangItem.STRING) bytes(reached);
                else if (a.args().size() == 1) reached.add(new Ty.Slice(eraseRegions(a.args().get(0))));
            }
            if (x instanceof Ty.Array arr) reached.add(new Ty.Slice(eraseRegions(arr.elem())));
            if (x instanceof Ty.Str) bytes(reached);
            return x;
        });
        if (open[0]) return true;
        boolean[] storable = {false};
        dev.heaplab.core.types.TySubst.map(cell, x -> {
            // Only plain data is told apart: a `&Path` could come from a String, and so on.
            if (x instanceof Ty.Ref r && (reached.contains(eraseRegions(r.inner())) || !plainData(r.inner()))) storable[0] = true;
            return x;
        });
        return storable[0];
    }

    /** What a String or `str` lends besides itself: `&str`, `&[u8]`, `&u8`. */
    private static void bytes(java.util.Set<Ty> reached) {
        reached.add(new Ty.Str());
        Ty u8 = new Ty.Int(dev.heaplab.core.types.IntTy.U8);
        reached.add(u8);
        reached.add(new Ty.Slice(u8));
    }

    /** Scalars, `str`, String, and slices or arrays of them. */
    private boolean plainData(Ty t) {
        return switch (t) {
            case Ty.Int i -> true;
            case Ty.Float f -> true;
            case Ty.Bool b -> true;
            case Ty.Char c -> true;
            case Ty.Str x -> true;
            case Ty.Slice sl -> plainData(sl.elem());
            case Ty.Array a -> plainData(a.elem());
            case Ty.Adt a -> defs.adt(a.def()) != null && defs.adt(a.def()).lang() == dev.heaplab.core.types.LangItem.STRING;
            default -> false;
        };
    }

    /**
     * The loans a closure's body may store in a `'static` field out of its captures. A shared reference
     * variable captured by reference (`unit` of type `&str` in `|n| Named { name: unit, n }`) gives its
     * value, not the capture's own borrow: a reborrow through it stops at its shared deref, so only what
     * the variable holds is stored, unless a stored type nests references ({@code deep}: `&&str` could be
     * the capture itself). Every other capture's loans.
     */
    BitSet storedCaptures(BitSet[] s, Rvalue.ClosureValue cv, boolean deep) {
        BitSet captured = new BitSet();
        rvalueLoans(s, cv, captured);
        return deep ? captured : sharedRefValues(s, captured);
    }

    /**
     * An argument of a type parameter bounded by a lifetime that a reference parameter carries
     * (`Scope::spawn<F: 'scope>(&'scope self, f: F)`) may be kept as long as that reference's
     * target: its borrows are stored there (escaping when it is a parameter's data), so a scoped
     * thread's captures stay borrowed until the scope ends.
     */
    private void boundedArguments(BitSet[] s, Terminator.Call c, CallFacts facts) {
        for (int[] pair : facts.bounded) {
            BitSet mine = new BitSet();
            operandLoans(s, c.args().get(pair[0]), mine);
            for (int x = 1; x < pair.length; x++) {
                BitSet target = new BitSet();
                operandLoans(s, c.args().get(pair[x]), target);
                for (int id = target.nextSetBit(0); id >= 0; id = target.nextSetBit(id + 1)) {
                    Loan l = loans.get(id);
                    if (l.universal() || escapes(l.place())) escape(s, mine);
                    else storeInto(s, l.place().local(), mine);
                }
            }
        }
    }

    /** For {@link #boundedArguments}: per bounded argument k, {k, the reference arguments carrying its bound's lifetime}. */
    private int[][] boundedPairs(Terminator.Call c) {
        dev.heaplab.core.types.FnDef def = callee(c);
        if (def == null || def.decl() == null) return new int[0][];
        List<int[]> out = new ArrayList<>();
        List<String> names = def.generics().params();
        for (var gp : def.decl().generics().params()) {
            if (!(gp instanceof dev.heaplab.core.syntax.Generics.GenericParam.TypeParam tp)) continue;
            for (var bound : tp.bounds()) {
                if (!(bound instanceof dev.heaplab.core.syntax.Generics.Bound.LifetimeBound lb)) continue;
                String region = lb.lifetime().name();
                if (region.endsWith("static")) continue;
                int param = names.lastIndexOf(tp.name().name());
                for (int k = 0; k < c.args().size() && k < def.sig().inputs().size(); k++) {
                    if (!(def.sig().inputs().get(k) instanceof Ty.Param p) || p.index() != param) continue;
                    List<Integer> targets = new ArrayList<>();
                    for (int j = 0; j < c.args().size() && j < def.sig().inputs().size(); j++) {
                        // An impl's lifetime (`&'scope self` in `impl<'scope> Scope<'scope>`) is erased in the signature.
                        if (!(def.sig().inputs().get(j) instanceof Ty.Ref r) || !(r.region().isNamed() ? region.equals(r.region().name())
                                : r.region().kind() == dev.heaplab.core.types.Region.Kind.ERASED && !ownLifetime(def, region))) continue;
                        targets.add(j);
                    }
                    // kept even without targets: the argument's loans were read all the same (no effect)
                    int[] pair = new int[targets.size() + 1];
                    pair[0] = k;
                    for (int x = 0; x < targets.size(); x++) pair[x + 1] = targets.get(x);
                    out.add(pair);
                }
            }
        }
        return out.toArray(new int[0][]);
    }

    /** Is {@code region} a lifetime parameter of the function itself (not of its impl)? */
    private static boolean ownLifetime(dev.heaplab.core.types.FnDef def, String region) {
        for (var gp : def.decl().generics().params()) {
            if (gp instanceof dev.heaplab.core.syntax.Generics.GenericParam.LifetimeParam lp && lp.name().name().equals(region)) return true;
        }
        return false;
    }

    /**
     * Borrows passed where the callee's signature names only `'static` (`fn keep(s: &'static str)`)
     * must outlive the function: they escape. Behind a shorter reference (`&Vec<&'static str>`),
     * only what the referenced place holds escapes, not the reference itself.
     */
    private void staticArguments(BitSet[] s, Terminator.Call c, CallFacts facts) {
        for (int k = 0; k < facts.statics.length; k++) {
            byte mode = facts.statics[k];
            if (mode == CallFacts.NONE) continue;
            BitSet mine = new BitSet();
            operandLoans(s, c.args().get(k), mine);
            if (mode == CallFacts.ALL) {
                escape(s, mine);
            } else {
                BitSet held = new BitSet();
                for (int id = mine.nextSetBit(0); id >= 0; id = mine.nextSetBit(id + 1)) {
                    Loan l = loans.get(id);
                    if (!l.universal() && !hasDeref(l.place())) held.or(s[l.place().local().index()]);
                }
                escape(s, held);
            }
        }
    }

    /**
     * Stores {@code stored} in {@code local}; a guard (RefMut, MutexGuard) holding a shared borrow of
     * a cell stores them in the cell too: `log.borrow_mut().push(&x)` keeps `x` borrowed by `log`.
     */
    private void storeInto(BitSet[] s, Local local, BitSet stored) {
        ArrayDeque<Integer> work = new ArrayDeque<>();
        BitSet seen = new BitSet();
        work.add(local.index());
        while (!work.isEmpty()) {
            int x = work.poll();
            if (seen.get(x)) continue;
            seen.set(x);
            s[x].or(stored);
            if (staticStorageSolved.get(x)) escape(s, stored);
            for (int id = s[x].nextSetBit(0); id >= 0; id = s[x].nextSetBit(id + 1)) {
                Loan l = loans.get(id);
                if (l.universal() || stored.get(id)) continue;
                Local cell = l.place().local();
                if (l.mutable()) {
                    // Stored behind a value holding `&mut p` (a closure capturing `out` by `&mut`, a
                    // struct with a `&'a mut Vec<&'b str>` field): the callee may store through it into p.
                    if (!refFreeDest.test(l.place()) && !keepsNoArguments(x)) work.add(cell.index());
                    continue;
                }
                if (!refFreeDest.test(Place.of(cell)) && queries.mayMutateShared(body.local(cell).ty())) work.add(cell.index());
            }
        }
    }

    /**
     * Is local {@code x} a closure bound to a variable with every parameter written (`let mut add =
     * |w: &str| ..`; {@link ClosureRequirements#ownRegions}) as references to data holding no borrow,
     * or holding none? Only its own calls can write what it captured, and their arguments' lifetimes
     * are its own, so nothing given to it reaches the places it borrows mutably.
     */
    private boolean keepsNoArguments(int x) {
        if (keepsNone == null) keepsNone = new byte[body.locals().size() + 1];
        if (keepsNone[x] == 0) keepsNone[x] = (byte) (closureKeepingNoArguments(x) ? 1 : -1);
        return keepsNone[x] > 0;
    }

    /** Per local, once known: 1 when {@link #keepsNoArguments}, -1 when not. */
    private byte[] keepsNone;

    private boolean closureKeepingNoArguments(int x) {
        if (closures == null || x >= body.locals().size() || !(body.local(new Local(x)).ty() instanceof Ty.Closure cl)
                || !closures.requirements().ownRegions(cl.def())) return false;
        dev.heaplab.core.types.ClosureDef closure = defs.closure(cl.def());
        if (closure == null || closure.sig() == null) return false;
        for (Ty a : closure.sig().inputs()) {
            if (a instanceof Ty.Ref r ? r.region().isNamed() || !queries.refFree(r.inner()) : !queries.refFree(a)) return false;
        }
        return true;
    }

    /**
     * Can a callee store borrows behind this loan? Behind `&mut`, and behind `&` when the place has
     * interior mutability (`&RefCell<Vec<&T>>` passed to a closure that pushes into it).
     */
    private boolean storeTarget(Loan l) {
        if (storeTargets == null) storeTargets = new byte[loans.size()];
        byte known = storeTargets[l.id()];
        if (known != 0) return known > 0;
        boolean target = !refFreeDest.test(l.place())
                && (l.mutable() || (!l.universal() && queries.cellHoldingBorrows(placeTypes.typeOf(l.place()))));
        storeTargets[l.id()] = (byte) (target ? 1 : -1);
        return target;
    }

    /** Per loan, once known: 1 when {@link #storeTarget}, -1 when not. */
    private byte[] storeTargets;

    /** Methods that cannot store a borrow into a cell: a closure calling only these (and macros) cannot. */
    private static final java.util.Set<String> READ_ONLY_METHODS = java.util.Set.of("borrow", "len", "is_empty",
            "iter", "get", "clone", "cloned", "copied", "to_string", "contains", "starts_with", "ends_with", "first",
            "last", "unwrap", "expect", "map", "filter", "sum", "count", "collect", "as_str", "eq", "cmp",
            "min", "max", "abs", "keys", "values", "chars", "trim", "lines", "to_uppercase", "to_lowercase",
            "join", "find", "position", "any", "all", "is_some", "is_none", "unwrap_or");

    /**
     * Loans of closure arguments (other than {@code into}) whose body cannot store a borrow into a
     * cell it is given: it calls no function and only read-only methods (`|c| println!("{p}{:?}",
     * c.borrow())`). Any other call might (`c.borrow_mut().push(&x)`, a helper doing it).
     */
    private BitSet readOnlyClosureLoans(BitSet[] s, Terminator.Call c, int into) {
        BitSet out = new BitSet();
        for (int j = 0; j < c.args().size(); j++) {
            Place arg = c.args().get(j).readPlace();
            if (j == into || arg == null || !arg.isLocal() || !(body.local(arg.local()).ty() instanceof Ty.Closure cl)) continue;
            if (readOnlyClosure.computeIfAbsent(cl.def(), this::onlyReads)) operandLoans(s, c.args().get(j), out);
        }
        return out;
    }

    /** Per closure: does its body call no function and only read-only methods? (Asked at every visit of a call.) */
    private final java.util.Map<dev.heaplab.core.types.DefId, Boolean> readOnlyClosure = new java.util.HashMap<>();

    private boolean onlyReads(dev.heaplab.core.types.DefId closureId) {
        dev.heaplab.core.types.ClosureDef def = defs.closure(closureId);
        if (def == null || def.expr() == null) return false;
        boolean[] mayStore = {false};
        dev.heaplab.core.syntax.AstWalk.expr(def.expr().body(), e -> {
            switch (e) {
                case dev.heaplab.core.syntax.Expr.Call call -> mayStore[0] = true;
                case dev.heaplab.core.syntax.Expr.MethodCall mc -> mayStore[0] |= !READ_ONLY_METHODS.contains(mc.method().name().name());
                case dev.heaplab.core.syntax.Expr.Assign a -> mayStore[0] = true;
                case dev.heaplab.core.syntax.Expr.Closure inner -> mayStore[0] = true;
                default -> { }
            }
        }, st -> { });
        return !mayStore[0];
    }

    /** The loans the arguments other than {@code into} may leave stored behind argument {@code into}. */
    BitSet storableBeside(BitSet[] s, Terminator.Call c, int into) { return storableBeside(s, c, into, facts(c)); }

    private BitSet storableBeside(BitSet[] s, Terminator.Call c, int into, CallFacts facts) {
        BitSet out = new BitSet();
        // A pointee typed with `'static` references only, none hidden (`stack: &mut Vec<&'static str>`),
        // can receive only `'static` data: arguments given `'static` types escape (staticArguments), and
        // no other argument's region is one the signature lets outlive `'static`.
        dev.heaplab.core.types.FnDef def = callee(c);
        if (def != null && into < def.sig().inputs().size() && def.sig().inputs().get(into) instanceof Ty.Ref r
                && queries.writtenStatic(r.inner())) return out;
        for (int j = 0; j < c.args().size(); j++) if (j != into) storableLoans(s, c, j, storableMode(c, j, facts), out);
        return out;
    }

    /** The loans of argument {@code k} that the callee could store behind another argument, by its mode (see storableMode), added to {@code out}. */
    private void storableLoans(BitSet[] s, Terminator.Call c, int k, byte mode, BitSet out) {
        if (mode == CallFacts.NONE) return;
        BitSet mine = new BitSet();
        operandLoans(s, c.args().get(k), mine);
        if (mode == CallFacts.ALL) {
            out.or(mine);
            return;
        }
        for (int id = mine.nextSetBit(0); id >= 0; id = mine.nextSetBit(id + 1)) {
            Loan l = loans.get(id);
            // What the borrowed place holds (unless its type holds no borrow at all: `&*string_ref`
            // passed as `&str`); through a reborrow `&mut *x`, what x's pointee holds, the derefs
            // followed one level each, not x's own lifetime, which the fresh region does not name.
            if (l.universal() || refFreeDest.test(l.place())) continue;
            if (hasDeref(l.place())) {
                BitSet seen = new BitSet();
                seen.set(id);
                out.or(valueAt(s, l.place(), seen));
            } else out.or(s[l.place().local().index()]);
        }
    }

    private byte storableMode(Terminator.Call c, int k, CallFacts facts) {
        if (facts.storable[k] == 0) facts.storable[k] = storableMode(c, k);
        return facts.storable[k];
    }

    /**
     * What the callee could store of argument {@code k} behind another argument. The formatting
     * intrinsics only read their arguments. A parameter written `&T` with an elided lifetime has a
     * fresh region no other type of the signature names, so the reference itself cannot be stored:
     * only what its pointee holds can (HELD: `v.extend_from_slice(&xs)` stores the elements' borrows,
     * `s.push_str(&t)` stores nothing). Otherwise every loan of the argument (ALL).
     */
    private byte storableMode(Terminator.Call c, int k) {
        dev.heaplab.core.types.FnDef def = callee(c);
        if (def != null && def.builtinKey() != null && def.sig().inputs().isEmpty()
                && (def.builtinKey().startsWith("fmt::") || def.builtinKey().startsWith("panic::"))) {
            return CallFacts.NONE;
        }
        Ty param = def == null || k >= def.sig().inputs().size() ? null : def.sig().inputs().get(k);
        if (sealedClosure(c, k)) return CallFacts.NONE;
        if (k == 1 && higherRankedObjectArgs(def, c)) return CallFacts.NONE;
        if (!(param instanceof Ty.Ref r) || r.region().isNamed()) return CallFacts.ALL;
        return CallFacts.HELD;
    }

    /**
     * A call of a `dyn Fn*` object whose parameters are references with elided lifetimes to data
     * holding no borrow, or hold no borrow at all (`dyn FnMut(&str) -> usize`): those lifetimes are
     * higher-ranked (`for<'x> FnMut(&'x str)`), so the object cannot keep its arguments.
     */
    boolean higherRankedObjectCall(Terminator.Call c) {
        return higherRankedObjectArgs(callee(c), c);
    }

    private boolean higherRankedObjectArgs(dev.heaplab.core.types.FnDef def, Terminator.Call c) {
        if (def == null || def.parentTrait() == null || !(c.func() instanceof Operand.Constant k && k.ty() instanceof Ty.FnDef fd)
                || fd.args().isEmpty() || !(fd.args().get(0) instanceof Ty.Dynamic d)) return false;
        boolean fnTrait = false;
        for (String name : List.of("Fn", "FnMut", "FnOnce")) {
            var t = defs.langTrait(name);
            fnTrait |= t != null && t.id().equals(def.parentTrait()) && t.id().equals(d.trait());
        }
        if (!fnTrait || d.traitArgs().isEmpty() || !(d.traitArgs().get(0) instanceof Ty.Tuple args)) return false;
        for (Ty a : args.elems()) {
            if (a instanceof Ty.Ref r ? r.region().isNamed() || !queries.refFree(r.inner()) : !queries.refFree(a)) return false;
        }
        return true;
    }

    /**
     * Argument {@code k} is a closure passed as a type parameter `F` that no other parameter and not
     * the result names, and whose own arguments (behind references) and result can hold no borrow
     * (`e.and_modify(|s| *s += pts)` with `V = i32`): the callee can only call it, so what it
     * captured can be neither stored beside another argument nor returned.
     */
    private boolean sealedClosure(Terminator.Call c, int k) {
        dev.heaplab.core.types.FnDef def = callee(c);
        if (def == null || k >= def.sig().inputs().size() || !(def.sig().inputs().get(k) instanceof Ty.Param p)) return false;
        for (int j = 0; j < def.sig().inputs().size(); j++) if (j != k && mentions(def.sig().inputs().get(j), p)) return false;
        if (mentions(def.sig().output(), p)) return false;
        Place arg = c.args().get(k).readPlace();
        if (arg == null || !arg.isLocal() || !(body.local(arg.local()).ty() instanceof Ty.Closure cl)) return false;
        dev.heaplab.core.types.ClosureDef closure = defs.closure(cl.def());
        if (closure == null || closure.sig() == null) return false;
        // Its own body may show that nothing it captured leaves it (see ClosureSummaries).
        if (closures != null && !closures.envEscapes(cl.def())) return true;
        for (Ty in : closure.sig().inputs()) {
            // Data typed only by the caller's type parameters (`&(K, V)` with generic K) cannot hold
            // a borrow of this body's locals, so nothing can be stored into it.
            if (queries.onlyCallerBorrows(in instanceof Ty.Ref r ? r.inner() : in)) continue;
            // The closure may store a borrow by writing through its argument: behind `&mut`, or
            // behind `&` into a Cell or RefCell.
            if (in instanceof Ty.Ref r && !r.mutable() && !queries.mayMutateShared(r.inner())) continue;
            if (in instanceof Ty.Ref r) in = r.inner();
            if (!queries.refFree(in)) return false;
        }
        return queries.refFree(closure.sig().output());
    }

    private final TypeQueries queries;

    private static boolean mentions(Ty t, Ty.Param p) {
        boolean[] found = {false};
        dev.heaplab.core.types.TySubst.map(t, x -> {
            if (x.equals(p)) found[0] = true;
            return x;
        });
        return found[0];
    }

    private dev.heaplab.core.types.FnDef callee(Terminator.Call c) { return TypeQueries.callee(c, defs); }

    /**
     * The loans a call's result may hold, by its signature: an argument passed as `&'r T` lends its own
     * borrow to the result only when the return type mentions `'r` (by name, or by elision);
     * otherwise only what the pointee holds (an iterator's items borrow the collection, not the iterator).
     */
    private BitSet resultLoans(BitSet[] s, Terminator.Call c, CallFacts facts) {
        BitSet out = new BitSet();
        for (int k = 0; k < c.args().size(); k++) {
            if (facts.result[k] == 0) facts.result[k] = resultMode(c, k);
            byte mode = facts.result[k];
            if (mode == CallFacts.NONE) continue;
            BitSet mine = new BitSet();
            operandLoans(s, c.args().get(k), mine);
            switch (mode) {
                case CallFacts.POINTEE -> pointeeLoans(s, mine, out);
                case CallFacts.POINTEE_OF_POINTEE -> {
                    BitSet pointee = new BitSet();
                    pointeeLoans(s, mine, pointee);
                    pointeeLoans(s, pointee, out);
                }
                case CallFacts.ITEMS -> itemPointees(s, mine, facts, out);
                case CallFacts.ITEMS_BEHIND -> {
                    BitSet iterator = new BitSet();
                    pointeeLoans(s, mine, iterator);
                    itemPointees(s, iterator, facts, out);
                }
                case CallFacts.VALUES -> out.or(sharedRefValues(s, mine));
                case CallFacts.POINTEE_SLOTS -> slotLoans(s, c, k, mine, out);
                default -> out.or(mine);
            }
        }
        return out;
    }

    /**
     * What the pointee of argument {@code k}, `&p` with p a struct whose lifetimes are followed, lends to a
     * result naming only some of them (see {@link StructSlots}); what the pointee holds otherwise.
     */
    private void slotLoans(BitSet[] s, Terminator.Call c, int k, BitSet mine, BitSet out) {
        dev.heaplab.core.types.FnDef def = callee(c);
        long mask = def != null && def.sig().inputs().get(k) instanceof Ty.Ref r && r.inner() instanceof Ty.Adt a
                ? structSlots.outputMask(def, k, a) : 0;
        BitSet narrowed = new BitSet();
        for (int id = mine.nextSetBit(0); id >= 0; id = mine.nextSetBit(id + 1)) {
            Loan l = loans.get(id);
            int x = l.place().local().index();
            if (mask == 0 || l.universal() || !l.place().isLocal() || !structSlots.tracks(x)) {
                pointeeLoans(s, mine, out);
                return;
            }
            narrowed.or(structSlots.narrowed(x, s[x], mask));
        }
        out.or(narrowed);
    }

    /** What argument {@code k} lends to the call's result, by the signature (see {@link #resultLoans}). */
    private byte resultMode(Terminator.Call c, int k) {
        dev.heaplab.core.types.FnSig sig = signature(c);
        dev.heaplab.core.types.FnDef conversion = ConversionImpls.method(c, defs);
        if (conversion != null && conversion != callee(c)) sig = conversion.sig();
        if (sealedClosure(c, k)) return CallFacts.NONE;
        if (SignatureRegions.opaqueLeavesOut(callee(c), defs, k, borrowingAdt)) return CallFacts.NONE;
        Ty param = sig == null || k >= sig.inputs().size() ? null : sig.inputs().get(k);
        byte items = itemsOnly(c, k);
        if (items != 0) return items;
        byte called = closureCall(c, k);
        if (called != 0) return called;
        if (sig != null && param instanceof Ty.Adt held && referentsOnly(held, sig.output())) return CallFacts.POINTEE;
        // read only for a reference parameter (it walks the callee's written return type)
        if (param instanceof Ty.Ref r && (!SignatureRegions.outputMentions(sig, k, r.region(), selfRef, borrowingAdt,
                SignatureRegions.dynsStatic(conversion != null && conversion != callee(c) ? conversion : callee(c)))
                || !r.region().isNamed() && SignatureRegions.outputAllNamed(conversion, defs, borrowingAdt))) {
            // A pointee that holds no borrow (`pat: &str`) lends nothing, even when reborrowed through a reference.
            if (queries.refFree(r.inner()) || staticOnly(r.inner()) || staticFields.onlyStatic(r.inner())) return CallFacts.NONE;
            if (elidedPointee(k, r.inner(), c)) return CallFacts.NONE;
            if (structSlots != null && !r.mutable() && r.inner() instanceof Ty.Adt held && (conversion == null || conversion == callee(c))
                    && structSlots.outputMask(callee(c), k, held) != 0) return CallFacts.POINTEE_SLOTS;
            return CallFacts.POINTEE;
        }
        if (onlyThroughClosure(c, k)) return CallFacts.POINTEE;
        if (capturedReferencesGiveValues(c, k)) return CallFacts.VALUES;
        return CallFacts.ALL;
    }

    /**
     * The loans of an iterator's items when they are data read out of what the iterator lends (see
     * {@link #itemsOnly}): one level below the iterator's own loans. A loan captured by a sealed closure of
     * the chain lives only in the closure's type, which the result cannot contain: it is left out first.
     */
    private void itemPointees(BitSet[] s, BitSet iterator, CallFacts facts, BitSet out) {
        if (facts.dropSealed) iterator.andNot(sealedCaptures);
        pointeeLoans(s, iterator, out);
    }

    /**
     * rustc relates a call's result to its arguments only through the callee's signature. An `Iterator`
     * method taking the iterator by value (ITEMS) or as `&mut self` (ITEMS_BEHIND) whose result names
     * `Self` only as `Self::Item` (`collect`, `max_by_key`, `fold`, `next`…) gives its result what the
     * items hold, and nothing of the adapters' closures unless they return it. When the items are data
     * read out of what the iterator lends (`Copied`, `Cloned`, a `map` closure returning only its
     * parameter's pointees, seen through adapters that keep items), that is one level below the
     * iterator's loans: `self.entries.iter().map(|e| e.title).collect()` as `Vec<&'a str>` holds the
     * entries' `'a`, not the borrow of `self`. 0 when the rule does not apply.
     */
    private byte itemsOnly(Terminator.Call c, int k) {
        if (k != 0 || closures == null) return 0;
        dev.heaplab.core.types.FnDef def = callee(c);
        dev.heaplab.core.types.TraitDef iterator = defs.langTrait("Iterator");
        if (def == null || iterator == null || !iterator.id().equals(def.parentTrait()) || def.sig().inputs().isEmpty()) return 0;
        Ty self = def.sig().inputs().get(0), arg = argType(c, 0);
        boolean behind = self instanceof Ty.Ref r && r.mutable() && isSelf(r.inner());
        if (!behind && !isSelf(self)) return 0;
        int[] selfs = {0}, items = {0};
        dev.heaplab.core.types.TySubst.map(def.sig().output(), x -> {
            if (isSelf(x)) selfs[0]++;
            if (x instanceof Ty.Projection p && p.name().equals("Item") && p.traitArgs().isEmpty() && isSelf(p.self())) items[0]++;
            return x;
        });
        if (selfs[0] != items[0]) return 0;
        if (behind) arg = arg instanceof Ty.Ref r ? r.inner() : null;
        if (arg == null || !itemsArePointees(arg)) return 0;
        return behind ? CallFacts.ITEMS_BEHIND : CallFacts.ITEMS;
    }

    /**
     * A call of a closure through its Fn trait (`f(x)` is `FnMut::call_mut(&mut f, (x,))`) whose body
     * returns only data read out of its parameters' pointees and its captures' ({@link
     * ClosureSummaries#returnsOnlyReadData}): rustc relates the result to the closure's upvar and
     * parameter regions only, so it holds what the captured loans point to (two levels below a `&f`,
     * one below the closure passed by value) and what the arguments point to, never the borrow of the
     * closure itself (`let a = next_label();` leaves the `&mut count` it captured free). 0 otherwise.
     */
    private byte closureCall(Terminator.Call c, int k) {
        if (closures == null || k > 1 || c.args().size() != 2 || !isFnTraitMethod(callee(c))) return 0;
        Ty self = argType(c, 0);
        boolean behind = self instanceof Ty.Ref;
        if (self instanceof Ty.Ref r) self = r.inner();
        if (!(self instanceof Ty.Closure cl) || !closures.returnsOnlyReadData(cl.def())) return 0;
        return k == 0 && behind ? CallFacts.POINTEE_OF_POINTEE : CallFacts.POINTEE;
    }

    private boolean isFnTraitMethod(dev.heaplab.core.types.FnDef def) {
        if (def == null || def.parentTrait() == null) return false;
        for (String name : List.of("Fn", "FnMut", "FnOnce")) {
            var t = defs.langTrait(name);
            if (t != null && t.id().equals(def.parentTrait())) return true;
        }
        return false;
    }

    /**
     * A parameter passed by value whose type is an `Option` of a reference (`Option<&T>` for
     * `copied`/`cloned`), where the result names no region and only type parameters found behind that
     * reference (`Option<T>`): the reference's region is in no other type of the signature, so the result
     * holds only what the referent holds, one level below the argument's loans.
     */
    private boolean referentsOnly(Ty.Adt param, Ty output) {
        dev.heaplab.core.types.AdtDef adt = defs.adt(param.def());
        if (adt == null || adt.lang() != dev.heaplab.core.types.LangItem.OPTION || param.args().size() != 1
                || !(param.args().get(0) instanceof Ty.Ref r)) return false;
        boolean[] open = {false};
        dev.heaplab.core.types.TySubst.map(output, x -> {
            switch (x) {
                case Ty.Param p -> open[0] |= !mentions(r.inner(), p);
                case Ty.Ref q -> open[0] = true;
                case Ty.Adt a when borrowingAdt.test(a) -> open[0] = true;
                case Ty.Projection q -> open[0] = true;
                case Ty.Dynamic d -> open[0] = true;
                case Ty.Closure q -> open[0] = true;
                case Ty.RawPtr q -> open[0] = true;
                case Ty.FnPtr f -> open[0] = true;
                case Ty.Infer i -> open[0] = true;
                default -> { }
            }
            return x;
        });
        return !open[0];
    }

    private static boolean isSelf(Ty t) { return t instanceof Ty.Param p && p.index() == 0 && p.name().equals("Self"); }

    /** Adapters whose items contain their inner iterator's, unchanged. */
    private static final java.util.Set<String> KEEP_ITEMS = java.util.Set.of("Filter", "Skip", "Take", "Rev", "Peekable",
            "StepBy", "Inspect", "SkipWhile", "TakeWhile", "Fuse", "Enumerate");

    /**
     * Are the items of this std iterator type data read out of what it lends: copies (`Copied`,
     * `Cloned`), values moved out (`Drain`) or what a `map`/`filter_map` closure returns when its body returns only data read out of
     * its parameters' pointees ({@link ClosureSummaries#returnsOnlyPointees}) or of its captures'
     * ({@link ClosureSummaries#returnsOnlyReadData}: the `Map` holds the captured loans, whose pointees are
     * then among the iterator's), seen through adapters that keep the items?
     */
    private boolean itemsArePointees(Ty t) {
        // `by_ref()`: the items of `&mut I` are `I::Item`, whose regions are `I`'s own, so they hold what
        // the borrowed iterator holds, never the `&mut` borrow of it
        if (t instanceof Ty.Ref r && r.mutable()) return true;
        while (t instanceof Ty.Adt a && !a.args().isEmpty()) {
            dev.heaplab.core.types.AdtDef adt = defs.adt(a.def());
            if (adt == null || !dev.heaplab.core.typeck.CheckedStd.isStd(adt.span())) return false;
            switch (adt.name()) {
                // a `drain` moves out the values the borrowed collection holds
                case "Copied", "Cloned", "Drain", "DequeDrain" -> { return true; }
                case "Map", "FilterMap" -> {
                    return a.args().size() == 2 && a.args().get(1) instanceof Ty.Closure f
                            && (closures.returnsOnlyPointees(f.def()) || closures.returnsOnlyReadData(f.def()));
                }
                default -> {
                    if (!KEEP_ITEMS.contains(adt.name())) return false;
                    t = a.args().get(0);
                    if (t instanceof Ty.Ref r && r.mutable()) return true;
                }
            }
        }
        return false;
    }

    /**
     * Loans of shared reference variables borrowed whole (a closure's by-reference capture of `users:
     * &[User]`) replaced by what those variables hold; the others kept.
     */
    private BitSet sharedRefValues(BitSet[] s, BitSet captured) {
        BitSet out = new BitSet();
        for (int id = captured.nextSetBit(0); id >= 0; id = captured.nextSetBit(id + 1)) {
            Loan l = loans.get(id);
            if (!l.universal() && !l.mutable() && l.place().isLocal() && body.local(l.place().local()).ty() instanceof Ty.Ref r && !r.mutable()) {
                out.or(s[l.place().local().index()]);
            } else {
                out.set(id);
            }
        }
        return out;
    }

    /**
     * Argument {@code k} is a closure that the callee can only call (its type parameter is in no other
     * parameter and not in the result, which hides nothing), and whose signature names no type that could
     * be the borrow of a shared reference variable it captures by reference (`&&[User]` for `users:
     * &[User]`), nor types hiding lifetimes: whatever it returns through such a capture is a copy of the
     * variable's value or a reborrow through its shared deref (`find(users, m)`), holding what the variable
     * holds, never the capture's own borrow. (`|m| find(users, m)` given to `Option::and_then`.)
     */
    private boolean capturedReferencesGiveValues(Terminator.Call c, int k) {
        dev.heaplab.core.types.FnDef def = callee(c);
        if (def == null || k >= def.sig().inputs().size() || !(def.sig().inputs().get(k) instanceof Ty.Param p)) return false;
        for (int j = 0; j < def.sig().inputs().size(); j++) if (j != k && mentions(def.sig().inputs().get(j), p)) return false;
        if (mentions(def.sig().output(), p) || hidesLifetimes(def.sig().output(), false)) return false;
        Place arg = c.args().get(k).readPlace();
        if (arg == null || !arg.isLocal() || !(body.local(arg.local()).ty() instanceof Ty.Closure cl)) return false;
        dev.heaplab.core.types.ClosureDef closure = defs.closure(cl.def());
        if (closure == null || closure.sig() == null) return false;
        List<Ty> sig = new ArrayList<>(closure.sig().inputs());
        sig.add(closure.sig().output());
        for (Ty t : sig) {
            if (hidesLifetimes(t, true)) return false;
            for (dev.heaplab.core.types.ClosureDef.Capture cap : closure.captures()) {
                Ty captured = dev.heaplab.core.types.TySubst.subst(cap.ty(), cl.parentArgs());
                // The capture's own type `&&U`, as a pointee anywhere in the signature.
                if (captured instanceof Ty.Ref r && containsRefTo(t, r.inner())) return false;
            }
        }
        return true;
    }

    /**
     * Does {@code t} have a reference whose pointee is or contains {@code pointee} (lifetimes aside)? (`&&U`,
     * but also `&[&U]`, which `slice::from_ref` makes of a reference to the variable itself.)
     */
    private static boolean containsRefTo(Ty t, Ty pointee) {
        boolean[] found = {false};
        dev.heaplab.core.types.TySubst.map(t, x -> {
            if (x instanceof Ty.Ref r && mentions(r.inner(), pointee)) found[0] = true;
            return x;
        });
        return found[0];
    }

    /** Does this type hide lifetimes (type parameters, projections, trait objects, closures, structs with lifetimes)? */
    private boolean hidesLifetimes(Ty t, boolean params) {
        boolean[] open = {false};
        dev.heaplab.core.types.TySubst.map(t, x -> {
            switch (x) {
                case Ty.Adt a when borrowingAdt.test(a) -> open[0] = true;
                case Ty.Param q -> open[0] |= params;
                case Ty.Projection q -> open[0] = true;
                case Ty.Closure q -> open[0] = true;
                case Ty.Dynamic d -> open[0] = true;
                case Ty.Infer i -> open[0] = true;
                case Ty.RawPtr q -> open[0] = true;
                case Ty.FnPtr f -> open[0] = true;
                default -> { }
            }
            return x;
        });
        return open[0];
    }

    /**
     * Does the pointee of argument {@code k} (`path: &[&str]`) carry only elided lifetimes, visible
     * in its type, that the result cannot have? By elision they are fresh: the result's elided
     * lifetimes are `&self`'s when the callee is a method with `&self`, and a result naming all its
     * lifetimes cannot name them. Then the items' borrows stay out of the result
     * (`self.kids.first()?.find(rest)` for `fn find(&self, path: &[&str]) -> Option<&Entry>`).
     */
    private boolean elidedPointee(int k, Ty pointee, Terminator.Call c) {
        boolean[] open = {false};
        dev.heaplab.core.types.TySubst.map(pointee, x -> {
            switch (x) {
                case Ty.Ref r -> open[0] |= r.region().isNamed();
                case Ty.Adt a when borrowingAdt.test(a) -> open[0] = true;
                case Ty.Param p -> open[0] = true;
                case Ty.Projection p -> open[0] = true;
                case Ty.Dynamic d -> open[0] = true;
                case Ty.Closure cl -> open[0] = true;
                case Ty.RawPtr p -> open[0] = true;
                case Ty.Infer i -> open[0] = true;
                default -> { }
            }
            return x;
        });
        if (open[0]) return false;
        return selfRef && k > 0 || SignatureRegions.outputAllNamed(callee(c), defs, borrowingAdt);
    }

    /** What the data these loans point to holds: one level deeper than the loans themselves. */
    private void pointeeLoans(BitSet[] s, BitSet mine, BitSet out) {
        for (int id = mine.nextSetBit(0); id >= 0; id = mine.nextSetBit(id + 1)) {
            Loan l = loans.get(id);
            if (l.universal()) {
                if (innerOf.containsKey(id) || innerUniversal(l)) pointeeOfUniversal(l, out);
                else if (!pointsToNothingBorrowed(l)) out.set(id);
            } else if (hasDeref(l.place())) {
                BitSet seen = new BitSet();
                seen.set(id);
                out.or(valueAt(s, l.place(), seen));
            } else out.or(s[l.place().local().index()]);
        }
    }

    /**
     * What the data at {@code place} holds, with its derefs followed one level each: the pointer's own
     * loans stand for the data they borrow, whose holdings are one level below them
     * (see {@link #levelDown}). A reborrow `&*p`, `&**p`, `&(*p).f` lends its pointee this.
     */
    private BitSet valueAt(BitSet[] s, Place place, BitSet seen) {
        if (captureLevels && place.local().index() == 1) {
            BitSet at = new BitSet();
            envValue(s, place, at);
            return at;
        }
        BitSet at = s[place.local().index()];
        for (Place.Projection pr : place.projections()) {
            if (!(pr instanceof Place.Projection.Deref)) continue;
            BitSet below = new BitSet();
            levelDown(s, at, below, seen);
            at = below;
        }
        return paramFieldLoans.isEmpty() ? at : fieldOfParam(place, at);
    }

    /**
     * What the data the loans {@code held} of a pointer borrow holds, one level below them:
     * <ul>
     * <li>a borrow of a local, `&v`, points at v's data: what v holds (the borrow of `v` itself is the
     *     pointer's, not its pointee's: `first(&v)` for `fn first<'a>(xs: &[&'a str]) -> &'a str` holds
     *     the items' borrows, not the Vec's);</li>
     * <li>a reborrow through pointers, `&*q`, points at what q points to: the value at its place,
     *     recursively, while q still holds loans; the reborrow itself is kept otherwise (q's storage
     *     ended: the loans it carried from q at its creation are next to it);</li>
     * <li>a parameter's universal loan stands for the parameter's pointee lifetimes.</li>
     * </ul>
     * Data stored through a pointer (`*p = &t`, `p.push(&t)`) is stored in the local it borrows as well,
     * so it is found there.
     */
    private void levelDown(BitSet[] s, BitSet held, BitSet out, BitSet seen) {
        for (int m = held.nextSetBit(0); m >= 0; m = held.nextSetBit(m + 1)) {
            Loan ml = loans.get(m);
            if (ml.universal()) { pointeeOfUniversal(ml, out); continue; }
            int base = ml.place().local().index();
            if (!hasDeref(ml.place())) out.or(s[base]);
            else if (s[base].isEmpty() || seen.get(m)) out.set(m);
            else {
                seen.set(m);
                out.or(valueAt(s, ml.place(), seen));
            }
        }
    }

    /**
     * Does argument {@code k} reach the result only through a sealed closure argument whose body
     * returns nothing but data read out of its parameters' pointees (`opt.map(|(_, v)| *v)`)? Then
     * the result holds what argument k points to, not k's own borrow. The callee's result type must
     * not name a type parameter of k's type, nor hold references or types hiding lifetimes: it can
     * only be made of what the closure returns.
     */
    private boolean onlyThroughClosure(Terminator.Call c, int k) {
        dev.heaplab.core.types.FnDef def = callee(c);
        if (closures == null || def == null || k >= def.sig().inputs().size()) return false;
        Ty own = def.sig().inputs().get(k);
        int closureArg = -1;
        for (int j = 0; j < c.args().size(); j++) {
            Place arg = c.args().get(j).readPlace();
            if (j == k || arg == null || !arg.isLocal() || !(body.local(arg.local()).ty() instanceof Ty.Closure cl)) continue;
            if (closureArg >= 0 || !sealedClosure(c, j) || !closures.returnsOnlyPointees(cl.def())) return false;
            closureArg = j;
        }
        if (closureArg < 0 || own instanceof Ty.Closure) return false;
        boolean[] open = {false};
        dev.heaplab.core.types.TySubst.map(def.sig().output(), x -> {
            switch (x) {
                case Ty.Param p -> open[0] |= mentions(own, p);
                case Ty.Ref r -> open[0] = true;
                case Ty.Adt a when borrowingAdt.test(a) -> open[0] = true;
                case Ty.Projection p -> open[0] = true;
                case Ty.Dynamic d -> open[0] = true;
                case Ty.Closure cl -> open[0] = true;
                case Ty.RawPtr p -> open[0] = true;
                case Ty.Infer i -> open[0] = true;
                default -> { }
            }
            return x;
        });
        return !open[0];
    }

    private dev.heaplab.core.types.FnSig signature(Terminator.Call c) {
        dev.heaplab.core.types.FnDef def = callee(c);
        if (def == null) return null;
        selfRef = def.selfKind() == dev.heaplab.core.syntax.Item.SelfKind.REF || def.selfKind() == dev.heaplab.core.syntax.Item.SelfKind.REF_MUT;
        return def.sig();
    }

    private boolean selfRef;

    /**
     * Overwriting a whole local ends the borrows of it and of what it pointed to (NLL's kill on
     * assignment): `cur = cur.next.as_mut().unwrap()` leaves the old `(*cur).next` borrow behind,
     * since no path names that memory any more except through the new value, which keeps the
     * loans it was reborrowed from. The borrow created by the assignment itself survives. The
     * write was checked against these loans before (E0506).
     */
    private void killBorrowsOf(BitSet[] s, BitSet flow, Local local, Loan created) {
        if (borrowsOf == null) {
            borrowsOf = new BitSet[body.locals().size()];
            for (Loan l : loans) {
                if (l.universal()) continue;
                int i = l.place().local().index();
                if (borrowsOf[i] == null) borrowsOf[i] = new BitSet();
                borrowsOf[i].set(l.id());
            }
        }
        BitSet dead = borrowsOf[local.index()];
        if (dead == null) return;
        if (created != null && dead.get(created.id())) {
            dead = (BitSet) dead.clone();
            dead.clear(created.id());
        }
        for (BitSet held : s) if (held.intersects(dead)) held.andNot(dead);
        flow.andNot(dead);
    }

    private BitSet[] borrowsOf;

    /** When a local's storage ends, borrows of it are gone too (after E0597 was reported if they were live). */
    private void killLoansOf(BitSet[] s, Local local) {
        if (directLoansOf == null) {
            // per local, once: the loans of places in it not behind a pointer (the loans are known before solving)
            directLoansOf = new BitSet[body.locals().size()];
            for (Loan l : loans) {
                if (l.universal() || hasDeref(l.place())) continue;
                int i = l.place().local().index();
                if (directLoansOf[i] == null) directLoansOf[i] = new BitSet();
                directLoansOf[i].set(l.id());
            }
        }
        BitSet dead = local.index() < directLoansOf.length ? directLoansOf[local.index()] : null;
        if (dead == null) return;
        for (BitSet held : s) if (held.intersects(dead)) held.andNot(dead);
    }

    private BitSet[] directLoansOf;

    private static Place beforeLastDeref(Place p) {
        int last = -1;
        for (int i = 0; i < p.projections().size(); i++) if (p.projections().get(i) instanceof Place.Projection.Deref) last = i;
        return new Place(p.local(), p.projections().subList(0, last));
    }

    private final dev.heaplab.core.dataflow.PlaceTypes placeTypes;

    private static boolean hasDeref(Place p) {
        for (Place.Projection pr : p.projections()) if (pr instanceof Place.Projection.Deref) return true;
        return false;
    }

    private void write(BitSet[] s, Place dest, BitSet flow) {
        BitSet target = s[dest.local().index()];
        if (dest.isLocal()) target.clear();
        else if (!flow.isEmpty() && hasDeref(dest)) storeThrough(s, target, flow);
        target.or(flow);
        if (escapes(dest)) escape(s, flow);
    }

    /**
     * `*p = v` stores v's loans in what p borrows, as a call given `&mut` does (`let slot = &mut s;
     * *slot = &owned;` leaves `s` holding the borrow of `owned`, which `r = *slot` reads back).
     */
    private void storeThrough(BitSet[] s, BitSet pointer, BitSet flow) {
        for (int id = pointer.nextSetBit(0); id >= 0; id = pointer.nextSetBit(id + 1)) {
            Loan l = loans.get(id);
            if (l.universal() || !storeTarget(l)) continue;
            storeInto(s, l.place().local(), flow);
            if (escapes(l.place())) escape(s, flow);
        }
    }

    private void escape(BitSet[] s, BitSet loans) {
        for (int id = loans.nextSetBit(0); id >= 0; id = loans.nextSetBit(id + 1)) {
            if (loans().get(id).universal()) continue;
            s[escape].set(id);
            escaping.set(id);
        }
    }

    /**
     * Loans a value may hold: those of its local; but a value read through a reference (`*r`, `r.f`)
     * holds what the pointee holds, not the reference's own borrow nor its parameter lifetime.
     */
    private void operandLoans(BitSet[] s, Operand o, BitSet out) {
        Place p = o.readPlace();
        // A value whose type names no region holds no borrow, whatever its local holds elsewhere
        // (the `E` of a `Result<&str, E>` read by `?`), as NLL ties loans to regions in types.
        if (p == null || (!p.isLocal() && refFreeDest.test(p))) return;
        // Nor does one read out of a field written with only `'static` lifetimes: what is stored there escapes.
        if (staticStorage(p)) return;
        if (captureLevels && p.local().index() == 1) {
            envValue(s, p, out);
            return;
        }
        BitSet held = s[p.local().index()];
        if (!hasDeref(p)) {
            out.or(held);
            return;
        }
        if (paramFieldLoans.containsKey(p.local().index())) {
            BitSet got = new BitSet();
            derefLoans(s, p, held, got);
            out.or(fieldOfParam(p, got));
        } else derefLoans(s, p, held, out);
    }

    /** What a value read through the derefs of place {@code p}, whose local holds {@code held}, holds (see operandLoans). */
    private void derefLoans(BitSet[] s, Place p, BitSet held, BitSet out) {
        for (int id = held.nextSetBit(0); id >= 0; id = held.nextSetBit(id + 1)) {
            Loan l = loans.get(id);
            if (l.universal()) {
                pointeeOfUniversal(l, out);
                continue;
            }
            if (l.place().local().equals(p.local())) out.set(id);
            else if (!hasDeref(l.place())) out.or(s[l.place().local().index()]);
            else {
                // A borrow of a place inside another pointee: the value read holds what that place
                // holds, with the derefs on the way followed one level each (a universal loan there
                // stands for the pointee's own lifetimes, not the outer reference's).
                BitSet seen = new BitSet();
                seen.set(id);
                out.or(valueAt(s, l.place(), seen));
            }
        }
    }

    /**
     * A live reference to a local that holds borrows keeps them alive, as its type names their regions
     * (`println!("{r} {x}")` with `r = &mut x` takes `&r` before `&x`): adds, to a fixpoint, what the
     * locals borrowed by the loans in scope hold.
     */
    void addHeldBehind(BitSet[] held, BitSet s, BitSet activated) {
        BitSet direct = (BitSet) s.clone();
        addHeldBehind(held, s);
        // A two-phase loan reached through a live reference to the local holding it (`&q.peek()` in
        // `println!`) has left its reservation temp: it is activated, as a mutable borrow.
        for (int id = s.nextSetBit(0); id >= 0; id = s.nextSetBit(id + 1)) {
            if (!direct.get(id) && loans.get(id).twoPhase()) activated.set(id);
        }
    }

    private void addHeldBehind(BitSet[] held, BitSet s) {
        BitSet seen = new BitSet();
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int id = s.nextSetBit(0); id >= 0; id = s.nextSetBit(id + 1)) {
                if (seen.get(id)) continue;
                seen.set(id);
                Loan loan = loans.get(id);
                if (loan.universal() || loan.place() == null || hasDeref(loan.place())) continue;
                int k = loan.place().local().index();
                if (k >= held.length || held[k].isEmpty() || refFreePlace(loan.place())) continue;
                int before = s.cardinality();
                s.or(held[k]);
                changed |= s.cardinality() != before;
            }
        }
    }

    void rvalueLoansOf(BitSet[] s, Rvalue rv, BitSet out) {
        if (rv instanceof Rvalue.Ref) return;
        rvalueLoans(s, rv, out);
    }

    void operandLoansOf(BitSet[] s, Operand o, BitSet out) { operandLoans(s, o, out); }

    /** What the data these loans point to holds (see pointeeLoans). */
    void pointeeLoansOf(BitSet[] s, BitSet mine, BitSet out) { pointeeLoans(s, mine, out); }

    Ty localType(Local l) { return body.local(l).ty(); }

    /** The type of call {@code c}'s argument {@code k} (a function item passed as a value: its own type). */
    Ty argType(Terminator.Call c, int k) {
        if (c.args().get(k) instanceof Operand.Constant k2) return k2.ty(); // a function item passed as a value
        Place p = c.args().get(k).readPlace();
        return p == null ? null : placeTypes.typeOf(p);
    }

    /** Can the value at this place hold no borrow (its type is free of references)? */
    boolean refFreePlace(Place p) { return refFreeDest.test(p); }

    private void rvalueLoans(BitSet[] s, Rvalue rv, BitSet out) {
        switch (rv) {
            case Rvalue.Use u -> operandLoans(s, u.operand(), out);
            case Rvalue.Repeat r -> operandLoans(s, r.operand(), out);
            // rustc ends the borrow at a cast to a raw pointer; heaplab keeps it (an over-rejection) because
            // the machine does not yet invalidate raw pointers when a Vec reallocates: accepting would run
            // `p = &v[0] as *const _; v.push(..); *p` silently instead of reporting its undefined behaviour.
            case Rvalue.Cast c -> operandLoans(s, c.operand(), out);
            case Rvalue.Aggregate a -> a.operands().forEach(o -> operandLoans(s, o, out));
            case Rvalue.ClosureValue c -> c.captures().forEach(o -> operandLoans(s, o, out));
            case Rvalue.RawPtr r -> { }
            case Rvalue.Ref r -> { }
            case Rvalue.Len l -> { }
            case Rvalue.BinaryOp b -> { }
            case Rvalue.CheckedBinaryOp b -> { }
            case Rvalue.UnaryOp u -> { }
            case Rvalue.Discriminant d -> { }
        }
    }
}
