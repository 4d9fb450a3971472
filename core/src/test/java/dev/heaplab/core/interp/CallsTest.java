package dev.heaplab.core.interp;

import static dev.heaplab.core.interp.MirFixture.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.heaplab.core.mir.BlockId;
import dev.heaplab.core.mir.Operand;
import dev.heaplab.core.mir.Place;
import dev.heaplab.core.mir.Rvalue;
import dev.heaplab.core.mir.Terminator;
import dev.heaplab.core.source.Span;
import dev.heaplab.core.types.AdtDef;
import dev.heaplab.core.types.ClosureDef;
import dev.heaplab.core.types.DefId;
import dev.heaplab.core.types.FnDef;
import dev.heaplab.core.types.FnSig;
import dev.heaplab.core.types.GenericsDef;
import dev.heaplab.core.types.ImplDef;
import dev.heaplab.core.types.TraitDef;
import dev.heaplab.core.types.Ty;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Trait method resolution (also through generics), closures, cleanup blocks and `#[track_caller]`. */
class CallsTest {
    private static final Span SP = Span.DUMMY;

    /** `trait Shape { fn area(&self) -> i32; }` implemented for `Sq(i32)`, called directly and from `fn total<T: Shape>`. */
    @Test
    void traitMethodsResolveToTheImplForTheConcreteType() {
        MirFixture fx = new MirFixture("fn main() {}\n");
        AdtDef sq = fx.struct("Sq", Set.of(), new AdtDef.FieldDef("0", I32, false));
        Ty sqTy = fx.ty(sq);
        DefId traitId = fx.defs.newDefId("Shape");
        DefId areaDecl = fx.defs.newDefId("area");
        fx.defs.put(new FnDef(areaDecl, "area", "Shape::area", new GenericsDef(traitId, 1, List.of("Self"), List.of()),
                new FnSig(List.of(ref(new Ty.Param(0, "Self"))), I32), null, null, null, false, null, traitId, SP));
        fx.defs.put(new TraitDef(traitId, "Shape", new GenericsDef(null, 0, List.of("Self"), List.of()), Map.of("area", areaDecl),
                List.of(), List.of(), null, SP));
        MirFixture.FnBuilder area = fx.fn("area", I32, ref(sqTy)).begin();
        Place side = area.arg(0).deref().field(0, I32);
        area.set(area.ret(), new Rvalue.BinaryOp(Rvalue.BinOp.MUL, copy(side), copy(side))).returnNow();
        DefId areaImpl = area.build();
        fx.defs.put(new ImplDef(fx.defs.newDefId("impl"), GenericsDef.EMPTY, traitId, List.of(), sqTy, Map.of("area", areaImpl),
                Map.of(), false, SP));
        // fn total<T: Shape>(x: &T) -> i32 { x.area() + 1 }
        Ty t = new Ty.Param(0, "T");
        MirFixture.FnBuilder total = fx.fn("total", I32, ref(t)).begin();
        Place a = total.local(I32, null);
        total.callNext(SP, fx.fnOp(areaDecl, t), a, copy(total.arg(0)))
                .set(total.ret(), new Rvalue.BinaryOp(Rvalue.BinOp.ADD, copy(a), int32(1))).returnNow();
        DefId totalId = total.build();
        MirFixture.FnBuilder f = fx.fn("main", UNIT).begin();
        Place s = f.local(sqTy, "s"), rs = f.local(ref(sqTy), null), x = f.local(I32, null), y = f.local(I32, null);
        Place u = f.local(UNIT, null), rx = f.local(ref(I32), null), ry = f.local(ref(I32), null);
        f.set(s, agg(sq, int32(7))).set(rs, refOf(s))
                .callNext(SP, fx.fnOp(areaDecl, sqTy), x, copy(rs))
                .callNext(SP, fx.fnOp(totalId, sqTy), y, copy(rs))
                .set(rx, refOf(x)).set(ry, refOf(y))
                .callNext(SP, fx.fnOp(fx.builtin("fmt::print", 0)), u, fmt("{} {}\n"), copy(rx), copy(ry)).returnNow();
        MirFixture.Run run = fx.run(f.build());
        assertThat(run.result().outcome()).as(run.result().message()).isEqualTo(ExecutionResult.Outcome.COMPLETED);
        assertThat(run.stdout()).isEqualTo("49 50\n");
    }

