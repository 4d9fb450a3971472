package dev.heaplab.core.borrowck;

import dev.heaplab.core.diag.Diagnostic;
import dev.heaplab.core.diag.Label;
import dev.heaplab.core.mir.Body;
import dev.heaplab.core.mir.Local;
import dev.heaplab.core.mir.Operand;
import dev.heaplab.core.mir.Place;
import dev.heaplab.core.mir.Rvalue;
import dev.heaplab.core.mir.Statement;
import dev.heaplab.core.mir.Terminator;
import dev.heaplab.core.source.SourceFile;
import dev.heaplab.core.source.Span;
import dev.heaplab.core.types.AdtDef;
import dev.heaplab.core.types.FnDef;
import dev.heaplab.core.types.GenericsDef;
import dev.heaplab.core.types.ImplDef;
import dev.heaplab.core.types.LangItem;
import dev.heaplab.core.types.ProgramDefs;
import dev.heaplab.core.types.TraitDef;
import dev.heaplab.core.types.Ty;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The edits rustc proposes under a move error, so that a learner sees the fix next to the problem:
 * <ul>
 * <li>"consider cloning the value if the performance cost is acceptable": `.clone()` after the moved
 *     expression, when its type is `Clone` ("clone the value to increment its reference count" for
 *     `Rc`/`Arc`); a leading `*` is dropped, as `r.clone()` clones the pointee;</li>
 * <li>for a `let` moving out of a place behind a reference or an index, first "consider borrowing
 *     here" (`&`) or, for `*r`, "consider removing the dereference here".</li>
 * </ul>
 * Only where the moved expression is written exactly as the place (`s`, `self.name`, `names[0]`,
 * `*r`): other shapes (closures capturing, operators, struct shorthand, method receivers taking
 * `self`) get other hints in rustc, which are not given here.
 */
final class MoveHints {
    private final Body body;
    private final ProgramDefs defs;
    private final SourceFile source;
    private final TraitDef cloneTrait, copyTrait;
    private List<GenericsDef.Predicate> env;

    MoveHints(Body body, ProgramDefs defs, SourceFile source) {
        this.body = body;
        this.defs = defs;
        this.source = source;
        this.cloneTrait = defs.langTrait("Clone");
        this.copyTrait = defs.langTrait("Copy");
    }

    /** How a value was moved at a site: written as the place itself, as a method's `self`, or by a `for` loop. */
    enum SiteKind { PLAIN, METHOD_SELF, FOR_LOOP, BINDING, OTHER }

    /** The move at {@code site} of the place named {@code name}, and the call consuming it (null unless METHOD_SELF or FOR_LOOP). */
    record Site(SiteKind kind, Span span, Terminator.Call call) {
        /** The span rustc labels: the method name through the call's end, or the moved expression. */
        Span label() { return kind == SiteKind.METHOD_SELF ? call.span() : span; }
    }

    Site site(Span span, String name) {
        if (span != null && bindsByValue(span)) return new Site(SiteKind.BINDING, span, null);
        if (span == null || !writtenAs(span, name)) return new Site(SiteKind.OTHER, span, null);
        for (Body.BasicBlock bb : body.blocks()) {
            if (!(bb.terminator() instanceof Terminator.Call c)) continue;
            // A `for` loop's `into_iter` call carries the iterated expression's span.
            if (c.span().equals(span) && calls(c, "into_iter")) return new Site(SiteKind.FOR_LOOP, span, c);
            // A method call's span starts at its name (see lowering): `s.into_bytes()`, the receiver then `.`.
            if (c.span().lo() > span.hi() && source.contains(c.span().lo())
                    && source.slice(new Span(span.hi(), c.span().lo())).strip().equals(".")) return new Site(SiteKind.METHOD_SELF, span, c);
            if (c.span().lo() == span.lo()) return new Site(SiteKind.OTHER, span, c);
        }
        return new Site(SiteKind.PLAIN, span, null);
    }

