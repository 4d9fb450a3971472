package dev.heaplab.core.borrowck;

import dev.heaplab.core.dataflow.InitAnalysis;
import dev.heaplab.core.dataflow.InitState;
import dev.heaplab.core.dataflow.MovePaths;
import dev.heaplab.core.dataflow.PlaceTypes;
import dev.heaplab.core.diag.Diagnostic;
import dev.heaplab.core.mir.BlockId;
import dev.heaplab.core.mir.Body;
import dev.heaplab.core.mir.LocalDecl;
import dev.heaplab.core.mir.Place;
import dev.heaplab.core.mir.Rvalue;
import dev.heaplab.core.mir.Statement;
import dev.heaplab.core.source.Span;
import dev.heaplab.core.types.ProgramDefs;
import dev.heaplab.core.types.Ty;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks writes and mutable borrows against declared mutability. Rules (as rustc):
 * <ul>
 * <li>E0384: assigning a user variable not declared `mut` that may already have been assigned;</li>
 * <li>E0596: `&mut` of a place rooted in a non-`mut` variable, or behind a `&` reference;</li>
 * <li>E0594: assigning to a field or element of a non-`mut` variable, or behind a `&` reference.</li>
 * </ul>
 * A place behind a `&mut` reference or a Box is as mutable as that reference/owner allows.
 */
final class MutabilityCheck {
    private final Body body;
    private final ProgramDefs defs;
    private final MovePaths paths;
    private final InitAnalysis init;
    private final PlaceTypes placeTypes;
    private final List<Diagnostic> out;
    private final Set<Span> reported = new HashSet<>();

    private dev.heaplab.core.source.SourceFile source;
    /** Each "not declared as mutable" E0596 with its variable's declaration, for {@link NotMutableGroups}. */
    private java.util.Map<Diagnostic, Span> declOf = new java.util.IdentityHashMap<>();

    MutabilityCheck recordingDecls(java.util.Map<Diagnostic, Span> declOf) {
        this.declOf = declOf;
        return this;
    }

    /** The program's bodies, to tell an assignment inside a closure from a mutable borrow there. */
    MutabilityCheck withBodies(java.util.Map<dev.heaplab.core.types.DefId, Body> bodies) {
        this.bodies = bodies;
        return this;
    }

    private java.util.Map<dev.heaplab.core.types.DefId, Body> bodies;

    MutabilityCheck(Body body, ProgramDefs defs, List<Diagnostic> out, dev.heaplab.core.source.SourceFile source) {
        this(body, defs, out);
        this.source = source;
    }

    /** With the initialisation dataflow of the body already solved (the move check's: the same facts). */
    MutabilityCheck(Body body, ProgramDefs defs, List<Diagnostic> out, dev.heaplab.core.source.SourceFile source, InitAnalysis init) {
        this(body, defs, out, init);
        this.source = source;
    }

    MutabilityCheck(Body body, ProgramDefs defs, List<Diagnostic> out) {
        this(body, defs, out, new InitAnalysis(body, new MovePaths(body, new PlaceTypes(body, defs))));
    }

    private MutabilityCheck(Body body, ProgramDefs defs, List<Diagnostic> out, InitAnalysis init) {
        this.body = body;
        this.defs = defs;
        this.paths = init.paths();
        this.init = init;
        this.placeTypes = new PlaceTypes(body, defs);
        this.out = out;
    }

    void run() {
        for (int b = 0; b < body.blocks().size(); b++) {
            InitState s = init.entry(new BlockId(b));
            if (s == null) continue;
            for (Statement st : body.blocks().get(b).statements()) {
                if (st instanceof Statement.Assign a) {
                    if (a.rvalue() instanceof Rvalue.Ref r && r.kind() != Rvalue.BorrowKind.SHARED
                            && r.kind() != Rvalue.BorrowKind.SHALLOW) {
                        mutableBorrow(r.place(), a.span());
                    }
                    if (!MoveCheck.isPartialAssignOfUninit(s, paths, a.place())) assignment(s, a.place(), a.span());
                    if (a.rvalue() instanceof Rvalue.ClosureValue cv) movedCapturesMutated(cv);
                }
                init.applyStatement(s, st);
            }
        }
    }

