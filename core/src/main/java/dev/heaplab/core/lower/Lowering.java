package dev.heaplab.core.lower;

import dev.heaplab.core.diag.Diagnostics;
import dev.heaplab.core.mir.Body;
import dev.heaplab.core.mir.Local;
import dev.heaplab.core.mir.LaterBodies;
import dev.heaplab.core.mir.LayeredBodies;
import dev.heaplab.core.mir.LocalDecl;
import dev.heaplab.core.mir.MirProgram;
import dev.heaplab.core.mir.Place;
import dev.heaplab.core.mir.Terminator;
import dev.heaplab.core.source.SourceFile;
import dev.heaplab.core.source.Span;
import dev.heaplab.core.syntax.Expr;
import dev.heaplab.core.syntax.Item;
import dev.heaplab.core.syntax.NodeId;
import dev.heaplab.core.syntax.Pattern;
import dev.heaplab.core.typeck.BindingMode;
import dev.heaplab.core.syntax.Crate;
import dev.heaplab.core.typeck.CheckedStd;
import dev.heaplab.core.typeck.TypedProgram;
import dev.heaplab.core.types.ProgramDefs;
import dev.heaplab.core.types.ClosureDef;
import dev.heaplab.core.types.DefId;
import dev.heaplab.core.types.FnDef;
import dev.heaplab.core.types.GenericsDef;
import dev.heaplab.core.types.Region;
import dev.heaplab.core.types.Ty;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Entry point of lowering: builds a MIR {@link Body} for every function with a body and every
 * closure. Calling conventions: `_0` is the return place, then the arguments; a closure body's
 * first argument is its environment (`&Closure` for Fn, `&mut Closure` for FnMut, the closure by
 * value for FnOnce) followed by its parameters, untupled.
 */
public final class Lowering {
    private final TypedProgram program;
    private final Diagnostics diags;
    private final Intrinsics intrinsics;
    private final Map<NodeId, ClosureDef> closuresByExpr = new HashMap<>();
    private final CtorFns ctorFns;
    /** Bodies lowered already (the std stubs'), not lowered again. */
    private final Map<DefId, Body> given;
    /** Std bodies lowered on first use instead ({@link LoweredStd#body}), not lowered here. */
    private final java.util.Set<DefId> later;

    /**
     * The first DefId index of the program's own definitions: the std stubs' {@code size()} when their
     * bodies are given (every stub function and closure with a body is then in {@link #given} or
     * {@link #later}), else 0.
     */
    private final int firstOwn;

    private Lowering(TypedProgram program, Diagnostics diags, Map<DefId, Body> given, java.util.Set<DefId> later, int firstOwn) {
        this.program = program;
        this.diags = diags;
        this.given = given;
        this.later = later;
        this.firstOwn = firstOwn;
        this.intrinsics = new Intrinsics(program.defs());
        this.ctorFns = new CtorFns(program.defs());
        for (ClosureDef c : program.defs().closuresFrom(firstOwn)) closuresByExpr.put(c.expr().id(), c);
    }

    /** Lowers every body of the program, the std stubs' included. */
    public static MirProgram lower(TypedProgram program, Diagnostics diags) {
        return new Lowering(program, diags, Map.of(), java.util.Set.of(), 0).lowerAll(LaterBodies.NONE);
    }

    /** Lowers the program's own bodies; the std stubs' are {@code std}'s, lowered once. */
    public static MirProgram lower(TypedProgram program, Diagnostics diags, LoweredStd std) {
        return new Lowering(program, diags, std.bodies(), std.typed().deferred(), std.typed().defs().size()).lowerAll(std);
    }

    /** The intrinsics that the macros StdDeferral lets wait call (all diverge). */
    private static final List<String> STD_INTRINSICS = List.of("panic::panic_fmt", "panic::assert_failed");

