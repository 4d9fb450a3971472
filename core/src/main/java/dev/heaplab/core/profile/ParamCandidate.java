package dev.heaplab.core.profile;

import dev.heaplab.core.mir.Body;
import dev.heaplab.core.mir.ConstValue;
import dev.heaplab.core.mir.Local;
import dev.heaplab.core.mir.LocalDecl;
import dev.heaplab.core.mir.MirProgram;
import dev.heaplab.core.mir.Operand;
import dev.heaplab.core.mir.Place;
import dev.heaplab.core.mir.Rvalue;
import dev.heaplab.core.mir.Statement;
import dev.heaplab.core.mir.Terminator;
import dev.heaplab.core.source.SourceFile;
import dev.heaplab.core.source.Span;
import dev.heaplab.core.syntax.Item;
import dev.heaplab.core.syntax.Pattern;
import dev.heaplab.core.types.AdtDef;
import dev.heaplab.core.types.FnDef;
import dev.heaplab.core.types.LangItem;
import dev.heaplab.core.types.Ty;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A `String` parameter its function only reads, passed by callers that build the String just for
 * the call. MIR facts required (anything else drops the candidate):
 * <ul>
 * <li>a function of the user's file, not generic, not a trait method, whose return type holds no
 *     reference (a second reference parameter would break lifetime elision);</li>
 * <li>the parameter is a plain binding (not `mut`); each use is `&p` passed straight to `Deref::deref`,
 *     `String::len`, `String::is_empty`, `String::as_bytes` or a formatting builtin — methods `&str`
 *     has too — or a drop: never moved, never mutably borrowed, never passed where `&String` is required;</li>
 * <li>the function is only ever called directly (never used as a value), and at every call the
 *     argument is a temporary made by `to_string()`/`to_owned()` on a `&str` variable or
 *     `String::from` of a `&str` variable or literal, which the rewrite removes.</li>
 * </ul>
 */
record ParamCandidate(String fn, String name, int line, Span typeSpan, List<Site> sites) {
    /** One call site: the conversion call that allocates ({@code runs} step runs per execution), and the rewrite of its expression. */
    record Site(Span conversion, int runs, Span expr, String replacement) {}

    Set<Span> watched() {
        Set<Span> s = new HashSet<>();
        for (Site site : sites) s.add(site.conversion());
        return s;
    }

    static List<ParamCandidate> in(MirProgram mir, MirScan scan) {
        List<ParamCandidate> out = new ArrayList<>();
        SourceFile file = mir.source();
        for (Body body : MirScan.userBodies(mir)) {
            FnDef fn = mir.defs().fn(body.def());
            if (fn == null || fn.decl() == null || fn.isBuiltin() || fn.parentTrait() != null) continue;
            if (!file.contains(fn.decl().span().lo()) || !fn.generics().params().isEmpty()
                    || fn.generics().parentCount() > 0) continue;
            if (fn.decl().ret() != null && (file.slice(fn.decl().ret().span()).contains("&")
                    || file.slice(fn.decl().ret().span()).contains("'"))) continue;
            int offset = fn.decl().selfParam() != null ? 1 : 0;
            List<Item.Param> ps = fn.decl().params();
            for (int i = 0; i < ps.size(); i++) {
                ParamCandidate c = of(mir, scan, body, fn, ps.get(i), new Local(offset + i + 1));
                if (c != null) out.add(c);
            }
        }
        return out;
    }