    /**
     * A `move` closure's by-value capture of a variable not declared `mut` stays immutable inside the
     * closure: rustc reports the body's assignment (E0594) or `&mut` borrow (E0596) of it, although the
     * body reaches it through its `&mut self`. Read here, where the capture's operand names the variable.
     */
    private void movedCapturesMutated(Rvalue.ClosureValue cv) {
        dev.heaplab.core.types.ClosureDef def = defs.closure(cv.closure());
        Body closure = bodies == null ? null : bodies.get(cv.closure());
        if (def == null || closure == null || closure.argCount() < 1) return;
        for (int k = 0; k < def.captures().size() && k < cv.captures().size(); k++) {
            if (def.captures().get(k).mode() != dev.heaplab.core.types.ClosureDef.CaptureMode.BY_VALUE) continue;
            Place captured = switch (cv.captures().get(k)) {
                case dev.heaplab.core.mir.Operand.Copy c -> c.place();
                case dev.heaplab.core.mir.Operand.Move m -> m.place();
                case dev.heaplab.core.mir.Operand.Constant c -> null;
            };
            if (captured == null || root(captured) != null) continue;
            LocalDecl decl = body.local(captured.local());
            if (decl.mutable() || decl.name() == null || decl.kind() == LocalDecl.Kind.TEMP) continue;
            String name = def.captures().get(k).name();
            PlaceTypes inner = new PlaceTypes(closure, defs);
            for (Body.BasicBlock bb : closure.blocks()) {
                for (Statement st : bb.statements()) {
                    if (!(st instanceof Statement.Assign a)) continue;
                    if (a.rvalue() instanceof Rvalue.Ref r && r.kind() != Rvalue.BorrowKind.SHARED
                            && r.kind() != Rvalue.BorrowKind.SHALLOW && ownedUpvar(r.place(), k, inner) && reported.add(a.span())) {
                        out.add(addMut(Diagnostic.error("E0596", "cannot borrow `" + name + "` as mutable, as it is not declared as mutable")
                                .primary(a.span(), "cannot borrow as mutable"), decl, "consider changing this to be mutable").build());
                    }
                    if (ownedUpvar(a.place(), k, inner) && reported.add(a.span())) {
                        out.add(addMut(Diagnostic.error("E0594", "cannot assign to `" + name + "`, as it is not declared as mutable")
                                .primary(a.span(), "cannot assign"), decl, "consider changing this to be mutable").build());
                    }
                }
            }
        }
    }

    /** Is {@code p} (in a closure body) the closure's field {@code k}, or a part of it owned by it (no reference crossed)? */
    private static boolean ownedUpvar(Place p, int k, PlaceTypes types) {
        if (p.local().index() != 1) return false;
        List<Place.Projection> ps = p.projections();
        int i = !ps.isEmpty() && ps.get(0) instanceof Place.Projection.Deref ? 1 : 0;
        if (i == 1 && !(types.typeAt(p, 0) instanceof Ty.Ref)) return false;
        if (i >= ps.size() || !(ps.get(i) instanceof Place.Projection.Field f) || f.index() != k) return false;
        for (int j = i + 1; j < ps.size(); j++) {
            if (ps.get(j) instanceof Place.Projection.Deref && !types.isBox(types.typeAt(p, j))) return false;
        }
        return true;
    }

    /** Where mutability comes from for a place: its root variable, or the reference it is behind. */
    private record Root(int derefIndex, Ty refTy) {}

    /** The innermost deref of a non-Box pointer in the place, or null when the place is rooted in its local. */
    private Root root(Place place) {
        for (int k = place.projections().size() - 1; k >= 0; k--) {
            if (place.projections().get(k) instanceof Place.Projection.Deref) {
                Ty base = placeTypes.typeAt(place, k);
                if (!placeTypes.isBox(base)) return new Root(k, base);
            }
        }
        return null;
    }

    /**
     * A closure called through `FnMut` needs a `mut` binding: rustc shows the capture that made it
     * `FnMut` ("calling `inc` requires mutable binding due to mutable borrow of `count`").
     */
    private void whyFnMut(Diagnostic.Builder b, LocalDecl decl) {
        if (!(decl.ty() instanceof Ty.Closure c) || defs.closure(c.def()) == null) return;
        for (dev.heaplab.core.types.ClosureDef.Capture cap : defs.closure(c.def()).captures()) {
            if (cap.mode() == dev.heaplab.core.types.ClosureDef.CaptureMode.BY_MUT_REF && cap.kindSpan() != null) {
                b.secondary(cap.kindSpan(), "calling `" + decl.name() + "` requires mutable binding due to mutable borrow of `" + cap.name() + "`");
                return;
            }
        }
    }

