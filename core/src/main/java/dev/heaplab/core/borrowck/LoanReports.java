package dev.heaplab.core.borrowck;

import dev.heaplab.core.borrowck.CaptureSites.CaptureUse;
import dev.heaplab.core.dataflow.InitAnalysis;
import dev.heaplab.core.dataflow.Liveness;
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
import dev.heaplab.core.types.Ty;
import java.util.ArrayDeque;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Builds the borrow-conflict diagnostics with rustc's wording and labels. */
final class LoanReports {
    private final Body body;
    private final PlaceTypes types;
    private final LoanFlow flow;
    private final Liveness liveness;
    private final List<Diagnostic> out;

    private final dev.heaplab.core.source.SourceFile source;

    private final dev.heaplab.core.types.ProgramDefs defs;
    private final CaptureSites captures;

    LoanReports(Body body, dev.heaplab.core.types.ProgramDefs defs, PlaceTypes types, LoanFlow flow, Liveness liveness,
                List<Diagnostic> out, dev.heaplab.core.source.SourceFile source) {
        this.defs = defs;
        this.captures = new CaptureSites(body, defs);
        this.source = source;
        this.body = body;
        this.types = types;
        this.flow = flow;
        this.liveness = liveness;
        this.out = out;
    }

    /** Is the borrowed expression at {@code span} the base of an index expression (`v` in `v[1]`)? */
    private boolean indexedBase(Span span) {
        if (source == null || span == null || !source.contains(span.hi())) return false;
        int at = span.hi() - source.startPos();
        String text = source.text();
        while (at < text.length() && Character.isWhitespace(text.charAt(at))) at++;
        return at < text.length() && text.charAt(at) == '[';
    }

    /** A `Vec`, behind any references: rustc's two overloaded index borrows it offers `split_at_mut` for. */
    private boolean isVec(Ty ty) {
        while (ty instanceof Ty.Ref r) ty = r.inner();
        return ty instanceof Ty.Adt a && defs.adt(a.def()) != null && defs.adt(a.def()).lang() == dev.heaplab.core.types.LangItem.VEC;
    }

    private MoveHints hints;

    /** Made on the first error that needs it, as MoveCheck's. */
    private MoveHints hints() {
        if (hints == null) hints = new MoveHints(body, defs, source);
        return hints;
    }

    private String name(Place p) {
        String n = types.name(p);
        return n == null ? "value" : n;
    }

    void conflict(Loan l, boolean loanMut, Place place, LoanCheck.Access kind, Span span, BlockId b, int i, BitSet inScope) {
        if (kind == LoanCheck.Access.RESERVE) kind = LoanCheck.Access.BORROW_MUT;
        String x = name(kind == LoanCheck.Access.BORROW_MUT || kind == LoanCheck.Access.BORROW_SHARED ? place : l.place());
        LaterUse later = laterUse(l, b, i);
        // A borrow or move made by a closure's capture is shown at the closure's head, with its use in the body.
        CaptureUse issued = captures.ofTemp(l.holder());
        CaptureUse current = captures.at(b, i, place::equals);
        Span first = issued != null ? issued.head() : l.span();
        if (current != null) span = current.head();
        String loanMode = l.mutable() ? "mutable" : "immutable";
        Diagnostic.Builder d;
        switch (kind) {
            case BORROW_MUT -> {
                CaptureUse unique = loanMut ? uniqueCapture(l) : null;
                if (unique != null) {
                    out.add(uniqueAccess(unique, l, x, "mutable", span, later).build());
                    return;
                } else if (loanMut) {
                    d = Diagnostic.error("E0499", "cannot borrow `" + x + "` as mutable more than once at a time")
                            .secondary(first, "first mutable borrow occurs here")
                            .primary(span, "second mutable borrow occurs here");
                } else {
                    d = Diagnostic.error("E0502", "cannot borrow `" + x + "` as mutable because it is also borrowed as immutable")
                            .secondary(first, "immutable borrow occurs here")
                            .primary(span, "mutable borrow occurs here");
                }
                if (issued != null) issued.label(d, "first borrow occurs due to use of `" + name(l.place()) + "` in closure", loanMode);
                if (current != null) current.label(d, "second borrow occurs due to use of `" + x + "` in closure", "mutable");
                if (later != null) later.label(d, loanMut ? "first borrow" : "immutable borrow");
                if (l.twoPhase()) argumentLocal(d, later, span);
                if (loanMut && issued == null && current == null && indexedBase(first) && indexedBase(span) && isVec(types.typeOf(l.place()))) {
                    d.help("use `.split_at_mut(position)` to obtain two mutable non-overlapping sub-slices");
                }
            }
            case BORROW_SHARED -> {
                CaptureUse unique = uniqueCapture(l);
                if (unique != null) {
                    out.add(uniqueAccess(unique, l, x, "immutable", span, later).build());
                    return;
                }
                d = Diagnostic.error("E0502", "cannot borrow `" + x + "` as immutable because it is also borrowed as mutable")
                        .secondary(first, "mutable borrow occurs here")
                        .primary(span, "immutable borrow occurs here");
                if (issued != null) issued.label(d, "first borrow occurs due to use of `" + name(l.place()) + "` in closure", loanMode);
                if (current != null) current.label(d, "second borrow occurs due to use of `" + x + "` in closure", "immutable");
                if (later != null) later.label(d, "mutable borrow");
            }
            case WRITE -> {
                String borrowed = types.borrowedName(l.place());
                d = Diagnostic.error("E0506", "cannot assign to `" + name(place) + "` because it is borrowed")
                        .secondary(first, "`" + (borrowed == null ? x : borrowed) + "` is borrowed here")
                        .primary(span, "`" + name(place) + "` is assigned to here but it was already borrowed");
                if (issued != null) issued.label(d, "borrow occurs due to use in closure", loanMode);
                if (later != null) later.label(d, "borrow");
            }
            case MOVE -> {
                d = Diagnostic.error("E0505", "cannot move out of `" + name(place) + "` because it is borrowed")
                        .secondary(first, "borrow of `" + x + "` occurs here")
                        .primary(span, "move out of `" + name(place) + "` occurs here");
                LocalDecl decl = body.local(place.local());
                if (issued != null) issued.label(d, "borrow occurs due to use in closure", loanMode);
                else if (LoanCheck.isUserVar(decl)) d.secondary(decl.span(), "binding `" + decl.name() + "` declared here");
                if (current != null) current.label(d, "move occurs due to use in closure", "moved");
                if (later != null) later.label(d, "borrow");
                if (issued == null) hints().cloneBorrowed(d, l, types.typeOf(l.place()));
            }
            case READ -> {
                d = Diagnostic.error("E0503", "cannot use `" + name(place) + "` because it was mutably borrowed")
                        .secondary(first, "`" + x + "` is borrowed here")
                        .primary(span, "use of borrowed `" + x + "`");
                if (issued != null) issued.label(d, "borrow occurs due to use in closure", loanMode);
                if (later != null) later.label(d, "borrow");
            }
            case STORAGE_DEAD -> { return; }
            default -> { return; }
        }
        out.add(d.build());
    }