    /** `let k = 10; let add = |x| x + k; add(5)`, and `v.retain(|x| *x > k)` on [5, 20, 8, 30]. */
    @Test
    void closuresCaptureByReferenceAndRunInsideBuiltins() {
        MirFixture fx = new MirFixture("fn main() {}\n");
        DefId mainId = fx.defs.newDefId("placeholder");
        DefId cid = fx.defs.newDefId("closure");
        fx.defs.put(new ClosureDef(cid, mainId, null, new FnSig(List.of(I32), I32), ClosureDef.Kind.FN,
                List.of(new ClosureDef.Capture(null, "k", ClosureDef.CaptureMode.BY_REF, I32)), SP));
        Ty closure = new Ty.Closure(cid, List.of());
        // body: _1 = &closure env, _2 = x; _0 = x + *(*_1).0
        MirFixture.FnBuilder body = fx.closureBody(cid, I32, ref(closure), I32).begin();
        Place k = body.arg(0).deref().field(0, ref(I32)).deref();
        body.set(body.ret(), new Rvalue.BinaryOp(Rvalue.BinOp.ADD, copy(body.arg(1)), copy(k))).returnNow();
        body.build();
        // retain predicate closure: |x: &i32| *x > k, same capture
        DefId pid = fx.defs.newDefId("closure2");
        fx.defs.put(new ClosureDef(pid, mainId, null, new FnSig(List.of(ref(I32)), Ty.BOOL), ClosureDef.Kind.FN_MUT,
                List.of(new ClosureDef.Capture(null, "k", ClosureDef.CaptureMode.BY_REF, I32)), SP));
        Ty pred = new Ty.Closure(pid, List.of());
        MirFixture.FnBuilder pb = fx.closureBody(pid, Ty.BOOL, refMut(pred), ref(I32)).begin();
        pb.set(pb.ret(), new Rvalue.BinaryOp(Rvalue.BinOp.GT, copy(pb.arg(1).deref()),
                copy(pb.arg(0).deref().field(0, ref(I32)).deref()))).returnNow();
        pb.build();

        Ty vecI32 = fx.ty(fx.vec, I32);
        MirFixture.FnBuilder f = fx.fn("main", UNIT).begin();
        Place kk = f.local(I32, "k"), add = f.local(closure, "add"), r = f.local(I32, null), u = f.local(UNIT, null);
        Place rr = f.local(ref(I32), null), v = f.local(vecI32, "v"), m = f.local(refMut(vecI32), null);
        Place p = f.local(pred, null), rv = f.local(ref(vecI32), null);
        f.set(kk, use(int32(10)))
                .set(add, new Rvalue.ClosureValue(cid, closure, List.of(refOperand(f, kk))))
                .callNext(SP, new Operand.Copy(add), r, int32(5))
                .set(rr, refOf(r)).callNext(SP, fx.fnOp(fx.builtin("fmt::print", 0)), u, fmt("{}\n"), copy(rr))
                .callNext(SP, fx.fnOp(fx.builtin("Vec::new", 1), I32), v);
        for (int x : new int[] {5, 20, 8, 30})
            f.set(m, refMutOf(v)).callNext(SP, fx.fnOp(fx.builtin("Vec::push", 1), I32), u, move(m), int32(x));
        f.set(p, new Rvalue.ClosureValue(pid, pred, List.of(refOperand(f, kk))))
                .set(m, refMutOf(v)).callNext(SP, fx.fnOp(fx.builtin("Vec::retain", 2), I32, pred), u, move(m), move(p))
                .set(rv, refOf(v)).callNext(SP, fx.fnOp(fx.builtin("fmt::print", 0)), u, fmt("{:?}\n"), copy(rv))
                .dropNext(v).returnNow();
        MirFixture.Run run = fx.run(f.build());
        assertThat(run.result().outcome()).as(run.result().message()).isEqualTo(ExecutionResult.Outcome.COMPLETED);
        assertThat(run.stdout()).isEqualTo("15\n[20, 30]\n");
    }

    private int refTemps;

    /** A fresh temporary holding `&place`, as an operand. */
    private Operand refOperand(MirFixture.FnBuilder f, Place place) {
        Place t = f.local(ref(I32), "ref" + refTemps++);
        f.set(t, refOf(place));
        return move(t);
    }

    /**
     * A callee panics; the caller's Call has a cleanup block that drops a String and resumes unwinding;
     * `#[track_caller]` reports the caller's span. Output and heap must show the String freed.
     */
    @Test
    void cleanupBlocksRunAndTrackCallerReportsTheCallSite() {
        MirFixture fx = new MirFixture("fn main() {\n    let s = String::from(\"x\");\n    fail();\n}\n");
        DefId failId = fx.defs.newDefId("fail");
        fx.defs.put(new FnDef(failId, "fail", "fail", GenericsDef.EMPTY, new FnSig(List.of(), Ty.NEVER), null, null, null, true,
                null, null, SP));
        List<dev.heaplab.core.mir.Body.BasicBlock> fb = List.of(new dev.heaplab.core.mir.Body.BasicBlock(List.of(),
                new Terminator.Call(new Span(0, 2), fx.fnOp(fx.builtin("panic::panic_fmt", 0)), List.of(fmt("it failed")),
                        Place.of(dev.heaplab.core.mir.Local.RETURN), null, null), false));
        fx.bodies.put(failId, new dev.heaplab.core.mir.Body(failId, "fail",
                List.of(new dev.heaplab.core.mir.LocalDecl(Ty.NEVER, null, false, SP, dev.heaplab.core.mir.LocalDecl.Kind.RETURN)),
                0, fb, SP));
        Ty string = fx.ty(fx.string);
        MirFixture.FnBuilder f = fx.fn("main", UNIT).begin();
        Place s = f.local(string, "s"), u = f.local(UNIT, null);
        f.callNext(SP, fx.fnOp(fx.builtin("String::from", 0)), s, str("x"));
        BlockId cleanup = f.block(true), resume = f.block(true), after = f.block();
        f.term(f.cur, new Terminator.Call(fx.at("fail()"), fx.fnOp(failId), List.of(), u, after, cleanup));
        f.term(cleanup, new Terminator.Drop(SP, s, null, resume, null));
        f.term(resume, new Terminator.UnwindResume(SP));
        f.cur = after;
        f.dropNext(s).returnNow();
        MirFixture.Run run = fx.run(f.build());
        assertThat(run.result().exitCode()).isEqualTo(101);
        assertThat(run.stderr()).startsWith("\nthread 'main' panicked at src/main.rs:3:5:\nit failed\n");
        assertThat(run.result().stats()).isEqualTo(new HeapStats(1, 0, 1, 1, 1, 0));
    }
}
