package dev.heaplab.core.borrowck;

import dev.heaplab.core.diag.Diagnostic;
import dev.heaplab.core.mir.Body;
import dev.heaplab.core.mir.Place;
import dev.heaplab.core.mir.Rvalue;
import dev.heaplab.core.mir.Statement;
import dev.heaplab.core.source.Span;
import dev.heaplab.core.syntax.Ident;
import dev.heaplab.core.syntax.Path;
import dev.heaplab.core.syntax.TypeExpr;
import dev.heaplab.core.types.AdtDef;
import dev.heaplab.core.types.FnDef;
import dev.heaplab.core.types.ProgramDefs;
import dev.heaplab.core.types.Ty;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A parameter returned whole (`x`, or its reborrow `&mut *x`) under a return type whose lifetimes
 * in invariant places (below a `&mut`, in a `Cell`, or a struct's lifetime its fields use so) differ
 * from the parameter's. Each such pair of lifetimes must be equal: outlive each other by the
 * signature's bounds (written, implied by its reference types, `'static`), as rustc's region check
 * requires. Read on the written types of the signature (struct lifetime arguments are not in
 * {@link Ty}); values that went through a local of inferred type are not checked here.
 */
final class InvariantReturn {
    private final FnDef fn;
    private final ProgramDefs defs;
    /** What the signature proves; null until needed. */
    private SignatureOutlives outlives;
    private boolean reported;

    private final dev.heaplab.core.source.SourceFile source;

    InvariantReturn(Body body, ProgramDefs defs, dev.heaplab.core.source.SourceFile source) {
        this.fn = defs.fn(body.def());
        this.defs = defs;
        this.source = source;
    }

    /** Checks an assignment to the return place; adds its errors (once per body) to {@code out}. */
    void assigned(Statement.Assign a, List<Diagnostic> out) {
        if (reported || fn == null || fn.decl() == null || fn.decl().ret() == null) return;
        TypeExpr dst = fn.decl().ret();
        Place from;
        boolean reborrow;
        switch (a.rvalue()) {
            case Rvalue.Use u when u.operand().readPlace() instanceof Place p && p.projections().isEmpty() -> { from = p; reborrow = false; }
            case Rvalue.Ref r when r.place().projections().size() == 1 && r.place().projections().get(0) instanceof Place.Projection.Deref
                    && r.kind() != Rvalue.BorrowKind.SHARED -> { from = r.place(); reborrow = true; }
            default -> { return; }
        }
        int k = from.local().index() - 1;
        int i = k - (fn.sig().inputs().size() - fn.decl().params().size());
        if (k < 0 || i < 0 || i >= fn.decl().params().size()) return;
        TypeExpr src = fn.decl().params().get(i).type();
        if (reborrow && !(src instanceof TypeExpr.RefType r && r.mutable())) return;
        List<Pair> pairs = new ArrayList<>();
        pair(src, dst, null, pairs);
        Set<String> missing = new LinkedHashSet<>();
        Map<String, String> notes = new HashMap<>();
        for (Pair p : pairs) {
            String q = p.from() == null ? "'_" : p.from().name(), t = p.to() == null ? "'_" : p.to().name();
            if (t.equals("'_")) continue;
            if (q.equals("'_")) {
                reported = true;
                out.add(explicitLifetime(k, t, a.span()));
                return;
            }
            if (q.equals(t)) continue;
            for (String m : new String[] {proves(q, t) ? null : q + "\0" + t, proves(t, q) ? null : t + "\0" + q}) {
                if (m != null && missing.add(m)) notes.put(m, p.cause());
            }
        }
        for (String m : missing) {
            String[] qt = m.split("\0");
            reported = true;
            out.add(notOutliving(qt[0], qt[1], notes.get(m), a.span()));
        }
        // both directions missing: rustc closes with a help of its own
        for (String m : missing) {
            String[] qt = m.split("\0");
            if (qt[0].compareTo(qt[1]) < 0 && missing.contains(qt[1] + "\0" + qt[0])) {
                out.add(new Diagnostic(Diagnostic.Kind.RUST, dev.heaplab.core.diag.Severity.HELP, null,
                        "`" + qt[0] + "` and `" + qt[1] + "` must be the same: replace one with the other", List.of()));
            }
        }
    }

    /**
     * Two lifetimes at the same place of the parameter's and the return's written types, in an
     * invariant position, with rustc's notes on what made it invariant (its outermost cause).
     */
    private record Pair(Ident from, Ident to, String cause) {}

    /**
     * The lifetimes at the same invariant places of two written types of one shape. {@code cause} is
     * null while the position is covariant. Shapes that differ (a coercion, an alias) pair nothing.
     */
    private void pair(TypeExpr a, TypeExpr b, String cause, List<Pair> out) {
        switch (a) {
            case TypeExpr.RefType r when b instanceof TypeExpr.RefType q && (r.mutable() || !q.mutable()) -> {
                if (cause != null) out.add(new Pair(r.lifetime(), q.lifetime(), cause));
                String inner = cause != null || !q.mutable() ? cause
                        : "requirement occurs because of a mutable reference to `" + shown(q.inner()) + "`\0mutable references are invariant over their type parameter";
                pair(r.inner(), q.inner(), inner, out);
            }
            case TypeExpr.PathType x when b instanceof TypeExpr.PathType y && !x.path().segments().isEmpty() && !y.path().segments().isEmpty() -> {
                var sx = x.path().segments().get(x.path().segments().size() - 1);
                var sy = y.path().segments().get(y.path().segments().size() - 1);
                if (!sx.name().name().equals(sy.name().name()) || sx.args().size() != sy.args().size()) return;
                String name = sx.name().name();
                List<String> lifetimes = adtLifetimes(name);
                int lt = 0;
                for (int n = 0; n < sx.args().size(); n++) {
                    var ax = sx.args().get(n);
                    var ay = sy.args().get(n);
                    if (ax instanceof Path.GenericArg.LifetimeArg lx && ay instanceof Path.GenericArg.LifetimeArg ly) {
                        String param = lifetimes != null && lt < lifetimes.size() ? lifetimes.get(lt) : null;
                        lt++;
                        String c = cause;
                        if (c == null && param != null && invariantIn(name, param)) {
                            c = "requirement occurs because of the type `" + shown(y) + "`, which makes the generic argument `'_` invariant\0"
                                    + "the struct `" + name + "<" + String.join(", ", lifetimes) + ">` is invariant over the parameter `" + param + "`";
                        }
                        if (c != null) out.add(new Pair(lx.lifetime(), ly.lifetime(), c));
                    } else if (ax instanceof Path.GenericArg.TypeArg tx && ay instanceof Path.GenericArg.TypeArg ty) {
                        String c = cause;
                        if (c == null && INVARIANT_STD.contains(name) && sy.args().size() == 1) {
                            c = "requirement occurs because of the type `" + shown(y) + "`, which makes the generic argument `" + shown(ty.type())
                                    + "` invariant\0the struct `" + name + "<T>` is invariant over the parameter `T`";
                        }
                        pair(tx.type(), ty.type(), c, out);
                    }
                }
            }
            case TypeExpr.TupleType x when b instanceof TypeExpr.TupleType y && x.elems().size() == y.elems().size() -> {
                for (int n = 0; n < x.elems().size(); n++) pair(x.elems().get(n), y.elems().get(n), cause, out);
            }
            case TypeExpr.SliceType x when b instanceof TypeExpr.SliceType y -> pair(x.elem(), y.elem(), cause, out);
            case TypeExpr.ArrayType x when b instanceof TypeExpr.ArrayType y -> pair(x.elem(), y.elem(), cause, out);
            default -> { }
        }
    }

    /** std types invariant over their one type parameter (interior mutability). */
    private static final Set<String> INVARIANT_STD = Set.of("Cell", "RefCell", "UnsafeCell", "Mutex", "RwLock");

    /** A written type as rustc shows it in these notes: last path segments, lifetimes as `'_` (elided on references). */
    private static String shown(TypeExpr t) {
        return switch (t) {
            case TypeExpr.RefType r -> "&" + (r.mutable() ? "mut " : "") + shown(r.inner());
            case TypeExpr.PathType p when !p.path().segments().isEmpty() -> {
                var seg = p.path().segments().get(p.path().segments().size() - 1);
                List<String> args = new ArrayList<>();
                for (var g : seg.args()) {
                    switch (g) {
                        case Path.GenericArg.LifetimeArg l -> args.add("'_");
                        case Path.GenericArg.TypeArg ta -> args.add(shown(ta.type()));
                        default -> args.add("_");
                    }
                }
                yield seg.name().name() + (args.isEmpty() ? "" : "<" + String.join(", ", args) + ">");
            }
            case TypeExpr.TupleType tt -> {
                List<String> es = new ArrayList<>();
                for (TypeExpr e : tt.elems()) es.add(shown(e));
                yield es.size() == 1 ? "(" + es.get(0) + ",)" : "(" + String.join(", ", es) + ")";
            }
            case TypeExpr.SliceType sl -> "[" + shown(sl.elem()) + "]";
            default -> "_";
        };
    }

    /** The user struct or enum named {@code name}: one, or null when none or several have that name. */
    private AdtDef adtNamed(String name) {
        AdtDef found = null;
        for (AdtDef d : defs.adts()) {
            if (!d.name().equals(name) || d.lang() != null) continue;
            if (found != null) return null;
            found = d;
        }
        return found;
    }

    /** The lifetime parameters of the user struct or enum {@code name}, in order (read from its header). */
    private List<String> adtLifetimes(String name) {
        AdtDef adt = adtNamed(name);
        String header = adt == null ? null : StaticFields.header(adt, source);
        if (header == null || header.indexOf('<') < 0) return null;
        List<String> out = new ArrayList<>();
        int depth = 0, from = header.indexOf('<') + 1;
        for (int n = from; n < header.length(); n++) {
            char c = header.charAt(n);
            if (c == '<' || c == '(' || c == '[') depth++;
            else if ((c == '>' || c == ')' || c == ']') && depth > 0) depth--;
            else if ((c == ',' || c == '>') && depth == 0) {
                String param = header.substring(from, n).trim();
                if (param.startsWith("'")) out.add(param.split("[:\\s]")[0]);
                from = n + 1;
                if (c == '>') break;
            }
        }
        return out;
    }

    /**
     * Is lifetime {@code param} of the user struct or enum {@code name} in an invariant place of one
     * of its fields (below a `&mut`, in a `Cell`, `RefCell`, `Mutex`…)? Lifetimes given to other
     * structs are not in a field's {@link Ty}: their variance is not seen (taken as covariant).
     */
    private boolean invariantIn(String name, String param) {
        AdtDef adt = adtNamed(name);
        if (adt == null) return false;
        for (AdtDef.VariantDef v : adt.variants()) {
            for (AdtDef.FieldDef f : v.fields()) if (invariantUse(f.ty(), param, false)) return true;
        }
        return false;
    }

    private boolean invariantUse(Ty t, String param, boolean invariant) {
        return switch (t) {
            case Ty.Ref r -> invariant && r.region().isNamed() && param.equals(r.region().name())
                    || invariantUse(r.inner(), param, invariant || r.mutable());
            case Ty.Adt a -> {
                AdtDef d = defs.adt(a.def());
                boolean inv = invariant || d != null && (d.lang() == dev.heaplab.core.types.LangItem.CELL
                        || d.lang() == dev.heaplab.core.types.LangItem.REF_CELL || d.lang() == dev.heaplab.core.types.LangItem.MUTEX);
                boolean any = false;
                for (Ty x : a.args()) any |= invariantUse(x, param, inv);
                yield any;
            }
            case Ty.Tuple tu -> tu.elems().stream().anyMatch(x -> invariantUse(x, param, invariant));
            case Ty.Array ar -> invariantUse(ar.elem(), param, invariant);
            case Ty.Slice sl -> invariantUse(sl.elem(), param, invariant);
            default -> false;
        };
    }

    private boolean proves(String q, String t) {
        if (outlives == null) outlives = new SignatureOutlives(fn);
        return outlives.proves(q, t);
    }

    /** rustc's error for a missing `q: t` ("returning data with lifetime `q`" where `t` was promised). */
    private Diagnostic notOutliving(String q, String t, String cause, Span span) {
        Diagnostic.Builder d = Diagnostic.error(null, "lifetime may not live long enough");
        if (t.equals("'static")) {
            d.primary(span, "returning this value requires that `" + q + "` must outlive `'static`");
            TargetRegions.labelDefinitions(d, fn, defs, q, q);
        } else {
            String what = fn.selfKind() != null ? "method" : "function";
            d.primary(span, what + " was supposed to return data with lifetime `" + t + "` but it is returning data with lifetime `" + q + "`");
            TargetRegions.labelDefinitions(d, fn, defs, q, t);
            d.help("consider adding the following bound: `" + q + ": " + t + "`");
        }
        String[] notes = cause.split("\0");
        return d.note(notes[0]).note(notes[1])
                .help("see <https://doc.rust-lang.org/nomicon/subtyping.html> for more information about variance")
                .build();
    }

    /** E0621 for an elided lifetime of parameter {@code k} where the return type names {@code region}. */
    private Diagnostic explicitLifetime(int k, String region, Span span) {
        int i = k - (fn.sig().inputs().size() - fn.decl().params().size());
        var param = i >= 0 && i < fn.decl().params().size() ? fn.decl().params().get(i) : null;
        String name = param != null && param.pattern() instanceof dev.heaplab.core.syntax.Pattern.Binding b ? b.name().name() : null;
        if (name == null) {
            return Diagnostic.error(null, "lifetime may not live long enough")
                    .primary(span, "returning this value requires that the borrow outlives the function's lifetime").build();
        }
        Diagnostic.Builder d = Diagnostic.error("E0621", "explicit lifetime required in the type of `" + name + "`")
                .primary(span, "lifetime `" + region + "` required");
        TypeExpr.RefType elided = firstElided(param.type());
        if (elided != null) {
            d.suggestion("add explicit lifetime `" + region + "` to the type of `" + name + "`",
                    new Span(elided.span().lo() + 1, elided.span().lo() + 1), region + " ");
        }
        return d.build();
    }

    private static TypeExpr.RefType firstElided(TypeExpr t) {
        return switch (t) {
            case TypeExpr.RefType r -> r.lifetime() == null ? r : firstElided(r.inner());
            case TypeExpr.SliceType s -> firstElided(s.elem());
            case TypeExpr.ArrayType a -> firstElided(a.elem());
            default -> null;
        };
    }
}