    /** A pattern's by-value, immutable binding (`Some(s)`) moves at {@code span}: its variable's declaration. */
    private boolean bindsByValue(Span span) {
        for (Body.BasicBlock bb : body.blocks()) {
            for (Statement st : bb.statements()) {
                if (st instanceof Statement.Assign a && a.span().equals(span) && a.place().isLocal()
                        && a.rvalue() instanceof Rvalue.Use u && u.operand() instanceof Operand.Move) {
                    dev.heaplab.core.mir.LocalDecl decl = body.local(a.place().local());
                    return decl.kind() == dev.heaplab.core.mir.LocalDecl.Kind.USER && decl.span().equals(span) && !decl.mutable();
                }
            }
        }
        return false;
    }

    private boolean calls(Terminator.Call c, String name) {
        FnDef fn = TypeQueries.callee(c, defs);
        return fn != null && fn.name().equals(name);
    }

    /** Is {@code fn} written in the program (not one of std's stubs)? */
    private boolean inProgram(FnDef fn) { return fn.decl() != null && source.contains(fn.decl().span().lo()); }

    /** E0382: the value of type {@code ty} was moved at {@code site}. */
    void afterUseOfMoved(Diagnostic.Builder d, Site site, Ty ty) {
        switch (site.kind()) {
            case BINDING -> d.suggestion("borrow this binding in the pattern to avoid moving the value", site.span().shrinkToLo(), "ref ");
            case PLAIN -> {
                ownedParameter(d, site.span());
                if (!inMoveClosure(body.def())) clone(d, site.span(), ty);
            }
            case METHOD_SELF -> {
                selfTaken(d, site, name(site), ty);
                if (implementsClone(ty, new HashSet<>())) {
                    d.suggestion("you can `clone` the value and consume it, but this might not be your desired behavior",
                            site.span().shrinkToHi(), ".clone()");
                }
            }
            case FOR_LOOP -> {
                selfTaken(d, site, name(site), ty);
                if (iterableByReference(ty)) {
                    d.suggestion("consider iterating over a slice of the `" + ty.display(defs)
                            + "`'s content to avoid moving into the `for` loop", site.span().shrinkToLo(), "&");
                }
            }
            case OTHER -> { }
        }
    }

    /**
     * "inside of this loop", at the head of the outermost loop around an expression's move that does
     * not also hold the moved variable's declaration (rustc's hint that the move repeats).
     */
    void loopLabel(Diagnostic.Builder d, Site site, Span declared) {
        if (site.kind() != SiteKind.OTHER) loopLabel(d, site.span(), declared);
    }

    /** The same for a move at {@code moved} (a move into a closure: its head). */
    void loopLabel(Diagnostic.Builder d, Span moved, Span declared) {
        if (moved == null) return;
        Span outer = null;
        for (Body.Loop loop : body.loops()) {
            Span r = loop.repeated();
            if (r.lo() <= moved.lo() && moved.hi() <= r.hi() && !(r.lo() <= declared.lo() && declared.hi() <= r.hi())
                    && (outer == null || loop.whole().lo() < outer.lo())) outer = loop.whole();
        }
        if (outer == null || !source.contains(outer.lo())) return;
        String text = source.slice(outer);
        int brace = text.indexOf('{');
        if (brace < 0) return;
        String head = text.substring(0, brace).stripTrailing();
        d.secondary(new Span(outer.lo(), outer.lo() + head.length()), "inside of this loop");
    }

    private String name(Site site) { return source.slice(site.span()).replaceAll("\\s+", ""); }