    private void mutableBorrow(Place place, Span span) {
        Root r = root(place);
        String name = placeTypes.name(place);
        if (r == null) {
            LocalDecl decl = body.local(place.local());
            if (decl.mutable() || decl.name() == null || !reported.add(span)) return;
            if (captureAssigned(name, span, decl)) return;
            String why = place.isLocal() ? "" : ", as `" + decl.name() + "` is";
            Diagnostic.Builder b = Diagnostic.error("E0596", "cannot borrow `" + name + "` as mutable"
                    + (place.isLocal() ? ", as it is" : why) + " not declared as mutable")
                    .primary(span, "cannot borrow as mutable");
            if (place.isLocal()) whyFnMut(b, decl);
            Diagnostic d = addMut(b, decl, "consider changing this to be mutable").build();
            out.add(d);
            if (decl.span() != null) declOf.put(d, decl.span());
            return;
        }
        if (r.refTy() instanceof Ty.Ref ref && !ref.mutable() && reported.add(span)) {
            String shown = name == null ? "data" : "`" + name + "`";
            out.add(refMut(Diagnostic.error("E0596", "cannot borrow " + shown + " as mutable, as it is behind a `&` reference")
                    .primary(span, behindRef(place, r, "borrowed as mutable", "cannot borrow as mutable")), place, r)
                    .build());
        }
    }

    /**
     * A closure capturing a non-`mut` variable by `&mut` because its body assigns it: rustc reports
     * the assignment inside the body (E0594), not the capture.
     */
    private boolean captureAssigned(String name, Span span, LocalDecl decl) {
        if (source == null || name == null) return false;
        for (dev.heaplab.core.types.ClosureDef c : defs.closures()) {
            if (!c.span().equals(span)) continue;
            Span use = ClosureBounds.useIn(source, c, name);
            if (use == null || !ClosureBounds.assigned(source, use)) return false;
            if (borrowedMutablyAt(c, use)) {
                // `sum += w` with `w: &i32` calls `AddAssign::add_assign(&mut sum, w)`: a borrow in the body.
                Diagnostic d = addMut(Diagnostic.error("E0596", "cannot borrow `" + name + "` as mutable, as it is not declared as mutable")
                        .primary(use, "cannot borrow as mutable"), decl, "consider changing this to be mutable").build();
                out.add(d);
                if (declOf != null && decl.span() != null) declOf.put(d, decl.span());
                return true;
            }
            Span stmt = new Span(use.lo(), Math.max(use.hi(), lineEnd(use)));
            out.add(addMut(Diagnostic.error("E0594", "cannot assign to `" + name + "`, as it is not declared as mutable")
                    .primary(stmt, "cannot assign"), decl, "consider changing this to be mutable").build());
            return true;
        }
        return false;
    }

    /** Does the closure's body borrow mutably at {@code use} (an overloaded `+=` on a capture) rather than assign? */
    private boolean borrowedMutablyAt(dev.heaplab.core.types.ClosureDef c, Span use) {
        Body closure = bodies == null ? null : bodies.get(c.id());
        if (closure == null) return false;
        for (Body.BasicBlock bb : closure.blocks()) {
            for (dev.heaplab.core.mir.Statement st : bb.statements()) {
                if (st instanceof dev.heaplab.core.mir.Statement.Assign a && a.rvalue() instanceof dev.heaplab.core.mir.Rvalue.Ref r
                        && r.kind() == dev.heaplab.core.mir.Rvalue.BorrowKind.MUT && a.span().lo() == use.lo()) return true;
            }
        }
        return false;
    }

    /**
     * rustc's suggestion to write `mut` before the binding's name, when the declaration is that bare
     * name (`let s`, a parameter `s: T`); otherwise the advice without the edit.
     */
    private Diagnostic.Builder addMut(Diagnostic.Builder d, LocalDecl decl, String message) {
        Span at = decl.span();
        if (source != null && at != null && source.contains(at.lo()) && source.contains(at.hi())
                && decl.name() != null && source.slice(at).replaceFirst("\\s*:.*$", "").equals(decl.name())) {
            return d.suggestion(message, at.shrinkToLo(), "mut ");
        }
        return d.help(message);
    }