    private static ParamCandidate of(MirProgram mir, MirScan scan, Body body, FnDef fn, Item.Param p, Local local) {
        SourceFile file = mir.source();
        if (!(p.pattern() instanceof Pattern.Binding b) || b.mutable() || b.byRef() || b.sub() != null) return null;
        if (local.index() >= body.locals().size() || !isString(mir, body.local(local).ty())) return null;
        if (!file.slice(p.type().span()).equals("String")) return null;
        for (MirScan.Site site : MirScan.mentions(body, local)) {
            Body.BasicBlock bb = body.blocks().get(site.block());
            if (site.index() < 0) {
                if (bb.terminator() instanceof Terminator.Drop d && d.place().equals(Place.of(local))) continue;
                return null;
            }
            switch (bb.statements().get(site.index())) {
                case Statement.StorageLive s -> { }
                case Statement.StorageDead s -> { }
                case Statement.PlaceMention f when f.place().equals(Place.of(local)) -> { }
                case Statement.Assign a when a.rvalue() instanceof Rvalue.Ref ref && ref.kind() == Rvalue.BorrowKind.SHARED
                        && ref.place().equals(Place.of(local)) && a.place().isLocal()
                        && body.local(a.place().local()).kind() == LocalDecl.Kind.TEMP -> {
                    if (!readOnlyUse(mir, scan, body, a.place().local())) return null;
                }
                default -> { return null; }
            }
        }
        List<Site> sites = callSites(mir, scan, fn.id(), local.index() - 1);
        if (sites == null || sites.isEmpty()) return null;
        return new ParamCandidate(fn.name(), b.name().name(), file.line(p.span().lo()), p.type().span(), sites);
    }

    private static boolean isString(MirProgram mir, Ty ty) {
        if (!(ty instanceof Ty.Adt adt)) return false;
        AdtDef d = mir.defs().adt(adt.def());
        return d != null && d.lang() == LangItem.STRING;
    }

    /** Whether temporary {@code t} (= `&p`) only goes, as its first argument, to a method `&str` also has. */
    private static boolean readOnlyUse(MirProgram mir, MirScan scan, Body body, Local t) {
        int calls = 0;
        for (MirScan.Site s : MirScan.mentions(body, t)) {
            Body.BasicBlock bb = body.blocks().get(s.block());
            if (s.index() >= 0) {
                Statement st = bb.statements().get(s.index());
                boolean ok = st instanceof Statement.StorageLive || st instanceof Statement.StorageDead
                        || (st instanceof Statement.Assign a && a.place().equals(Place.of(t)) && a.rvalue() instanceof Rvalue.Ref);
                if (!ok) return false;
                continue;
            }
            if (!(bb.terminator() instanceof Terminator.Call c) || c.destination().local().equals(t)) return false;
            String callee = scan.calleeName(c);
            if (callee == null) return false;
            boolean formatting = callee.startsWith("fmt::") && c.args().size() >= 2 && isTemplate(c.args().get(0));
            if (!formatting) {
                boolean strMethod = switch (callee) {
                    case "String::len", "String::is_empty", "String::as_bytes" -> true;
                    case "Deref::deref" -> MirScan.calleeArgs(c).size() == 1 && isString(mir, MirScan.calleeArgs(c).get(0));
                    default -> false;
                };
                if (!strMethod || c.args().isEmpty() || !MirScan.places(c.args().get(0)).equals(List.of(Place.of(t)))) return false;
                for (int i = 1; i < c.args().size(); i++) {
                    if (MirScan.places(c.args().get(i)).stream().anyMatch(pl -> pl.local().equals(t))) return false;
                }
            }
            calls++;
        }
        return calls == 1;
    }

    private static boolean isTemplate(Operand o) {
        return o instanceof Operand.Constant k && k.value() instanceof ConstValue.Format;
    }

    /** Every call of {@code fn} with its argument {@code arg} rewritten; null when one cannot be (or fn is a value). */
    private static List<Site> callSites(MirProgram mir, MirScan scan, dev.heaplab.core.types.DefId fn, int arg) {
        SourceFile file = mir.source();
        List<Site> sites = new ArrayList<>();
        for (Body body : MirScan.userBodies(mir)) {
            if (MirScan.usesAsValue(body, fn)) return null;
            for (Body.BasicBlock bb : body.blocks()) {
                if (!(bb.terminator() instanceof Terminator.Call call)) continue;
                FnDef callee = scan.callee(call);
                if (callee == null || !callee.id().equals(fn)) continue;
                if (arg >= call.args().size() || !(call.args().get(arg) instanceof Operand.Move m) || !m.place().isLocal()) return null;
                Site s = conversion(mir, scan, body, m.place().local(), file);
                if (s == null) return null;
                sites.add(s);
            }
        }
        return sites;
    }