    /**
     * A two-phase borrow used later by the call whose argument makes the second borrow
     * (`v.push(v.pop().unwrap())`): rustc's two helps, to evaluate the inner call that takes the
     * second borrow (`v.pop()`, the smallest call around it) into a local first.
     */
    private void argumentLocal(Diagnostic.Builder d, LaterUse later, Span second) {
        if (later == null || !later.byCall()) return;
        Span outer = null, inner = null;
        for (Body.BasicBlock bb : body.blocks()) {
            if (!(bb.terminator() instanceof Terminator.Call c)) continue;
            Span expr = c.site().expr();
            if (later.span().equals(c.site().func()) && c.site().args().stream().anyMatch(a -> within(second, a))) outer = expr;
            // not an implicit call at the borrowed place itself (the deref of `v` for `v.last_mut()`)
            else if (expr != null && within(second, expr) && !expr.equals(second) && (inner == null || within(expr, inner))) inner = expr;
        }
        if (outer == null || inner == null || !within(inner, outer)) return;
        d.spanHelp("try adding a local storing this argument...", List.of(dev.heaplab.core.diag.Label.primary(inner, "")));
        d.spanHelp("...and then using that local as the argument to this call", List.of(dev.heaplab.core.diag.Label.primary(outer, "")));
    }

    private static boolean within(Span in, Span around) { return around.lo() <= in.lo() && in.hi() <= around.hi(); }

    /**
     * The closure whose capture this loan is, when it captures the pointee of a `&mut` binding that is
     * not `mut` (`|x| r.push(x)` with `let r = &mut v`): rustc's unique borrow, which it reports as
     * E0501; else null.
     */
    private CaptureUse uniqueCapture(Loan l) {
        Place p = l.place();
        if (l.universal() || p.projections().size() != 1 || !(p.projections().get(0) instanceof Place.Projection.Deref)) return null;
        LocalDecl base = body.local(p.local());
        if (base.mutable() || !(base.ty() instanceof dev.heaplab.core.types.Ty.Ref r) || !r.mutable() || !LoanCheck.isUserVar(base)) return null;
        return captures.ofOperand(l.holder());
    }

    /** E0501 with rustc's labels: the closure's head, the captured use inside it, the later call of the closure (its name). */
    private Diagnostic.Builder uniqueAccess(CaptureUse unique, Loan l, String x, String how, Span span, LaterUse later) {
        Diagnostic.Builder d = Diagnostic.error("E0501", "cannot borrow `" + x + "` as " + how + " because previous closure requires unique access")
                .primary(span, "second borrow occurs here")
                .secondary(unique.head(), "closure construction occurs here");
        unique.label(d, "first borrow occurs due to use of `" + name(l.place()) + "` in closure", "mutable");
        if (later != null) d.secondary(later.span(), "first borrow later used here");
        return d;
    }

