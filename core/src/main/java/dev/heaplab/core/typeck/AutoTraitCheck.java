package dev.heaplab.core.typeck;

import dev.heaplab.core.diag.Diagnostic;
import dev.heaplab.core.diag.Label;
import dev.heaplab.core.resolve.ProgramCx;
import dev.heaplab.core.source.SourceFile;
import dev.heaplab.core.source.Span;
import dev.heaplab.core.types.ClosureDef;
import dev.heaplab.core.types.DefId;
import dev.heaplab.core.types.Ty;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Proves the `Send`/`Sync` bounds a body required (`thread::spawn`'s `F: Send`, ...) once the body's
 * closures know their captures, and reports failures as rustc's E0277: "`Rc<i32>` cannot be sent
 * between threads safely" at the argument, with the impls that required the trait as notes.
 */
final class AutoTraitCheck {
    private final ProgramCx cx;
    private final FnCtxt fcx;
    private final DefId send, sync;
    private final AutoTraits auto;

    AutoTraitCheck(ProgramCx cx, FnCtxt fcx) {
        this.cx = cx;
        this.fcx = fcx;
        this.send = cx.langTrait("Send");
        this.sync = cx.langTrait("Sync");
        this.auto = new AutoTraits(cx.defs, send, sync, fcx == null ? null : fcx.solver::envHolds);
    }

    /** True for the auto traits whose obligations wait for this check. */
    static boolean isAuto(ProgramCx cx, DefId trait) {
        return trait != null && (trait.equals(cx.langTrait("Send")) || trait.equals(cx.langTrait("Sync")));
    }

    void run(List<Obligation> obligations) {
        Set<String> seen = new HashSet<>();
        for (Obligation o : obligations) {
            Ty self = fcx.icx.resolve(o.self());
            AutoTraits.Auto trait = o.trait().equals(send) ? AutoTraits.Auto.SEND : AutoTraits.Auto.SYNC;
            if (!seen.add(o.span() + ":" + self + ":" + trait)) continue;
            AutoTraits.Failure f = auto.check(self, trait);
            if (f != null) report(o, self, f);
        }
    }

    /**
     * E0277: a `static` (not `mut`) is shared by every thread, so its type must be `Sync`
     * (`static C: Cell<u32>` is refused). Checked once the program's types are known.
     */
    static void statics(ProgramCx cx) {
        AutoTraitCheck check = new AutoTraitCheck(cx, null);
        // the std's statics are skipped below, so only this context's own declarations are looked at
        for (var e : cx.ownItemDecls().entrySet()) {
            if (!(e.getValue() instanceof dev.heaplab.core.syntax.Item.StaticDecl st) || st.mutable()) continue;
            dev.heaplab.core.types.ConstDef c = cx.defs.constant(e.getKey());
            if (c == null || CheckedStd.isStd(st.span())) continue;
            AutoTraits.Failure f = check.auto.check(c.ty(), AutoTraits.Auto.SYNC);
            if (f == null) {
                // heaplab gives each use of a static its own copy of the value (see lower.Exprs.staticPlace),
                // which is only right while nothing can change it through a shared reference
                String cell = interiorMutable(cx, c.ty(), new HashSet<>());
                if (cell != null) cx.unsupported(st.type().span(), "a `static` with interior mutability (`" + cell + "`)");
                continue;
            }
            String leaf = check.show(f.leaf());
            String what = "`" + leaf + "` cannot be shared between threads safely";
            boolean within = f.steps().isEmpty() && !f.leaf().equals(c.ty());
            Diagnostic.Builder b = Diagnostic.error("E0277", what).primary(st.type().span(), what);
            b.help((within ? "within `" + check.show(c.ty()) + "`, " : "") + "the trait `Sync` is not implemented for `" + leaf + "`");
            String alternative = check.alternative(f);
            if (alternative != null) b.note("if you want to do aliasing and mutation between multiple threads, use " + alternative + " instead");
            for (AutoTraits.Step s : f.steps())
                b.note("required for `" + check.show(s.ty()) + "` to implement `" + (s.trait() == AutoTraits.Auto.SEND ? "Send" : "Sync") + "`");
            b.note("shared static variables must have a type that implements `Sync`");
            cx.diags.add(b.build());
        }
    }

    /** std's types that can be changed through a shared reference, found in {@code t} (fields of the program's types included). */
    private static String interiorMutable(ProgramCx cx, Ty t, Set<DefId> seen) {
        switch (t) {
            case Ty.Adt a -> {
                dev.heaplab.core.types.AdtDef def = cx.defs.adt(a.def());
                if (def == null || !seen.add(a.def())) return null;
                if (CheckedStd.isStd(def.span()) && (def.name().startsWith("Atomic") || INTERIOR.contains(def.name()))) return def.name();
                for (Ty arg : a.args()) if (interiorMutable(cx, arg, seen) instanceof String found) return found;
                for (var v : def.variants()) for (var fd : v.fields()) if (interiorMutable(cx, fd.ty(), seen) instanceof String found) return found;
                return null;
            }
            case Ty.Tuple tu -> {
                for (Ty e : tu.elems()) if (interiorMutable(cx, e, seen) instanceof String found) return found;
                return null;
            }
            case Ty.Array ar -> { return interiorMutable(cx, ar.elem(), seen); }
            default -> { return null; }
        }
    }

    private static final Set<String> INTERIOR = Set.of("Mutex", "RwLock", "OnceLock", "LazyLock", "Condvar", "Once", "Cell",
            "RefCell", "OnceCell", "UnsafeCell");

    private void report(Obligation o, Ty self, AutoTraits.Failure f) {
        String leaf = show(f.leaf());
        String traitName = f.trait() == AutoTraits.Auto.SEND ? "Send" : "Sync";
        String what = "`" + leaf + "` cannot be " + (f.trait() == AutoTraits.Auto.SEND ? "sent" : "shared")
                + " between threads safely";
        ClosureDef closure = self instanceof Ty.Closure c ? cx.defs.closure(c.def()) : null;
        Span at = closure != null ? closure.span() : o.span();
        Diagnostic.Builder b = Diagnostic.error("E0277", what).primary(at, what);
        if (closure != null && o.span() != null) b.secondary(o.span(), "required by a bound introduced by this call");
        boolean within = f.steps().isEmpty() && !f.leaf().equals(self);
        String outer = closure != null ? closureName(closure) : show(self);
        if (within && closure != null) b.secondary(head(cx, closure), "within this `" + outer + "`");
        b.help((within ? "within `" + outer + "`, " : "") + "the trait `" + traitName + "` is not implemented for `" + leaf + "`");
        String alternative = alternative(f);
        if (alternative != null) b.note("if you want to do aliasing and mutation between multiple threads, use " + alternative + " instead");
        for (AutoTraits.Step s : f.steps())
            b.note("required for `" + show(s.ty()) + "` to implement `" + (s.trait() == AutoTraits.Auto.SEND ? "Send" : "Sync") + "`");
        if (closure != null) b.spanNote("required because it's used within this closure", List.of(Label.primary(head(cx, closure), "")));
        StdBoundNotes.add(cx, b, fcx.autoBoundOwners.get(o.span()));
        cx.diags.add(b.build());
    }

    private String alternative(AutoTraits.Failure f) {
        if (f.trait() != AutoTraits.Auto.SYNC || !(f.leaf() instanceof Ty.Adt a) || cx.defs.adt(a.def()) == null) return null;
        var lang = cx.defs.adt(a.def()).lang();
        if (lang == dev.heaplab.core.types.LangItem.REF_CELL) return "`std::sync::RwLock`";
        if (lang != dev.heaplab.core.types.LangItem.CELL) return null;
        Ty inner = a.args().isEmpty() ? null : a.args().get(0);
        String atomic = inner instanceof Ty.Int i ? "Atomic" + i.kind().rustName().toUpperCase().charAt(0) + i.kind().rustName().substring(1)
                : inner instanceof Ty.Bool ? "AtomicBool" : null;
        return "`std::sync::RwLock`" + (atomic == null ? "" : " or `std::sync::atomic::" + atomic + "`");
    }

    private String show(Ty t) { return t.display(cx.defs); }

    /** `{closure@file.rs:9:27: 9:34}`: where the closure's head (`move ||`) is. */
    private String closureName(ClosureDef c) { return closureName(cx, c); }

    /** `{closure@file.rs:9:27: 9:34}`, as rustc names a closure's type in its messages. */
    static String closureName(ProgramCx cx, ClosureDef c) {
        Span h = head(cx, c);
        SourceFile f = cx.sources == null ? null : cx.sources.fileOf(h);
        if (f == null) return "{closure}";
        return "{closure@" + f.location(h) + ": " + f.line(h.hi()) + ":" + f.column(h.hi()) + "}";
    }

    private static Span head(ProgramCx cx, ClosureDef c) {
        Span s = c.span();
        SourceFile f = cx.sources == null ? null : cx.sources.fileOf(s);
        if (f == null) return s;
        String text = f.slice(s);
        int i = 0;
        if (text.startsWith("move")) {
            i = 4;
            while (i < text.length() && Character.isWhitespace(text.charAt(i))) i++;
        }
        if (text.startsWith("||", i)) return new Span(s.lo(), s.lo() + i + 2);
        int close = text.indexOf('|', i + 1);
        return close < 0 ? s : new Span(s.lo(), s.lo() + close + 1);
    }
}
