package dev.heaplab.core.lint;

import dev.heaplab.core.resolve.Attributes;
import dev.heaplab.core.source.Span;
import dev.heaplab.core.syntax.AstWalk;
import dev.heaplab.core.syntax.Expr;
import dev.heaplab.core.syntax.Generics;
import dev.heaplab.core.syntax.Item;
import dev.heaplab.core.syntax.Path;
import dev.heaplab.core.syntax.Pattern;
import dev.heaplab.core.syntax.Stmt;
import dev.heaplab.core.syntax.TypeExpr;
import dev.heaplab.core.typeck.CheckedStd;
import dev.heaplab.core.typeck.Res;
import dev.heaplab.core.typeck.TypeckResults;
import dev.heaplab.core.typeck.TypedProgram;
import dev.heaplab.core.types.AdtDef;
import dev.heaplab.core.types.ConstDef;
import dev.heaplab.core.types.DefId;
import dev.heaplab.core.types.FnDef;
import dev.heaplab.core.types.GenericsDef;
import dev.heaplab.core.types.ImplDef;
import dev.heaplab.core.types.ProgramDefs;
import dev.heaplab.core.types.TraitDef;
import dev.heaplab.core.types.Ty;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * rustc's dead-code marking: what is reachable from `main` through the bodies of live items. A type
 * or trait is live once live code names it; a variant once live code builds it; a field once live
 * code reads it (a field expression, or a struct or tuple-struct pattern that does not ignore it).
 * Items of a trait impl come alive when their trait item is live (or the trait is std's) and their
 * self type is live; derived `Debug` and `Clone` impls are ignored, as rustc ignores them, while the
 * comparison and hashing derives read every field.
 */
final class LiveItems {
    /** The derives whose field reads rustc ignores (`#[rustc_trivial_field_reads]`). */
    static final Set<String> TRIVIAL_READS = Set.of("Debug", "Clone");
    private static final Set<String> READ_ALL_FIELDS = Set.of("PartialEq", "PartialOrd", "Ord", "Hash");

    record FieldKey(DefId adt, int variant, int field) {}

    record VariantKey(DefId adt, int variant) {}

    final TypedProgram program;
    final ProgramDefs defs;
    private final TypeckResults results;

    /** User definitions by their AST: functions by declaration, the others by item span. */
    final Map<Item.FnDecl, FnDef> fnOf = new IdentityHashMap<>();
    final Map<Span, AdtDef> adtAt = new HashMap<>();
    final Map<Span, TraitDef> traitAt = new HashMap<>();
    final Map<Span, ImplDef> implAt = new HashMap<>();
    final Map<Span, ConstDef> constAt = new HashMap<>();
    private final Map<String, TraitDef> traitNamed = new HashMap<>();
    private final Set<String> aliasNames = new HashSet<>();

    final Set<DefId> live = new HashSet<>();
    final Set<String> liveAliases = new HashSet<>();
    final Set<VariantKey> constructed = new HashSet<>();
    final Set<FieldKey> read = new HashSet<>();
    private final Deque<DefId> work = new ArrayDeque<>();

    /** The program's own impls (the std stubs' cannot make the user's items live). */
    private final List<ImplDef> ownImpls;

    /** {@code firstOwn}: the first DefId of the program's own definitions (after the std stubs'). */
    LiveItems(TypedProgram program, List<Item> items, int firstOwn) {
        this.program = program;
        this.defs = program.defs();
        this.results = program.results();
        for (FnDef f : defs.fnsFrom(firstOwn)) if (f.decl() != null && !CheckedStd.isStd(f.span())) fnOf.put(f.decl(), f);
        for (AdtDef a : defs.adtsFrom(firstOwn)) if (a.lang() == null && !CheckedStd.isStd(a.span())) adtAt.put(a.span(), a);
        for (TraitDef t : defs.traitsFrom(firstOwn)) {
            if (CheckedStd.isStd(t.span())) continue;
            traitAt.put(t.span(), t);
            traitNamed.put(t.name(), t);
        }
        ownImpls = defs.implsFrom(firstOwn).stream().filter(i -> !CheckedStd.isStd(i.span())).toList();
        for (ImplDef i : ownImpls) if (!i.derived()) implAt.put(i.span(), i);
        for (ConstDef c : defs.constsFrom(firstOwn)) if (!CheckedStd.isStd(c.span())) constAt.put(c.span(), c);
        for (Item i : items) if (i instanceof Item.TypeAliasDecl t) aliasNames.add(t.name().name());
    }

    boolean isUser(DefId id) {
        FnDef f = defs.fn(id);
        if (f != null) return !CheckedStd.isStd(f.span());
        AdtDef a = defs.adt(id);
        if (a != null) return a.lang() == null && !CheckedStd.isStd(a.span());
        TraitDef t = defs.trait(id);
        if (t != null) return !CheckedStd.isStd(t.span());
        ConstDef c = defs.constant(id);
        return c != null && !CheckedStd.isStd(c.span());
    }

    /** Marks from `main` and the items allowed to be dead, to a fixpoint over trait impls. */
    void solve(List<Item> allItems) {
        if (program.main() != null) mark(program.main());
        for (Item i : allItems) if (allowsDeadCode(i)) markItem(i);
        boolean changed = true;
        while (changed) {
            drain();
            changed = false;
            for (ImplDef impl : ownImpls) {
                if (!selfTypeLive(impl.selfTy())) continue;
                TraitDef trait = impl.trait() == null ? null : defs.trait(impl.trait());
                if (trait == null) continue;
                boolean stdTrait = CheckedStd.isStd(trait.span());
                if (!stdTrait && !live.contains(trait.id())) continue;
                if (impl.derived()) {
                    if (live.add(impl.id())) {
                        changed = true;
                        if (READ_ALL_FIELDS.contains(trait.name()) && impl.selfTy() instanceof Ty.Adt a) readAll(a.def());
                    }
                    continue;
                }
                if (live.add(impl.id())) {
                    changed = true;
                    for (GenericsDef.Predicate p : impl.generics().predicates()) markTrait(p.trait());
                    markTy(impl.selfTy());
                }
                for (Map.Entry<String, DefId> m : impl.methods().entrySet()) {
                    DefId traitItem = trait.methods().get(m.getKey());
                    boolean itemLive = stdTrait || traitItem == null || live.contains(traitItem);
                    if (itemLive && !live.contains(m.getValue())) {
                        mark(m.getValue());
                        changed = true;
                    }
                }
            }
        }
        // a live struct or enum uses the aliases its fields name (`next: Link<T>`)
        for (Item i : allItems) {
            List<Item.FieldDecl> fields = switch (i) {
                case Item.StructDecl s when adtAt.get(s.span()) instanceof AdtDef a && live.contains(a.id()) -> s.fields();
                case Item.EnumDecl e when adtAt.get(e.span()) instanceof AdtDef a && live.contains(a.id()) ->
                        e.variants().stream().flatMap(v -> v.fields().stream()).toList();
                default -> List.of();
            };
            for (Item.FieldDecl f : fields) fieldAliases(f.type());
        }
    }

    /** Marks the type aliases a field's type names (only those: the traits there are marked by use). */
    private void fieldAliases(TypeExpr t) {
        switch (t) {
            case null -> { }
            case TypeExpr.PathType p -> {
                for (Path.PathSegment s : p.path().segments()) {
                    if (aliasNames.contains(s.name().name())) liveAliases.add(s.name().name());
                    for (Path.GenericArg a : s.args()) if (a instanceof Path.GenericArg.TypeArg ta) fieldAliases(ta.type());
                }
            }
            case TypeExpr.RefType r -> fieldAliases(r.inner());
            case TypeExpr.RawPtrType r -> fieldAliases(r.inner());
            case TypeExpr.TupleType tu -> tu.elems().forEach(this::fieldAliases);
            case TypeExpr.ArrayType a -> fieldAliases(a.elem());
            case TypeExpr.SliceType s -> fieldAliases(s.elem());
            case TypeExpr.FnPtrType f -> { f.params().forEach(this::fieldAliases); fieldAliases(f.ret()); }
            case TypeExpr.ImplTraitType i -> { }
            case TypeExpr.DynTraitType d -> { }
            case TypeExpr.NeverType n -> { }
            case TypeExpr.InferType i -> { }
        }
    }

    private boolean selfTypeLive(Ty self) {
        return !(self instanceof Ty.Adt a) || !isUser(a.def()) || live.contains(a.def());
    }

    private void readAll(DefId adt) {
        AdtDef a = defs.adt(adt);
        for (int v = 0; v < a.variants().size(); v++) {
            for (int f = 0; f < a.variants().get(v).fields().size(); f++) read.add(new FieldKey(adt, v, f));
        }
    }

    static boolean allowsDeadCode(Item i) {
        List<Item.Attribute> attrs = switch (i) {
            case Item.FnDecl f -> f.attrs();
            case Item.StructDecl s -> s.attrs();
            case Item.EnumDecl e -> e.attrs();
            case Item.TraitDecl t -> t.attrs();
            case Item.ImplDecl im -> im.attrs();
            default -> List.of();
        };
        for (Item.Attribute a : attrs) {
            if ((a.name().equals("allow") || a.name().equals("expect")) && a.args().contains("dead_code")) return true;
        }
        return false;
    }

    private void markItem(Item i) {
        switch (i) {
            case Item.FnDecl f -> { FnDef d = fnOf.get(f); if (d != null) mark(d.id()); }
            case Item.StructDecl s -> { AdtDef a = adtAt.get(s.span()); if (a != null) markAdt(a.id()); }
            case Item.EnumDecl e -> { AdtDef a = adtAt.get(e.span()); if (a != null) markAdt(a.id()); }
            case Item.TraitDecl t -> { TraitDef d = traitAt.get(t.span()); if (d != null) markTrait(d.id()); }
            default -> { }
        }
    }

    /** A function or constant whose body is then visited. */
    void mark(DefId id) {
        if (id == null || !isUser(id) || !live.add(id)) return;
        work.add(id);
    }

    private void drain() {
        while (!work.isEmpty()) {
            DefId id = work.poll();
            FnDef f = defs.fn(id);
            if (f != null) visitFn(f);
            ConstDef c = defs.constant(id);
            if (c != null) {
                markTy(c.ty());
                visitExpr(c.value());
            }
        }
    }

    private void visitFn(FnDef f) {
        for (Ty t : f.sig().inputs()) markTy(t);
        markTy(f.sig().output());
        for (GenericsDef.Predicate p : f.generics().predicates()) markTrait(p.trait());
        if (f.parentTrait() != null) markTrait(f.parentTrait());
        if (f.parentImpl() != null) {
            ImplDef impl = defs.impl(f.parentImpl());
            if (impl != null && impl.trait() == null) markTy(impl.selfTy());
        }
        Item.FnDecl decl = f.decl();
        if (decl == null) return;
        for (Item.Param p : decl.params()) { visitPattern(p.pattern()); typeNames(p.type()); }
        typeNames(decl.ret());
        for (Generics.WherePredicate w : decl.generics().where()) bounds(w.bounds());
        if (decl.body() != null) AstWalk.block(decl.body(), this::visitExprNode, this::visitStmt);
    }

    private void visitExpr(Expr e) {
        if (e != null) AstWalk.expr(e, this::visitExprNode, this::visitStmt);
    }

    private void visitStmt(Stmt s) {
        if (s instanceof Stmt.Let l) {
            visitPattern(l.pattern());
            typeNames(l.type());
        }
    }

    private void visitExprNode(Expr e) {
        markTy(results.nodeType(e.id()));
        switch (e) {
            case Expr.PathExpr p -> {
                markRes(results.pathRes(p.id()), true);
                pathNames(p.path());
                if (results.pathRes(p.id()) instanceof Res.Const c) implConstSelf(c.def());
            }
            case Expr.StructLit s -> { markRes(results.pathRes(s.id()), true); pathNames(s.path()); }
            case Expr.Field f -> {
                int index = results.fieldIndex(f.id());
                if (index >= 0 && adjusted(f.base()) instanceof Ty.Adt a && isUser(a.def())) {
                    read.add(new FieldKey(a.def(), 0, index));
                }
            }
            case Expr.MethodCall m -> { markCallee(results.callee(m.id())); m.method().args().forEach(this::genericArgNames); }
            case Expr.Call c -> markCallee(results.callee(c.id()));
            case Expr.Cast c -> typeNames(c.type());
            case Expr.Let l -> visitPattern(l.pattern());
            case Expr.For f -> visitPattern(f.pattern());
            case Expr.Match m -> m.arms().forEach(arm -> visitPattern(arm.pattern()));
            case Expr.Closure c -> c.params().forEach(p -> { visitPattern(p.pattern()); typeNames(p.type()); });
            case Expr.MacroCall m -> {
                if (m.pattern() != null) visitPattern(m.pattern());
                var format = results.formatArgs(m.id());
                if (format != null) {
                    for (var a : format.args()) if (a instanceof dev.heaplab.core.typeck.FormatArgs.Arg.Captured c) markRes(c.res(), true);
                }
            }
            case Expr.Binary b -> markCallee(results.callee(b.id()));
            case Expr.Unary u -> markCallee(results.callee(u.id()));
            case Expr.Index i -> markCallee(results.callee(i.id()));
            case Expr.CompoundAssign c -> markCallee(results.callee(c.id()));
            default -> { }
        }
    }

    /**
     * A use of an inherent impl's constant makes the impl's self type live, as rustc's marking does
     * for `Grid::W` (a unit struct used only through its constants is not "never constructed").
     */
    private void implConstSelf(DefId konst) {
        ConstDef c = defs.constant(konst);
        if (c == null || c.span() == null) return;
        for (ImplDef i : ownImpls) {
            if (i.trait() == null && i.span().lo() <= c.span().lo() && c.span().hi() <= i.span().hi()) markTy(i.selfTy());
        }
    }

    /** The type of an expression after its adjustments (the auto-derefs before a field access). */
    private Ty adjusted(Expr e) {
        var adjustments = results.adjustments(e.id());
        return adjustments.isEmpty() ? results.nodeType(e.id()) : adjustments.get(adjustments.size() - 1).target();
    }

    private void markCallee(TypeckResults.Callee callee) {
        if (callee != null) markFn(callee.fn());
    }

    /** A called function; a trait impl's method makes its trait's item live too, as rustc resolves calls to it. */
    private void markFn(DefId fn) {
        FnDef f = defs.fn(fn);
        if (f == null || !isUser(fn)) return;
        mark(fn);
        if (f.parentImpl() != null) {
            ImplDef impl = defs.impl(f.parentImpl());
            if (impl != null && impl.trait() != null && defs.trait(impl.trait()) != null) {
                DefId traitItem = defs.trait(impl.trait()).methods().get(f.name());
                if (traitItem != null) mark(traitItem);
                markTrait(impl.trait());
            }
        }
    }

    private void markRes(Res res, boolean constructs) {
        switch (res) {
            case null -> { }
            case Res.Fn f -> markFn(f.fn());
            case Res.Ctor c -> {
                if (!isUser(c.adt())) return;
                markAdt(c.adt());
                if (constructs) constructed.add(new VariantKey(c.adt(), c.variant()));
            }
            case Res.Const c -> mark(c.def());
            case Res.Static s -> mark(s.def());
            case Res.Local l -> { }
        }
    }

    private void visitPattern(Pattern p) {
        switch (p) {
            case null -> { }
            case Pattern.Wildcard w -> { }
            case Pattern.Rest r -> { }
            case Pattern.Literal l -> { }
            case Pattern.Range r -> { visitExpr(r.lo()); visitExpr(r.hi()); }
            case Pattern.Binding b -> {
                if (results.pathRes(b.id()) instanceof Res.Const c) mark(c.def());
                visitPattern(b.sub());
            }
            case Pattern.PathPat pp -> {
                if (results.pathRes(pp.id()) instanceof Res.Const c) mark(c.def());
                pathNames(pp.path());
            }
            case Pattern.Tuple t -> t.elems().forEach(this::visitPattern);
            case Pattern.Ref r -> visitPattern(r.inner());
            case Pattern.Or o -> o.alts().forEach(this::visitPattern);
            case Pattern.Slice s -> s.elems().forEach(this::visitPattern);
            case Pattern.Struct s -> {
                if (results.pathRes(s.id()) instanceof Res.Ctor c && isUser(c.adt())) {
                    markAdt(c.adt());
                    AdtDef.VariantDef v = defs.adt(c.adt()).variants().get(c.variant());
                    for (Pattern.FieldPat f : s.fields()) {
                        int index = v.fieldIndex(f.name().name());
                        if (index >= 0 && !(f.pattern() instanceof Pattern.Wildcard)) read.add(new FieldKey(c.adt(), c.variant(), index));
                    }
                }
                pathNames(s.path());
                s.fields().forEach(f -> visitPattern(f.pattern()));
            }
            case Pattern.TupleStruct t -> {
                if (results.pathRes(t.id()) instanceof Res.Ctor c && isUser(c.adt())) {
                    markAdt(c.adt());
                    int count = defs.adt(c.adt()).variants().get(c.variant()).fields().size();
                    int rest = -1;
                    for (int i = 0; i < t.elems().size(); i++) if (t.elems().get(i) instanceof Pattern.Rest) rest = i;
                    for (int i = 0; i < t.elems().size(); i++) {
                        Pattern e = t.elems().get(i);
                        if (e instanceof Pattern.Wildcard || e instanceof Pattern.Rest) continue;
                        int field = rest >= 0 && i > rest ? count - (t.elems().size() - i) : i;
                        read.add(new FieldKey(c.adt(), c.variant(), field));
                    }
                }
                pathNames(t.path());
                t.elems().forEach(this::visitPattern);
            }
        }
    }

    /** A type live code mentions: its user ADTs and traits are live. */
    void markTy(Ty t) {
        switch (t) {
            case null -> { }
            case Ty.Adt a -> { markAdt(a.def()); a.args().forEach(this::markTy); }
            case Ty.Ref r -> markTy(r.inner());
            case Ty.RawPtr r -> markTy(r.inner());
            case Ty.Tuple tu -> tu.elems().forEach(this::markTy);
            case Ty.Array a -> markTy(a.elem());
            case Ty.Slice s -> markTy(s.elem());
            case Ty.FnPtr f -> { f.params().forEach(this::markTy); markTy(f.ret()); }
            case Ty.Dynamic d -> { markTrait(d.trait()); d.traitArgs().forEach(this::markTy); }
            case Ty.Projection p -> { markTrait(p.trait()); markTy(p.self()); }
            case Ty.FnDef f -> { markFn(f.def()); f.args().forEach(this::markTy); }
            default -> { }
        }
    }

    /** A live ADT: rustc visits its definition, so the types of its fields are live too. */
    private void markAdt(DefId adt) {
        if (!isUser(adt) || !live.add(adt)) return;
        if (defs.adt(adt).reprC()) readAll(adt); // rustc keeps a `#[repr(C)]` struct's fields: its layout is their use
        for (AdtDef.VariantDef v : defs.adt(adt).variants()) {
            for (AdtDef.FieldDef f : v.fields()) markTy(f.ty());
        }
    }

    private void markTrait(DefId trait) {
        if (trait == null || !isUser(trait) || !live.add(trait)) return;
        for (DefId s : defs.trait(trait).supertraits()) markTrait(s);
    }

    // Names written in types and bounds: traits in `impl Trait`/`dyn Trait`/bounds, and type aliases.

    private void typeNames(TypeExpr t) {
        switch (t) {
            case null -> { }
            case TypeExpr.PathType p -> pathNames(p.path());
            case TypeExpr.RefType r -> typeNames(r.inner());
            case TypeExpr.RawPtrType r -> typeNames(r.inner());
            case TypeExpr.TupleType tu -> tu.elems().forEach(this::typeNames);
            case TypeExpr.ArrayType a -> typeNames(a.elem());
            case TypeExpr.SliceType s -> typeNames(s.elem());
            case TypeExpr.FnPtrType f -> { f.params().forEach(this::typeNames); typeNames(f.ret()); }
            case TypeExpr.ImplTraitType i -> bounds(i.bounds());
            case TypeExpr.DynTraitType d -> bounds(d.bounds());
            case TypeExpr.NeverType n -> { }
            case TypeExpr.InferType i -> { }
        }
    }

    private void bounds(List<Generics.Bound> bounds) {
        for (Generics.Bound b : bounds) {
            if (b instanceof Generics.Bound.TraitBound tb) {
                TraitDef t = traitNamed.get(tb.path().last().name().name());
                if (t != null) markTrait(t.id());
                pathNames(tb.path());
            }
        }
    }

    private void pathNames(Path path) {
        for (Path.PathSegment s : path.segments()) {
            if (aliasNames.contains(s.name().name())) liveAliases.add(s.name().name());
            s.args().forEach(this::genericArgNames);
        }
        if (path.qself() != null) {
            typeNames(path.qself().self());
            if (path.qself().trait() != null) {
                TraitDef t = traitNamed.get(path.qself().trait().last().name().name());
                if (t != null) markTrait(t.id());
            }
        }
    }

    private void genericArgNames(Path.GenericArg a) {
        switch (a) {
            case Path.GenericArg.TypeArg t -> typeNames(t.type());
            case Path.GenericArg.AssocBinding b -> typeNames(b.type());
            case Path.GenericArg.LifetimeArg l -> { }
            case Path.GenericArg.ConstArg c -> { }
        }
    }

    /** The traits a derive attribute names, in written order. */
    static List<String> derives(List<Item.Attribute> attrs) {
        Set<String> out = new LinkedHashSet<>();
        for (Item.Attribute a : attrs) if (a.name().equals("derive")) out.addAll(Attributes.words(a));
        return new ArrayList<>(out);
    }
}