    void doesNotLiveLongEnough(Loan l, Local local, Span span, BlockId b, int i, BitSet inScope, BitSet[] held) {
        LocalDecl decl = body.local(local);
        Span end = span.isEmpty() ? new Span(Math.max(0, span.lo() - 1), span.lo()) : span;
        // A borrow returned on another path (`let v = cfg.get(k)?; Ok(v)` dying on the `?` path) is
        // still rustc's E0515: its region must outlive the function because of that return.
        if (held[Local.RETURN.index()].get(l.id()) || returnedAt().containsKey(l.id())) {
            BitSet only = new BitSet();
            only.set(l.id());
            returnsLocal(held[Local.RETURN.index()].get(l.id()) ? held[Local.RETURN.index()] : only, end);
            return;
        }
        LaterUse later = laterUse(l, b, i);
        if (!LoanCheck.isUserVar(decl)) {
            // The temporary is where it was created: `t.clone()` in `&t.clone()` (rustc's proper span).
            Span temp = decl.span() != null ? decl.span() : l.span();
            Diagnostic.Builder d = Diagnostic.error("E0716", "temporary value dropped while borrowed")
                    .primary(temp, "creates a temporary value which is freed while still in use")
                    .secondary(end, "temporary value is freed at the end of this statement");
            if (later != null) later.label(d, "borrow");
            letBinding(d, temp, decl, l.mutable());
            out.add(d.build());
            return;
        }
        Span use = flow.staticUse(l.id());
        dev.heaplab.core.types.ClosureDef capturing = use == null && flow.escaped(l.id()) ? capturingClosure(l) : null;
        // (A closure that could store a capture through another one, rustc blames that borrow instead: E0597.)
        if (capturing != null && !capturing.expr().isMove() && decl.kind() == LocalDecl.Kind.USER && decl.name() != null
                && SealedCaptures.sealed(capturing, TypeQueries.of(defs), null) && borrowingParameter() && !unsizedHere(capturing)) {
            // Captured by reference by a closure that must outlive a region of the signature (a scoped
            // thread spawned through the scope parameter): rustc's E0373.
            out.add(StaticArguments.escapingCapture(capturing, decl.name(), x -> { }).build());
            return;
        }
        Diagnostic.Builder d = Diagnostic.error("E0597", "`" + decl.name() + "` does not live long enough")
                .secondary(decl.span(), "binding `" + decl.name() + "` declared here");
        CaptureUse captured = use == null ? null : captures.ofTemp(l.holder());
        if (captured != null && captured.capture().pathSpan() != null) {
            // Borrowed by a closure's capture and required there: rustc shows the capture's use in the body.
            d.secondary(captured.head(), "value captured here")
                    .primary(captured.capture().pathSpan(), "borrowed value does not live long enough");
        } else {
            d.primary(l.span(), "borrowed value does not live long enough");
        }
        if (use != null) {
            // Stored in a field written `'static`: rustc names that use instead of a later one.
            String label = (flow.staticAssignment(l.id()) ? "assignment" : "this usage") + " requires that `" + decl.name() + "` is borrowed for `'static`";
            if (use.equals(l.span())) d.primary(use, label);
            else d.secondary(use, label);
            later = null;
        }
        d.secondary(end, "`" + decl.name() + "` dropped here while still borrowed");
        if (later != null) later.label(d, "borrow");
        if (later != null && later.dropped() != null) d.note("values in a scope are dropped in the opposite order they are defined");
        if (use == null) vecOfRefs(d, decl.name());
        out.add(d.build());
    }

    /**
     * rustc's note for a borrow that dies while still used later, when the body has a `Vec<&T>`
     * variable: rustc names the first such variable of the body (not necessarily the one holding the
     * borrow) as a collection storing references that the borrowed value cannot live long enough for.
     */
    private void vecOfRefs(Diagnostic.Builder d, String borrowed) {
        for (LocalDecl v : body.locals()) {
            if (v.kind() != LocalDecl.Kind.USER || v.name() == null || v.span() == null) continue;
            if (!(v.ty() instanceof dev.heaplab.core.types.Ty.Adt a) || a.args().isEmpty()
                    || !(a.args().get(0) instanceof dev.heaplab.core.types.Ty.Ref)) continue;
            dev.heaplab.core.types.AdtDef adt = defs.adt(a.def());
            if (adt == null || adt.lang() != dev.heaplab.core.types.LangItem.VEC) continue;
            d.secondary(v.span(), "variable `" + v.name() + "` declared here")
                    .note("`" + v.name() + "` is a collection that stores borrowed references, but `" + borrowed
                            + "` does not live long enough to be stored in it")
                    .help("buffer reuse with borrowed references requires unsafe code or restructuring");
            return;
        }
    }