    /** Lowers the bodies of checked std stubs, on a copy of their definitions that lowering extends. */
    public static LoweredStd lowerStd(CheckedStd std) {
        ProgramDefs defs = std.defs().detached(); // each compile's copy then reads through it
        Diagnostics diags = new Diagnostics();
        TypedProgram program = new TypedProgram(new Crate(new SourceFile("<no user file>", ""), List.of(), 0, 0),
                defs, std.results(), null);
        Lowering l = new Lowering(program, diags, Map.of(), std.deferred(), 0);
        // Declared first, whichever body lowers first: a deferred body's panics and assertions then
        // name these definitions without defining them (see StdDeferral), and eager and lazy
        // lowering give every DefId the same number.
        for (String key : STD_INTRINSICS) l.intrinsics.get(key, Ty.NEVER);
        MirProgram mir = l.lowerAll(LaterBodies.NONE);
        if (mir == null || diags.hasErrors()) {
            throw new IllegalStateException("the std stubs do not lower: " + (diags.all().isEmpty() ? "" : diags.all().get(0).message()));
        }
        return new LoweredStd(std.withDefs(defs), mir.bodies());
    }

    /**
     * Checks and lowers the body of a deferred std function ({@link CheckedStd#deferred()}) against the
     * stubs' definitions, which it only reads. Throws when the stub does not check or lower.
     */
    static Body lowerDeferred(LoweredStd std, DefId fn) {
        CheckedStd typed = std.typed();
        ProgramDefs defs = typed.defs();
        int defined = defs.size();
        Diagnostics diags = new Diagnostics();
        TypedProgram program = new TypedProgram(new Crate(new SourceFile("<no user file>", ""), List.of(), 0, 0),
                defs, typed.checkDeferred(fn), null);
        Lowering l = new Lowering(program, diags, Map.of(), java.util.Set.of(), 0);
        FnDef def = defs.fn(fn);
        LowerCx cx = l.newCx(def.generics());
        Body b = l.lowerFn(cx, def);
        if (cx.failed || diags.hasErrors() || defs.size() != defined) {
            throw new IllegalStateException("the std stub `" + def.qualifiedName() + "` does not lower on its own"
                    + (diags.all().isEmpty() ? "" : ": " + diags.all().get(0).message()));
        }
        return b;
    }

    private MirProgram lowerAll(LaterBodies laterBodies) {
        Map<DefId, Body> bodies = new HashMap<>();
        boolean failed = false;
        for (FnDef fn : program.defs().fnsFrom(firstOwn)) {
            if (!fn.hasBody() || given.containsKey(fn.id()) || later.contains(fn.id())) continue;
            LowerCx cx = newCx(fn.generics());
            Body b = lowerFn(cx, fn);
            failed |= cx.failed;
            bodies.put(fn.id(), b);
        }
        for (ClosureDef c : program.defs().closuresFrom(firstOwn)) {
            if (given.containsKey(c.id())) continue;
            FnDef parent = program.defs().fn(c.parentFn());
            LowerCx cx = newCx(parent == null ? GenericsDef.EMPTY : parent.generics());
            Body b = lowerClosure(cx, c);
            failed |= cx.failed;
            bodies.put(c.id(), b);
        }
        if (failed) return null;
        bodies.putAll(ctorFns.bodies);
        return new MirProgram(program.crate().source(), program.defs(), LayeredBodies.of(given, bodies), program.main(), laterBodies);
    }

    private LowerCx newCx(GenericsDef generics) {
        List<Ty> identity = new ArrayList<>();
        for (int i = 0; i < generics.params().size(); i++) identity.add(new Ty.Param(i, generics.params().get(i)));
        LowerCx cx = new LowerCx(program.results(), program.defs(), new TypeFacts(program.defs(), generics), intrinsics,
                diags, identity);
        cx.closuresByExpr = closuresByExpr;
        cx.ctorFns = ctorFns;
        SourceFile user = program.crate().source();
        cx.sourceText = sp -> user.contains(sp.lo()) ? user.slice(sp) : "";
        return cx;
    }

    private Body lowerFn(LowerCx cx, FnDef fn) {
        Item.FnDecl decl = fn.decl();
        Span span = decl.span();
        cx.returnTy = fn.sig().output();
        cx.cfg.newLocal(new LocalDecl(fn.sig().output(), null, false, span, LocalDecl.Kind.RETURN));
        cx.scopes.push(span);
        List<Ty> inputs = fn.sig().inputs();
        int argIndex = 0;
        List<Runnable> destructure = new ArrayList<>();
        if (decl.selfParam() != null) {
            Item.SelfParam sp = decl.selfParam();
            Local self = arg(cx, inputs.get(argIndex++), "self", sp.mutableBinding(), sp.span());
            cx.bindings.put(sp.id(), self);
        }
        for (Item.Param p : decl.params()) {
            Ty ty = inputs.get(argIndex++);
            Local a = paramLocal(cx, p.pattern(), ty, p.span(), destructure);
            if (a == null) return abandon(cx, fn.id(), fn.name(), span);
        }
        destructure.forEach(Runnable::run);
        if (decl.body().tail() instanceof Expr.Match m) cx.returnedMatches.add(m.id());
        cx.exprs.flow.block(Place.of(Local.RETURN), decl.body());
        cx.scopes.pop(ControlFlow.closingBrace(decl.body().span()));
        if (cx.cfg.reachable()) cx.cfg.terminate(new Terminator.Return(decl.body().span().shrinkToHi()));
        return cx.cfg.finish(fn.id(), fn.qualifiedName(), inputs.size(), span);
    }