    /**
     * "consider changing this parameter type in function `f` to borrow instead": the moved expression
     * is an argument of a call to a function of the program, whose parameter takes the value.
     */
    private void ownedParameter(Diagnostic.Builder d, Span arg) {
        Local temp = null;
        for (Body.BasicBlock bb : body.blocks()) {
            for (Statement st : bb.statements()) {
                if (st instanceof Statement.Assign a && a.span().equals(arg) && a.place().isLocal()
                        && a.rvalue() instanceof Rvalue.Use u && u.operand() instanceof Operand.Move) temp = a.place().local();
            }
        }
        if (temp == null) return;
        for (Body.BasicBlock bb : body.blocks()) {
            if (!(bb.terminator() instanceof Terminator.Call c)) continue;
            int k = c.args().indexOf(new Operand.Move(Place.of(temp)));
            FnDef fn = k < 0 ? null : TypeQueries.callee(c, defs);
            if (fn == null) continue;
            if (!inProgram(fn)) return;
            int index = k - (fn.decl().selfParam() != null ? 1 : 0);
            if (index < 0 || index >= fn.decl().params().size()) return;
            String descr = fn.parentImpl() != null || fn.parentTrait() != null ? "method" : "function";
            d.spanNote("consider changing this parameter type in " + descr + " `" + fn.name()
                    + "` to borrow instead if owning the value isn't necessary", List.of(
                    Label.primary(fn.decl().params().get(index).type().span(), "this parameter takes ownership of the value"),
                    Label.secondary(fn.decl().name().span(), "in this " + descr)));
            return;
        }
    }

    /**
     * "`Type::method` takes ownership of the receiver `self`, which moves `t`", at the method's `self`,
     * or at the std location rustc gives (measured by scripts/std-self-notes.sh).
     */
    private void selfTaken(Diagnostic.Builder d, Site site, String moved, Ty ty) {
        FnDef fn = TypeQueries.callee(site.call(), defs);
        if (fn == null) return;
        String[] std = inProgram(fn) ? null : StdSelfNotes.TABLE.get(stdKey(fn, ty));
        if (std != null) {
            d.stdNote("`" + std[0] + "` takes ownership of the receiver `self`, which moves `" + moved + "`", std[1]);
            return;
        }
        if (!inProgram(fn) || fn.decl().selfParam() == null) return;
        ImplDef impl = fn.parentImpl() == null ? null : defs.impl(fn.parentImpl());
        // rustc's path for an inherent method of a type without parameters; others are written differently.
        if (impl == null || impl.trait() != null || !(impl.selfTy() instanceof Ty.Adt a) || !a.args().isEmpty()) return;
        d.spanNote("`" + a.display(defs) + "::" + fn.name() + "` takes ownership of the receiver `self`, which moves `" + moved + "`",
                List.of(Label.primary(fn.decl().selfParam().span(), "")));
    }

    /** rustc's name and std location per "Type::method" (see scripts/std-self-notes.sh), read on the first error that needs it. */
    private static final class StdSelfNotes {
        static final java.util.Map<String, String[]> TABLE = dev.heaplab.core.source.ResourceLines.noteTable("/dev/heaplab/std/self-notes.txt");
    }

    /** The table's key: `Iterator::count` for iterator methods, else the receiver's type name and the method. */
    private String stdKey(FnDef fn, Ty receiver) {
        TraitDef trait = fn.parentTrait() == null ? null : defs.trait(fn.parentTrait());
        if (trait != null && trait.name().equals("Iterator")) return "Iterator::" + fn.name();
        if (receiver instanceof Ty.Adt a && defs.adt(a.def()) instanceof AdtDef adt) {
            return (adt.lang() == LangItem.ITER ? "Iterator" : adt.name()) + "::" + fn.name();
        }
        return null;
    }

    /** Does `&T: IntoIterator` hold (std's collections, arrays, Option, Result)? */
    private boolean iterableByReference(Ty ty) {
        if (ty instanceof Ty.Array) return true;
        if (!(ty instanceof Ty.Adt a) || !(defs.adt(a.def()) instanceof AdtDef adt) || adt.lang() == null) return false;
        return switch (adt.lang()) {
            case VEC, HASH_MAP, HASH_SET, BTREE_MAP, OPTION, RESULT -> true;
            default -> false;
        };
    }