    /**
     * Has the body a parameter holding borrows (a region of its signature other than `'static`, which
     * an escaping closure must then outlive: rustc's E0373)? Without one, what the closure must outlive
     * is `'static` storage, and rustc reports E0597.
     */
    /**
     * Was the closure boxed into a trait object in this body (`v.push(Box::new(|| owned.clone()))` into a
     * `&mut Vec<Box<dyn Fn()>>`)? rustc then blames the coercion to `dyn Fn() + 'static`: E0597, not E0373.
     * Only where a parameter is written with a `'static` trait object: into `dyn Fn() + 'a`, the region is
     * the call argument's, and rustc says E0373.
     */
    private boolean unsizedHere(dev.heaplab.core.types.ClosureDef closure) {
        dev.heaplab.core.types.FnDef self = defs.fn(body.def());
        if (self == null) return false;
        boolean staticObject = false;
        for (int i = 0; i < self.sig().inputs().size(); i++) {
            StaticDyn.Need need = StaticDyn.of(self, i, defs, TypeQueries.of(defs));
            staticObject |= need == StaticDyn.Need.OWNED || need == StaticDyn.Need.BEHIND_REF;
        }
        if (!staticObject) return false;
        PlaceTypes types = new PlaceTypes(body, defs);
        for (Body.BasicBlock bb : body.blocks()) {
            for (Statement st : bb.statements()) {
                if (!(st instanceof Statement.Assign a) || !(a.rvalue() instanceof Rvalue.Cast cast)
                        || cast.kind() != Rvalue.CastKind.UNSIZE || cast.operand().readPlace() == null) continue;
                boolean[] found = {false};
                dev.heaplab.core.types.TySubst.map(types.typeOf(cast.operand().readPlace()), x -> {
                    if (x instanceof Ty.Closure cl && cl.def().equals(closure.id())) found[0] = true;
                    return x;
                });
                if (found[0]) return true;
            }
        }
        return false;
    }

    private boolean borrowingParameter() {
        int first = defs.closure(body.def()) != null ? 2 : 1; // a closure's first argument is its environment
        TypeQueries tq = TypeQueries.of(defs);
        for (int i = first; i <= body.argCount() && i < body.locals().size(); i++) {
            if (!tq.refFree(body.local(new Local(i)).ty())) return true;
        }
        return false;
    }

    /**
     * rustc's "consider using a `let` binding to create a longer lived value": an edit binding the
     * temporary before its statement when that statement is one of the function body's own (not in a
     * nested block, nor made by `format!`'s block); a plain note otherwise.
     */
    private void letBinding(Diagnostic.Builder d, Span temp, LocalDecl decl, boolean mutable) {
        String msg = "consider using a `let` binding to create a longer lived value";
        int stmt = source == null ? -1 : StatementStart.of(source, temp.lo());
        String text = stmt < 0 ? "" : source.slice(temp);
        boolean top = stmt >= 0 && body.span() != null && source.contains(body.span().lo())
                && StatementStart.braceDepth(source, body.span().lo(), stmt) == 1
                && StatementStart.braceDepth(source, stmt, temp.lo()) == 0 && !text.startsWith("format!");
        if (!top) {
            d.note(msg);
            return;
        }
        int after = temp.hi() - source.startPos();
        if (source.text().startsWith(".iter()", after)) {
            Ty ty = decl.ty();
            while (ty instanceof Ty.Ref r) ty = r.inner();
            d.suggestion("consider consuming the `" + ty.display(defs) + "` when turning it into an `Iterator`",
                    new Span(temp.hi() + 1, temp.hi() + 5), "into_iter");
        }
        String indent = StatementStart.indent(source, stmt);
        d.multipartSuggestion(msg, List.of(
                new dev.heaplab.core.diag.Suggestion.Part(new Span(stmt, stmt), "let " + (mutable ? "mut " : "") + "binding = " + text + ";\n" + indent),
                new dev.heaplab.core.diag.Suggestion.Part(temp, "binding")));
    }

    private final Set<Integer> returnReported = new HashSet<>();
    /** Loan id → the span of the returned expression that brought it into the return place (made on demand). */
    private java.util.Map<Integer, Span> returnedAt;

    private java.util.Map<Integer, Span> returnedAt() {
        if (returnedAt != null) return returnedAt;
        returnedAt = new java.util.HashMap<>();
        for (int b = 0; b < body.blocks().size(); b++) {
            BitSet[] held = flow.entry(new BlockId(b));
            if (held == null) continue;
            Body.BasicBlock bb = body.blocks().get(b);
            for (int i = 0; i < bb.statements().size(); i++) {
                Statement st = bb.statements().get(i);
                flow.applyStatement(held, st, new BlockId(b), i);
                if (st instanceof Statement.Assign a && a.place().local().equals(Local.RETURN)) enteredReturn(held, a.span());
            }
            if (bb.terminator() instanceof Terminator.Call c && c.destination().local().equals(Local.RETURN)) {
                flow.applyTerminator(held, c);
                enteredReturn(held, c.span());
            }
        }
        return returnedAt;
    }