    /** Is {@code l} a parameter of a function or a closure (a closure's first argument is its environment)? */
    private boolean isFnArgument(dev.heaplab.core.mir.Local l) {
        if (body.def() == null || l.index() > body.argCount()) return false;
        if (defs.closure(body.def()) != null) return l.index() >= 2;
        return l.index() >= 1 && defs.fn(body.def()) != null;
    }

    /** The end of the assignment starting at {@code use}: up to `;`, `}` or the end of the line. */
    private int lineEnd(Span use) {
        String text = source.text();
        int at = use.hi() - source.startPos();
        while (at < text.length() && ";}\n,".indexOf(text.charAt(at)) < 0) at++;
        while (at > 0 && text.charAt(at - 1) == ' ') at--;
        return at + source.startPos();
    }

    /**
     * rustc's label for a write or `&mut` behind a `&`: it names the variable holding the reference
     * when the place dereferences a variable (`*x`, `self.n`), and only says what failed otherwise.
     */
    private String behindRef(Place place, Root r, String actedOn, String otherwise) {
        if (r.derefIndex() != 0) return otherwise;
        LocalDecl decl = body.local(place.local());
        if (decl.name() == null || decl.kind() == LocalDecl.Kind.TEMP) return otherwise;
        return "`" + decl.name() + "` is a `&` reference, so it cannot be " + actedOn;
    }

    /** `&T` or `&'a T` written after a parameter's `:`, or `&self`: where `mut ` goes. */
    private static final java.util.regex.Pattern REF_PARAM =
            java.util.regex.Pattern.compile("^(?:&(\\s*'\\w+\\s+)?self|\\w+\\s*:\\s*&(\\s*'\\w+\\s+)?)");

    /**
     * rustc's "consider changing this to be a mutable reference" when the reference is a parameter
     * written `&T` (or `&self`) of a function that is not a trait method: `mut ` inserted after the `&`.
     * A trait method's signature is fixed by its trait, for which rustc words its help differently.
     */
    private Diagnostic.Builder refMut(Diagnostic.Builder d, Place place, Root r) {
        if (r.derefIndex() != 0 || source == null) return d;
        if (!isFnArgument(place.local())) return iterMut(d, body.local(place.local()));
        dev.heaplab.core.types.FnDef fn = defs.fn(body.def());
        dev.heaplab.core.types.ImplDef impl = fn == null || fn.parentImpl() == null ? null : defs.impl(fn.parentImpl());
        if (fn == null || (impl != null && impl.trait() != null) || fn.parentTrait() != null) return d;
        LocalDecl decl = body.local(place.local());
        Span at = decl.span();
        if (at == null || !source.contains(at.lo()) || !source.contains(at.hi())) return d;
        java.util.regex.Matcher m = REF_PARAM.matcher(source.slice(at));
        if (!m.find()) return d;
        int insert = at.lo() + (m.group(0).endsWith("self") ? m.group(0).length() - "self".length() : m.end());
        return d.suggestion("consider changing this to be a mutable reference", new Span(insert, insert), "mut ");
    }

    /**
     * A binding inside a pattern that takes a value apart (`let (a, b) = …`, a match arm, `if let`),
     * where rustc also proposes `ref mut` to change the matched value itself; not a plain `let x`,
     * a parameter or a `for` loop's variable.
     */
    private boolean inDestructuringPattern(LocalDecl decl) {
        if (!isPlainBinding(decl)) return false;
        String before = textBefore(decl.span()).stripTrailing();
        if (before.isEmpty()) return false;
        char c = before.charAt(before.length() - 1);
        return (c == '(' || c == ',' || c == '{' || c == '[' || c == ':' || c == '|' || c == '&') && !isForLoopBinding(decl);
    }

    /** A variable bound by a `for` loop's pattern (read in the source: `for` with no `;`, brace or `=` since). */
    private boolean isForLoopBinding(LocalDecl decl) {
        return isPlainBinding(decl) && FOR_HEAD.matcher(textBefore(decl.span())).find();
    }

    /** A user variable whose declaration's span is its bare name, in the checked source. */
    private boolean isPlainBinding(LocalDecl decl) {
        Span at = decl.span();
        return source != null && decl.kind() == LocalDecl.Kind.USER && at != null && source.contains(at.lo())
                && source.slice(at).equals(decl.name());
    }