    /** E0507: {@code span} moves a value of type {@code ty} out of a borrow; {@code letInit}: as a `let` initialiser. */
    void afterMoveOut(Diagnostic.Builder d, Span span, Ty ty, boolean letInit) {
        if (source == null || !source.contains(span.lo())) return;
        SiteKind kind = site(span, null).kind();
        // A method taking `self` or a `for` loop moved it: rustc explains those differently.
        if (kind == SiteKind.METHOD_SELF || kind == SiteKind.FOR_LOOP) return;
        String text = source.slice(span);
        if (letInit) {
            if (text.startsWith("*")) d.suggestion("consider removing the dereference here", new Span(span.lo(), span.lo() + 1), "");
            else d.suggestion("consider borrowing here", span.shrinkToLo(), "&");
        }
        clone(d, span, ty);
    }

    /**
     * E0505: rustc's clone of the borrowed value, so that the borrow no longer holds the moved one:
     * after the operand of an explicit `&` (`&s.clone()`, `&mut v.clone()`, `&a.clone()` for `&*a`), or
     * after a receiver or indexed value whose first adjustment is a borrow (`s.clone().as_str()`,
     * `&v.clone()[0]`). Nothing for a two-phase method borrow, for a receiver reached through a
     * reference or an overloaded deref (`r.len()` with `r: &String`, `v.first()` on a Vec), nor inside
     * a `move` closure.
     */
    void cloneBorrowed(Diagnostic.Builder d, Loan loan, Ty ty) {
        Span span = loan.span();
        if (source == null || span == null || span.isEmpty() || !source.contains(span.lo()) || !source.contains(span.hi())) return;
        if (inMoveClosure(body.def())) return;
        String text = source.slice(span);
        if (text.startsWith("&")) {
            int at = 1;
            while (at < text.length() && Character.isWhitespace(text.charAt(at))) at++;
            if (text.startsWith("mut", at) && at + 3 < text.length() && Character.isWhitespace(text.charAt(at + 3))) {
                at += 3;
                while (at < text.length() && Character.isWhitespace(text.charAt(at))) at++;
            }
            if (at == text.length() || text.startsWith("raw ", at)) return;
            clone(d, new Span(span.lo() + at, span.hi()), ty);
            return;
        }
        if (loan.kind() == Rvalue.BorrowKind.TWO_PHASE_MUT || loan.kind() == Rvalue.BorrowKind.SHALLOW) return;
        List<Place.Projection> proj = loan.place().projections();
        if (!proj.isEmpty() && proj.get(proj.size() - 1) instanceof Place.Projection.Deref && !text.startsWith("*")) return;
        if (derefsOverloaded(loan.holder())) return;
        clone(d, span, ty);
    }

    /**
     * Methods the std stubs declare on `Vec` for speed that std declares on `[T]`: their receiver is
     * auto-dereferenced to a slice first, as `Deref::deref` receivers are.
     */
    private static final Set<String> SLICE_METHODS_ON_VEC = Set.of("get", "iter");

    /** Is the borrow held by {@code holder} the receiver of `Deref::deref`/`deref_mut` (an auto-deref, not an auto-ref)? */
    private boolean derefsOverloaded(Local holder) {
        if (holder == null) return false;
        for (Body.BasicBlock bb : body.blocks()) {
            if (!(bb.terminator() instanceof Terminator.Call c) || c.args().isEmpty()) continue;
            if (!(c.args().get(0) instanceof Operand.Move m && m.place().isLocal() && m.place().local().equals(holder))
                    && !(c.args().get(0) instanceof Operand.Copy k && k.place().isLocal() && k.place().local().equals(holder))) continue;
            FnDef fn = TypeQueries.callee(c, defs);
            TraitDef trait = fn == null || fn.parentTrait() == null ? null : defs.trait(fn.parentTrait());
            if (trait != null) return trait.name().equals("Deref") || trait.name().equals("DerefMut");
            return fn != null && SLICE_METHODS_ON_VEC.contains(fn.name()) && fn.parentImpl() != null
                    && defs.impl(fn.parentImpl()).selfTy() instanceof Ty.Adt a && defs.adt(a.def()) instanceof AdtDef adt
                    && adt.lang() == LangItem.VEC;
        }
        return false;
    }