    private void enteredReturn(BitSet[] held, Span span) {
        BitSet ret = held[Local.RETURN.index()];
        for (int id = ret.nextSetBit(0); id >= 0; id = ret.nextSetBit(id + 1)) returnedAt.putIfAbsent(id, span);
    }

    /** E0515: the return value holds a borrow of this function's own local or temporary. */
    void returnsLocal(BitSet retLoans, Span span) {
        for (int id : LoanCheck.ids(retLoans)) {
            Loan l = flow.loans().get(id);
            if (l.universal() || hasPointerDeref(l.place())) continue;
            LocalDecl decl = body.local(l.place().local());
            if (!returnReported.add(l.place().local().index())) return;
            if (returnsClosure() && decl.name() != null && decl.kind() != LocalDecl.Kind.TEMP) {
                out.add(Diagnostic.error("E0373", "closure may outlive the current function, but it borrows `" + decl.name()
                        + "`, which is owned by the current function")
                        .primary(l.span(), "may outlive borrowed value `" + decl.name() + "`")
                        .help("to force the closure to take ownership of `" + decl.name()
                                + "` (and any other referenced variables), use the `move` keyword").build());
                return;
            }
            dev.heaplab.core.types.ClosureDef capturing = capturingClosure(l);
            if (capturing != null && !capturing.expr().isMove() && decl.name() != null && decl.kind() == LocalDecl.Kind.USER) {
                // FIXME(spanned notes): rustc adds `note: closure is returned here` on the returned expression.
                out.add(StaticArguments.escapingCapture(capturing, decl.name(), d -> { }).build());
                return;
            }
            // As rustc: the returned expression is blamed; when it is more than the borrow itself,
            // the value returned is said to reference the local, which is labelled as borrowed.
            Span returned = returnedAt().get(id);
            // A call's span starts at its method name: the receiver's borrow on the same line starts the expression.
            if (returned != null && l.span().lo() < returned.lo() && sameLine(l.span(), returned)) returned = l.span().to(returned);
            boolean direct = returned == null ? l.place().isLocal() || decl.kind() != LocalDecl.Kind.USER : returned.equals(l.span());
            String what;
            if (decl.kind() == LocalDecl.Kind.TEMP || decl.name() == null) what = "temporary value";
            else if (decl.kind() == LocalDecl.Kind.ARG) what = "function parameter `" + decl.name() + "`";
            else what = "local variable `" + decl.name() + "`";
            if (direct) {
                Diagnostic.Builder d = Diagnostic.error("E0515", "cannot return reference to " + what)
                        .primary(l.span(), "returns a reference to data owned by the current function");
                // rustc labels the temporary itself, the operand of the `&` that borrows it.
                Span operand = decl.kind() == LocalDecl.Kind.TEMP || decl.name() == null ? borrowOperand(l.span()) : null;
                if (operand != null) d.secondary(operand, "temporary value created here");
                out.add(d.build());
                return;
            }
            Diagnostic.Builder d = Diagnostic.error("E0515", "cannot return value referencing " + what)
                    .primary(returned != null ? returned : l.span(), "returns a value referencing data owned by the current function");
            if (returned != null && decl.name() != null && decl.kind() != LocalDecl.Kind.TEMP) {
                d.secondary(l.span(), "`" + decl.name() + "` is borrowed here");
            } else if (returned != null) {
                d.secondary(l.span(), "temporary value created here");
            }
            out.add(d.build());
            return;
        }
    }

    /** The operand of an explicit borrow written at {@code span} (`Vec::new()` in `&Vec::new()`, after `&mut `), or null. */
    private Span borrowOperand(Span span) {
        if (source == null || span == null || !source.contains(span.lo()) || !source.contains(span.hi())) return null;
        String text = source.slice(span);
        if (!text.startsWith("&")) return null;
        int at = 1;
        if (text.startsWith("mut", at) && at + 3 < text.length() && Character.isWhitespace(text.charAt(at + 3))) at += 3;
        while (at < text.length() && Character.isWhitespace(text.charAt(at))) at++;
        return at < text.length() ? new Span(span.lo() + at, span.hi()) : null;
    }

    /** The closure whose value captures this loan's temporary (`_t = &lower; _c = {closure}(move _t)`), if any. */
    private dev.heaplab.core.types.ClosureDef capturingClosure(Loan l) {
        CaptureUse c = captures.ofTemp(l.holder());
        return c == null ? null : c.def();
    }

    private boolean sameLine(Span a, Span b) {
        if (source == null) return false;
        int from = a.lo() - source.startPos(), to = b.lo() - source.startPos();
        return from >= 0 && to <= source.text().length() && source.text().substring(from, to).indexOf('\n') < 0;
    }