    private Local arg(LowerCx cx, Ty ty, String name, boolean mutable, Span span) {
        Local l = cx.cfg.newLocal(new LocalDecl(ty, name, mutable, span, LocalDecl.Kind.ARG));
        cx.scopes.schedule(l, cx.facts.mayNeedDrop(ty), span);
        return l;
    }

    /** An argument local; simple by-value bindings name it, other patterns destructure it later. */
    private Local paramLocal(LowerCx cx, Pattern pat, Ty ty, Span span, List<Runnable> destructure) {
        if (pat instanceof Pattern.Binding b && b.sub() == null && cx.results.pathRes(b.id()) == null
                && cx.results.bindingMode(b.id()) == BindingMode.BY_VALUE) {
            Local l = arg(cx, ty, b.name().name(), b.mutable(), span);
            cx.bindings.put(b.id(), l);
            return l;
        }
        Local l = arg(cx, ty, null, false, span);
        destructure.add(() -> cx.patterns.bind(pat, Place.of(l), ty, 0, false));
        return l;
    }

    private Body lowerClosure(LowerCx cx, ClosureDef c) {
        Expr.Closure expr = c.expr();
        Span span = expr.span();
        cx.returnTy = c.sig().output();
        cx.inClosure = true;
        cx.cfg.newLocal(new LocalDecl(c.sig().output(), null, false, span, LocalDecl.Kind.RETURN));
        cx.scopes.push(span);
        Ty closureTy = new Ty.Closure(c.id(), cx.identityArgs);
        Ty envTy = switch (c.kind()) {
            case FN -> new Ty.Ref(Region.ERASED, false, closureTy);
            case FN_MUT -> new Ty.Ref(Region.ERASED, true, closureTy);
            case FN_ONCE -> closureTy;
        };
        Local env = arg(cx, envTy, null, false, span);
        Place envPlace = c.kind() == ClosureDef.Kind.FN_ONCE ? Place.of(env) : Place.of(env).deref();
        for (int i = 0; i < c.captures().size(); i++) {
            ClosureDef.Capture cap = c.captures().get(i);
            Place field = envPlace.field(i, cap.ty());
            Place place = cap.mode() == ClosureDef.CaptureMode.BY_VALUE ? field : field.deref();
            if (cap.path().isEmpty()) cx.captures.put(cap.binding(), place);
            cx.capturedPaths.computeIfAbsent(cap.binding(), k -> new ArrayList<>()).add(new LowerCx.CapturedPath(cap.path(), place, cx.capturedVarTy(cap)));
        }
        List<Runnable> destructure = new ArrayList<>();
        for (int i = 0; i < expr.params().size(); i++) {
            Local a = paramLocal(cx, expr.params().get(i).pattern(), c.sig().inputs().get(i), expr.params().get(i).span(),
                    destructure);
            if (a == null) return abandon(cx, c.id(), "closure", span);
        }
        destructure.forEach(Runnable::run);
        cx.scopes.push(expr.body().span());
        cx.exprs.into(Place.of(Local.RETURN), expr.body());
        cx.scopes.pop(expr.body().span().shrinkToHi());
        cx.scopes.pop(span.shrinkToHi());
        if (cx.cfg.reachable()) cx.cfg.terminate(new Terminator.Return(span.shrinkToHi()));
        return cx.cfg.finish(c.id(), "{closure}", 1 + expr.params().size(), span);
    }

    private Body abandon(LowerCx cx, DefId id, String name, Span span) {
        cx.failed = true;
        return cx.cfg.finish(id, name, 0, span);
    }
}