    /** E0382 after a non-`move` closure took the value: `.clone()` at its use in the closure's body. */
    void cloneInClosure(Diagnostic.Builder d, dev.heaplab.core.types.ClosureDef closure, Span use, Ty ty) {
        if (source == null || use == null || closure.expr().isMove() || inMoveClosure(closure.parentFn())) return;
        if (!source.contains(use.lo()) || !source.contains(use.hi())) return;
        clone(d, use, ty);
    }

    /** Is {@code def}, or a closure around it, a `move` closure (whose captures are already moved in)? */
    private boolean inMoveClosure(dev.heaplab.core.types.DefId def) {
        for (dev.heaplab.core.types.DefId at = def; at != null && defs.closure(at) != null; at = defs.closure(at).parentFn()) {
            if (defs.closure(at).expr().isMove()) return true;
        }
        return false;
    }

    private void clone(Diagnostic.Builder d, Span expr, Ty ty) {
        if (!implementsClone(ty, new HashSet<>())) {
            couldClone(d, expr, ty);
            return;
        }
        String text = source.slice(expr);
        int derefs = 0;
        while (derefs < text.length() && text.charAt(derefs) == '*') derefs++;
        String message = ty instanceof Ty.Adt a && defs.adt(a.def()) instanceof AdtDef adt
                && (adt.lang() == LangItem.RC || adt.lang() == LangItem.ARC)
                ? "clone the value to increment its reference count"
                : "consider cloning the value if the performance cost is acceptable";
        if (derefs == 0) d.suggestion(message, expr.shrinkToHi(), ".clone()");
        else d.suggestion(message, expr, text.substring(derefs) + ".clone()");
    }

    /**
     * rustc's other branches when the moved type is not `Clone`: for one of the program's own
     * non-generic structs or enums whose fields all are, a note pointing at its head ("consider
     * implementing `Clone` for this type"); for a type parameter, a help pointing at its declaration
     * ("consider constraining this type parameter with `Clone`"). Both label the moved expression.
     */
    private void couldClone(Diagnostic.Builder d, Span expr, Ty ty) {
        String message = "if `" + ty.display(defs) + "` implemented `Clone`, you could clone the value";
        if (ty instanceof Ty.Adt a && a.args().isEmpty() && defs.adt(a.def()) instanceof AdtDef adt && adt.lang() == null
                && source.contains(adt.span().lo())
                && adt.variants().stream().allMatch(v -> v.fields().stream().allMatch(f -> implementsClone(f.ty(), new HashSet<>())))) {
            Span head = dev.heaplab.core.resolve.DefinitionSpans.adtHead(adt.span(), adt.name(), source);
            if (head != null) d.spanNote(message, List.of(Label.primary(head, "consider implementing `Clone` for this type"),
                    Label.secondary(expr, "you could clone this value")));
        } else if (ty instanceof Ty.Param p) {
            Span decl = paramDecl(p.name());
            if (decl != null) d.spanHelp(message, List.of(Label.primary(decl, "consider constraining this type parameter with `Clone`"),
                    Label.secondary(expr, "you could clone this value")));
        }
    }

    /** The declaration of the type parameter {@code name} in scope of this body: the function's own, then its impl's. */
    private Span paramDecl(String name) {
        dev.heaplab.core.types.DefId def = body.def();
        while (def != null && defs.closure(def) != null) def = defs.closure(def).parentFn();
        FnDef fn = def == null ? null : defs.fn(def);
        if (fn == null) return null;
        List<dev.heaplab.core.syntax.Generics> scopes = new ArrayList<>();
        if (fn.decl() != null) scopes.add(fn.decl().generics());
        if (fn.parentImpl() != null && defs.impl(fn.parentImpl()) instanceof ImplDef impl && impl.decl() != null) scopes.add(impl.decl());
        for (dev.heaplab.core.syntax.Generics g : scopes) {
            for (dev.heaplab.core.syntax.Generics.GenericParam gp : g.params()) {
                if (gp instanceof dev.heaplab.core.syntax.Generics.GenericParam.TypeParam tp && tp.name().name().equals(name)
                        && source.contains(tp.name().span().lo())) return tp.name().span();
            }
        }
        return null;
    }