    /** Does this function return a closure (directly, boxed as `dyn Fn`, or as `impl Fn`)? */
    private boolean returnsClosure() {
        boolean[] found = {false};
        dev.heaplab.core.types.TySubst.map(body.local(Local.RETURN).ty(), t -> {
            if (t instanceof dev.heaplab.core.types.Ty.Closure) found[0] = true;
            // `Box<dyn Fn..>`, not any trait object: `Box<dyn Speak>` holding a borrow is E0515.
            if (t instanceof dev.heaplab.core.types.Ty.Dynamic d && defs.trait(d.trait()) instanceof dev.heaplab.core.types.TraitDef td
                    && td.lang() != null && td.lang().startsWith("Fn")) found[0] = true;
            return t;
        });
        return found[0];
    }

    private boolean hasPointerDeref(Place p) {
        for (int k = 0; k < p.projections().size(); k++) {
            if (p.projections().get(k) instanceof Place.Projection.Deref && !types.isBox(types.typeAt(p, k))) return true;
        }
        return false;
    }

    /**
     * The next use of a loan, as rustc's `LaterUseKind` words it: a call written in the source that
     * takes the borrow as an argument it evaluated earlier is "used by call", pointing at the callee
     * (`take` in `take(&mut v, v.len())`); any other use is "used here".
     */
    record LaterUse(Span span, boolean byCall, String dropped) {
        LaterUse(Span span, boolean byCall) { this(span, byCall, null); }

        void label(Diagnostic.Builder d, String borrow) {
            d.secondary(span, borrow + (dropped != null ? " might be used here, when " + dropped
                    : byCall ? " later used by call" : " later used here"));
        }
    }

    /**
     * A user variable's drop as the later use, worded as rustc's `UsedLaterWhenDropped`: the `Drop`
     * code of an ADT that has one (named without its arguments), else the destructor of the whole type.
     */
    private LaterUse dropUse(Terminator.Drop t) {
        LocalDecl decl = t.place().isLocal() ? body.local(t.place().local()) : null;
        if (decl == null || !LoanCheck.isUserVar(decl) || decl.name() == null) return new LaterUse(t.span(), false);
        dev.heaplab.core.types.Ty ty = decl.ty();
        String runs = ty instanceof dev.heaplab.core.types.Ty.Adt a && hasDtor(a)
                ? "the `Drop` code for type `" + defs.adt(a.def()).name() + "`"
                : "the destructor for type `" + erased(ty) + "`";
        return new LaterUse(t.span(), false, "`" + decl.name() + "` is dropped and runs " + runs);
    }

    /** std's types with a `Drop` impl of their own (not only drop glue), and the user's with one. */
    private static final Set<String> STD_DTORS = Set.of("Vec", "VecDeque", "Rc", "Arc", "Weak", "LinkedList");

    private boolean hasDtor(dev.heaplab.core.types.Ty.Adt a) {
        dev.heaplab.core.types.AdtDef adt = defs.adt(a.def());
        if (adt == null || adt.name().equals("Box")) return false;
        if (dev.heaplab.core.typeck.CheckedStd.isStd(adt.span())) return STD_DTORS.contains(adt.name());
        return TypeQueries.of(defs).hasDropImpl(a);
    }

    /** A type as rustc prints it with regions erased (an ADT's lifetime arguments as `'_`). */
    private String erased(dev.heaplab.core.types.Ty ty) { return ty.display(defs); }

    /**
     * The next use, after (b, i), of a local that may hold the loan, along the paths from there. The
     * holders are followed from (b, i) itself, not from the fixpoint, and the borrowed local's
     * `StorageDead` does not end the loan: the flow ends it there, but the explanation is what would
     * have used it next (`println!("{}", result)` after `s2` died).
     */
    private LaterUse laterUse(Loan l, BlockId start, int startIndex) {
        // rustc explains with the region nearest to the loan's that is live here: a `for` loop's iterator
        // holding the loan is nearer than the items it gave, so its next `next()` call (the loop's head)
        // is the later use, not `*b += 1` in the body.
        BitSet iterators = forIterators();
        if (!iterators.isEmpty()) {
            only = iterators;
            try {
                LaterUse next = laterUseAll(l, start, startIndex);
                if (next != null) return next;
            } finally {
                only = null;
            }
        }
        return laterUseAll(l, start, startIndex);
    }

    /** While looking for a `for` loop's next iteration: the iterators counted as holders; else null. */
    private BitSet only;
    /** The body's `for` iterators, found at the first explanation that needs them. */
    private BitSet forIterators;