    /** The source's last 200 characters before {@code at}: enough for a pattern's or a `for` head's start. */
    private String textBefore(Span at) {
        int lo = at.lo() - source.startPos();
        return source.text().substring(Math.max(0, lo - 200), lo);
    }

    private static final java.util.regex.Pattern FOR_HEAD = java.util.regex.Pattern.compile("\\bfor\\s[^;{}=]*$");
    private static final java.util.regex.Pattern FOR_THEN_NAME = java.util.regex.Pattern.compile("\\bfor\\s+$");

    /** `for NAME in EXPR.iter() {`, with NAME the variable's declaration. */
    private static final java.util.regex.Pattern FOR_ITER =
            java.util.regex.Pattern.compile("^\\s+in\\s+([^{};]*?)(iter\\(\\))\\s*\\{");

    /**
     * A `for` loop's variable that is a `&` because the loop runs over `.iter()`: rustc points at the
     * iterator and proposes `iter_mut()`.
     */
    private Diagnostic.Builder iterMut(Diagnostic.Builder d, LocalDecl decl) {
        Span at = decl.span();
        if (decl.kind() != LocalDecl.Kind.USER || decl.name() == null || at == null || !source.contains(at.hi())) return d;
        if (!FOR_THEN_NAME.matcher(textBefore(at)).find()) return d;
        java.util.regex.Matcher m = FOR_ITER.matcher(source.text().substring(at.hi() - source.startPos()));
        if (!m.find() || !m.group(1).endsWith(".")) return d;
        int exprLo = at.hi() + m.start(1), iterLo = at.hi() + m.start(2), iterHi = at.hi() + m.end(2);
        return d.secondary(new Span(exprLo, iterHi), "this iterator yields `&` references")
                .inlineSuggestion("use mutable method", new Span(iterLo, iterHi), "iter_mut()");
    }

    private void assignment(InitState s, Place place, Span span) {
        Root r = root(place);
        String name = placeTypes.name(place);
        if (r == null) {
            LocalDecl decl = body.local(place.local());
            if (decl.mutable() || decl.name() == null || decl.kind() == LocalDecl.Kind.TEMP) return;
            if (place.isLocal()) {
                MovePaths.Lookup l = paths.lookup(place);
                if (isFnArgument(place.local()) && reported.add(span)) {
                    // rustc's wording for a function's parameter, which has no first assignment to show.
                    out.add(addMut(Diagnostic.error("E0384", "cannot assign to immutable argument `" + name + "`")
                            .primary(span, "cannot assign to immutable argument"), decl, "consider making this binding mutable")
                            .build());
                    return;
                }
                if (s.maybeEverInit(l.path()) && reported.add(span)) {
                    Diagnostic.Builder d = Diagnostic.error("E0384", "cannot assign twice to immutable variable `" + name + "`")
                            .secondary(decl.span(), "first assignment to `" + name + "`")
                            .primary(span, "cannot assign twice to immutable variable");
                    if (isForLoopBinding(decl)) {
                        // rustc 1.95 words the edit for a `for` loop's binding so, `for (mut x) x in ...`.
                        d.suggestion("consider making this binding mutable", decl.span().shrinkToLo(), "(mut " + decl.name() + ") ");
                    } else {
                        addMut(d, decl, "consider making this binding mutable");
                    }
                    if (inDestructuringPattern(decl)) {
                        d.suggestion("to modify the original value, take a borrow instead", decl.span().shrinkToLo(), "ref mut ");
                    }
                    out.add(d.build());
                }
                return;
            }
            if (reported.add(span)) {
                out.add(addMut(Diagnostic.error("E0594", "cannot assign to `" + name + "`, as `" + decl.name()
                        + "` is not declared as mutable").primary(span, "cannot assign"), decl, "consider changing this to be mutable").build());
            }
            return;
        }
        if (r.refTy() instanceof Ty.Ref ref && !ref.mutable() && reported.add(span)) {
            String shown = name == null ? "data" : "`" + name + "`";
            out.add(refMut(Diagnostic.error("E0594", "cannot assign to " + shown + ", which is behind a `&` reference")
                    .primary(span, behindRef(place, r, "written to", "cannot assign")), place, r)
                    .build());
        }
    }
}