    /** Is the expression at {@code span} the place itself, as written (`s`, `self.name`, `*r`)? */
    private boolean writtenAs(Span span, String name) {
        if (source == null || !source.contains(span.lo()) || !source.contains(span.hi())) return false;
        return name == null || source.slice(span).replaceAll("\\s+", "").equals(name);
    }

    /** Whether `ty: Clone` holds, from std's and the program's impls and the function's bounds. */
    boolean implementsClone(Ty ty, Set<Ty> seen) {
        if (cloneTrait == null || !seen.add(ty)) return false;
        return switch (ty) {
            case Ty.Int i -> true;
            case Ty.Float f -> true;
            case Ty.Bool b -> true;
            case Ty.Char c -> true;
            case Ty.Never n -> true;
            case Ty.Ref r -> !r.mutable();
            case Ty.RawPtr p -> true;
            case Ty.FnDef f -> true;
            case Ty.FnPtr f -> true;
            case Ty.Tuple t -> t.elems().stream().allMatch(e -> implementsClone(e, seen));
            case Ty.Array a -> implementsClone(a.elem(), seen);
            case Ty.Adt a -> adtClone(a, seen);
            case Ty.Param p -> bounds().stream().anyMatch(pr -> pr.self().equals(p) && impliesClone(pr.trait(), new HashSet<>()));
            // Closures, trait objects, unsized and unknown types: no suggestion (never a wrong one).
            case Ty.Closure c -> false;
            case Ty.Dynamic dy -> false;
            case Ty.Str s -> false;
            case Ty.Slice s -> false;
            case Ty.Infer i -> false;
            case Ty.Projection p -> false;
            case Ty.Opaque o -> false;
            case Ty.Error e -> false;
        };
    }

    /** An impl of `Clone` for the type's definition whose bounds the arguments meet (derived impls: all arguments `Clone`). */
    private boolean adtClone(Ty.Adt a, Set<Ty> seen) {
        for (ImplDef impl : defs.implsOf(cloneTrait.id())) {
            if (!cloneTrait.id().equals(impl.trait()) || !(impl.selfTy() instanceof Ty.Adt s) || !s.def().equals(a.def())) continue;
            if (s.args().size() != a.args().size()) continue;
            boolean ok = true;
            for (int k = 0; k < s.args().size() && ok; k++) {
                Ty written = s.args().get(k);
                if (written instanceof Ty.Param p) {
                    boolean bound = impl.derived() || impl.generics().predicates().stream()
                            .anyMatch(pr -> pr.self().equals(p) && pr.trait() != null && impliesClone(pr.trait(), new HashSet<>()));
                    if (bound) ok = implementsClone(a.args().get(k), new HashSet<>(seen));
                } else {
                    ok = written.equals(a.args().get(k));
                }
            }
            if (ok) return true;
        }
        return false;
    }

    /** Does a bound by this trait give `Clone` (the trait itself, `Copy`, or a trait with `Clone` among its supertraits)? */
    private boolean impliesClone(dev.heaplab.core.types.DefId trait, Set<dev.heaplab.core.types.DefId> seen) {
        if (trait == null || !seen.add(trait)) return false;
        if (trait.equals(cloneTrait.id()) || (copyTrait != null && trait.equals(copyTrait.id()))) return true;
        TraitDef t = defs.trait(trait);
        return t != null && t.supertraits().stream().anyMatch(s -> impliesClone(s, seen));
    }

    /** The bounds in scope in this body: its function's, and its impl's (a closure's: its parent function's). */
    private List<GenericsDef.Predicate> bounds() {
        if (env != null) return env;
        env = new ArrayList<>();
        dev.heaplab.core.types.DefId owner = body.def();
        while (owner != null && defs.closure(owner) != null) owner = defs.closure(owner).parentFn();
        FnDef fn = owner == null ? null : defs.fn(owner);
        if (fn != null) {
            env.addAll(fn.generics().predicates());
            ImplDef impl = fn.parentImpl() == null ? null : defs.impl(fn.parentImpl());
            if (impl != null) env.addAll(impl.generics().predicates());
        }
        return env;
    }
}