    /**
     * The iterators of this body's `for` loops: the local that `into_iter` fills and whose `&mut` a
     * `next` call with the same span (the loop's head) takes.
     */
    private BitSet forIterators() {
        if (forIterators != null) return forIterators;
        BitSet out = forIterators = new BitSet();
        java.util.Map<Integer, Span> filled = new java.util.HashMap<>();
        java.util.Map<Integer, Integer> refOf = new java.util.HashMap<>();
        for (Body.BasicBlock bb : body.blocks()) {
            for (Statement st : bb.statements()) {
                if (st instanceof Statement.Assign a && a.place().isLocal() && a.rvalue() instanceof Rvalue.Ref r && r.place().isLocal()) {
                    refOf.put(a.place().local().index(), r.place().local().index());
                }
            }
            if (bb.terminator() instanceof Terminator.Call c && c.destination().isLocal()
                    && TypeQueries.callee(c, defs) instanceof dev.heaplab.core.types.FnDef fn && fn.name().equals("into_iter")) {
                filled.put(c.destination().local().index(), c.span());
            }
        }
        for (Body.BasicBlock bb : body.blocks()) {
            if (!(bb.terminator() instanceof Terminator.Call c) || c.args().size() != 1 || !(c.args().get(0) instanceof Operand.Move m)
                    || !m.place().isLocal() || !(TypeQueries.callee(c, defs) instanceof dev.heaplab.core.types.FnDef fn) || !fn.name().equals("next")) continue;
            Integer it = refOf.get(m.place().local().index());
            if (it != null && c.span().equals(filled.get(it))) out.set(it);
        }
        return out;
    }

    private LaterUse laterUseAll(Loan l, BlockId start, int startIndex) {
        // A use through a reference to a holder (`&r`) explains the loan only when no holder is used itself.
        throughRefs = false;
        LaterUse direct = laterUseOnce(l, start, startIndex);
        if (direct != null) return direct;
        throughRefs = true;
        try {
            return laterUseOnce(l, start, startIndex);
        } finally {
            throughRefs = false;
        }
    }

    /** Whether {@link #holds} counts what a local holds behind its borrows of other locals. */
    private boolean throughRefs;

    /**
     * Breadth-first over locations, one statement or terminator a step, as rustc's `UseFinder`: of
     * two paths to a use the one with fewer statements wins, whatever blocks they are split into.
     */
    private LaterUse laterUseOnce(Loan l, BlockId start, int startIndex) {
        record Visit(int block, int index, BitSet[] held) {}
        ArrayDeque<Visit> work = new ArrayDeque<>();
        BitSet[] first = flow.entry(start);
        if (first == null) return null;
        // the start block's statements up to (b, i) only move the holders along
        Body.BasicBlock startBlock = body.block(start);
        int from = startIndex + 1; // past the statements: the start was the terminator, not checked again
        for (int i = 0; i < Math.min(from, startBlock.statements().size()); i++) step(first, startBlock.statements().get(i), start.index(), i, l);
        work.add(new Visit(start.index(), from, first));
        Set<Integer> seen = new HashSet<>();
        while (!work.isEmpty()) {
            Visit w = work.poll();
            Body.BasicBlock bb = body.blocks().get(w.block());
            BitSet[] held = w.held();
            int i = w.index();
            if (i < bb.statements().size()) {
                Statement st = bb.statements().get(i);
                if (usesLoan(st, held, l)) return new LaterUse(st.span(), false);
                step(held, st, w.block(), i, l);
                work.add(new Visit(w.block(), i + 1, held));
                continue;
            }
            if (i == bb.statements().size() && usesLoan(bb.terminator(), held, l)) return callUse(bb.terminator(), held, l);
            BitSet holders = writesBorrowed(bb.terminator(), l) ? holdersOf(held, l) : null;
            flow.applyTerminator(held, bb.terminator());
            if (holders != null) for (int x = holders.nextSetBit(0); x >= 0; x = holders.nextSetBit(x + 1)) held[x].set(l.id());
            // an iterator made again (an outer loop's next turn) no longer holds this loan
            if (only != null && bb.terminator() instanceof Terminator.Call c && c.destination().isLocal()
                    && only.get(c.destination().local().index())) continue;
            for (BlockId s : InitAnalysis.successors(bb.terminator())) {
                if (seen.add(s.index())) work.add(new Visit(s.index(), 0, LoanFlow.copy(held)));
            }
        }
        return null;
    }

    /** Moves the holders of the loan over one statement, keeping them past the end of the borrowed local. */
    private void step(BitSet[] held, Statement st, int block, int i, Loan l) {
        BitSet holders = writesBorrowed(st, l) ? holdersOf(held, l) : null;
        flow.applyStatement(held, st, new BlockId(block), i);
        if (holders != null) for (int x = holders.nextSetBit(0); x >= 0; x = holders.nextSetBit(x + 1)) held[x].set(l.id());
    }

    /**
     * Does this statement or terminator end the borrowed local's loans in the flow (its storage
     * ending or starting again, its drop, a new value written to it)? The explanation looks past
     * that: rustc names the next use of a holder whatever becomes of the borrowed value, as the
     * next loop iteration's `refs.push(..)` after `s` died.
     */
    private static boolean writesBorrowed(Object stmtOrTerm, Loan l) {
        Local borrowed = l.place().local();
        return switch (stmtOrTerm) {
            case Statement.StorageDead d -> d.local().equals(borrowed);
            case Statement.StorageLive v -> v.local().equals(borrowed);
            case Statement.Assign a -> a.place().isLocal() && a.place().local().equals(borrowed);
            case Terminator.Drop d -> d.place().local().equals(borrowed);
            case Terminator.Call c -> c.destination().isLocal() && c.destination().local().equals(borrowed);
            default -> false;
        };
    }