    /** The conversion that made temporary {@code t}: `x.to_string()`, `x.to_owned()`, `String::from(x)` with x: &str. */
    private static Site conversion(MirProgram mir, MirScan scan, Body body, Local t, SourceFile file) {
        if (body.local(t).kind() != LocalDecl.Kind.TEMP) return null;
        Terminator.Call made = null;
        for (MirScan.Site s : MirScan.mentions(body, t)) {
            Body.BasicBlock bb = body.blocks().get(s.block());
            if (s.index() < 0 && bb.terminator() instanceof Terminator.Call c && c.destination().equals(Place.of(t))) {
                if (made != null) return null;
                made = c;
            }
        }
        if (made == null || made.args().size() != 1 || scan.runsPerExecution(made) == 0) return null;
        String callee = scan.calleeName(made);
        boolean method = "str::to_string".equals(callee) || "str::to_owned".equals(callee);
        boolean from = "String::from".equals(callee) || ("From::from".equals(callee)
                && MirScan.calleeArgs(made).size() == 2 && isString(mir, MirScan.calleeArgs(made).get(0))
                && MirScan.calleeArgs(made).get(1) instanceof Ty.Ref r && r.inner() instanceof Ty.Str);
        if (!method && !from) return null;
        String source = strSource(body, made.args().get(0), file);
        if (source == null) return null;
        Span expr = body.local(t).span();
        String text = file.slice(expr);
        String expected = method ? source + "." + callee.substring("str::".length()) + "()" : "String::from(" + source + ")";
        if (!text.equals(expected)) return null;
        return new Site(made.span(), scan.runsPerExecution(made), expr, source);
    }

    /** The source text of a `&str` operand that is a user variable or a string literal, else null. */
    private static String strSource(Body body, Operand o, SourceFile file) {
        return switch (o) {
            case Operand.Constant k -> k.value() instanceof ConstValue.Str s
                    ? literal(s.value()) : null;
            case Operand.Copy c -> variable(body, c.place());
            case Operand.Move m -> variable(body, m.place());
        };
    }

    private static String literal(String s) {
        // only plain literals whose text is unambiguous
        return s.chars().allMatch(ch -> ch >= 0x20 && ch != '"' && ch != '\\') ? "\"" + s + "\"" : null;
    }

    private static String variable(Body body, Place p) {
        if (!p.isLocal()) return null;
        LocalDecl d = body.local(p.local());
        boolean str = d.ty() instanceof Ty.Ref r && !r.mutable() && r.inner() instanceof Ty.Str;
        return (d.kind() == LocalDecl.Kind.USER || d.kind() == LocalDecl.Kind.ARG) && d.name() != null && str ? d.name() : null;
    }

    Hint judge(Trail trail, SourceFile file) {
        Set<Span> convs = watched();
        long allocs = 0, calls = 0;
        for (Trail.Entry e : trail.entries()) {
            if (e instanceof Trail.Alloc a && convs.contains(a.span())) allocs++;
        }
        for (Site s : sites) {
            long hits = trail.entries().stream().filter(e -> e instanceof Trail.Hit h && h.span().equals(s.conversion())).count();
            calls += hits / s.runs();
        }
        if (allocs == 0) return null;
        List<Hint.Edit> edits = new ArrayList<>();
        edits.add(GrowthCandidate.edit(file, typeSpan, "&str"));
        for (Site s : sites) edits.add(GrowthCandidate.edit(file, s.expr(), s.replacement()));
        return new Hint(Hint.Kind.BORROW_PARAM, line, fn + "(" + name + ")", calls, "String", "&str", allocs, 0, edits);
    }
}