    private static BitSet holdersOf(BitSet[] held, Loan l) {
        BitSet holders = new BitSet();
        for (int x = 0; x < held.length; x++) if (held[x].get(l.id())) holders.set(x);
        return holders;
    }

    /**
     * A use by a terminator. rustc evaluates every argument of a call into a temporary first, so an
     * argument that is a variable's place here is, in rustc's MIR, a use at that argument's
     * expression; an argument already evaluated into a temporary is used by the call itself.
     */
    private LaterUse callUse(Terminator t, BitSet[] held, Loan l) {
        if (t instanceof Terminator.Drop drop) return dropUse(drop);
        if (!(t instanceof Terminator.Call c)) return new LaterUse(t.span(), false);
        Terminator.Call.Site site = c.site();
        for (int k = 0; k < c.args().size(); k++) {
            Operand o = c.args().get(k);
            if (!usesOp(o, held, l)) continue;
            Place p = o.readPlace();
            boolean temp = p != null && p.isLocal() && body.local(p.local()).kind() == LocalDecl.Kind.TEMP;
            if (!temp && k < site.args().size()) return new LaterUse(site.args().get(k), false);
            break;
        }
        if (site.func() != null) return new LaterUse(site.func(), true);
        return new LaterUse(c.span(), false);
    }

    /** Does the local hold the loan, itself or behind a borrow of another local that holds it (`&r`, see LoanCheck)? */
    private boolean holds(BitSet[] held, Place p, Loan l) { return holds(held, p.local().index(), l, new BitSet()); }

    private boolean holds(BitSet[] held, int local, Loan l, BitSet visited) {
        if (local >= held.length || visited.get(local)) return false;
        if (only != null && !only.get(local)) return false;
        visited.set(local);
        BitSet h = held[local];
        if (h.get(l.id())) return true;
        if (!throughRefs) return false;
        for (int id = h.nextSetBit(0); id >= 0; id = h.nextSetBit(id + 1)) {
            Loan m = flow.loans().get(id);
            if (m.universal() || m.place() == null || hasDeref(m.place()) || flow.refFreePlace(m.place())) continue;
            if (holds(held, m.place().local().index(), l, visited)) return true;
        }
        return false;
    }

    private boolean usesLoan(Statement st, BitSet[] held, Loan l) {
        // A match guard's use of a by-value binding mentions the guard's borrow of the matched place.
        if (st instanceof Statement.PlaceMention m) return m.place().isLocal() && holds(held, m.place(), l);
        if (!(st instanceof Statement.Assign a)) return false;
        if (a.rvalue() instanceof Rvalue.Ref r) return holds(held, r.place(), l);
        if (!a.place().isLocal() && hasDeref(a.place()) && holds(held, a.place(), l)) return true;
        return switch (a.rvalue()) {
            case Rvalue.Use u -> usesOp(u.operand(), held, l);
            case Rvalue.Cast c -> usesOp(c.operand(), held, l);
            case Rvalue.BinaryOp x -> usesOp(x.lhs(), held, l) || usesOp(x.rhs(), held, l);
            case Rvalue.CheckedBinaryOp x -> usesOp(x.lhs(), held, l) || usesOp(x.rhs(), held, l);
            case Rvalue.UnaryOp u -> usesOp(u.operand(), held, l);
            case Rvalue.Aggregate ag -> ag.operands().stream().anyMatch(o -> usesOp(o, held, l));
            case Rvalue.ClosureValue c -> c.captures().stream().anyMatch(o -> usesOp(o, held, l));
            case Rvalue.Len len -> holds(held, len.place(), l);
            case Rvalue.Discriminant d -> holds(held, d.place(), l);
            default -> false;
        };
    }

    private static boolean hasDeref(Place p) {
        for (Place.Projection pr : p.projections()) if (pr instanceof Place.Projection.Deref) return true;
        return false;
    }

    private boolean usesOp(Operand o, BitSet[] held, Loan l) {
        return switch (o) {
            case Operand.Copy c -> holds(held, c.place(), l) && !isTempMove(c.place());
            case Operand.Move m -> holds(held, m.place(), l);
            case Operand.Constant k -> false;
        };
    }

    private boolean isTempMove(Place p) { return false; }

    private boolean usesLoan(Terminator t, BitSet[] held, Loan l) {
        return switch (t) {
            case Terminator.Call c -> c.args().stream().anyMatch(o -> usesOp(o, held, l)) || usesOp(c.func(), held, l);
            case Terminator.SwitchInt s -> usesOp(s.discr(), held, l);
            case Terminator.Drop d -> held[d.place().local().index()].get(l.id()) && only == null;
            default -> false;
        };
    }
}
