package dev.heaplab.core.interp;

import static dev.heaplab.core.interp.MirFixture.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.heaplab.core.mir.Place;
import dev.heaplab.core.source.Span;
import dev.heaplab.core.types.AdtDef;
import dev.heaplab.core.types.DefId;
import dev.heaplab.core.types.Ty;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Panics (message, location, exit code) and drop order, including drops while unwinding. */
class PanicDropTest {
    private static final String SRC = """
            struct D(i32);
            impl Drop for D { fn drop(&mut self) { println!("drop {}", self.0); } }
            struct P { x: D, y: D }
            fn main() {
                let _p = P { x: D(10), y: D(20) };
                let _a = D(1);
                let s = String::from("abc");
                let v = vec![1, 2, 3];
                let i = 5;
                println!("{}", s);
                let _ = v[i];
            }
            """;

    private static final String NOTE = "note: run with `RUST_BACKTRACE=1` environment variable to display a backtrace\n";

    /** A fixture with D and its Drop impl printing `drop {self.0}`. */
    private static AdtDef droppable(MirFixture fx) {
        AdtDef d = fx.struct("D", Set.of(), new AdtDef.FieldDef("0", I32, false));
        Ty dTy = fx.ty(d);
        MirFixture.FnBuilder drop = fx.fn("drop", UNIT, refMut(dTy)).begin();
        Place field = drop.local(ref(I32), null), u = drop.local(UNIT, null);
        drop.set(field, refOf(drop.arg(0).deref().field(0, I32)))
                .callNext(Span.DUMMY, fx.fnOp(fx.builtin("fmt::print", 0)), u, fmt("drop {}\n"), copy(field))
                .returnNow();
        fx.implTrait(fx.dropTrait, dTy, "drop", drop.build(), false);
        return d;
    }

    /** rustc: stdout `abc`, `drop 1`, `drop 10`, `drop 20`; the panic at 11:14; exit 101. */
    @Test
    void indexPanicUnwindsDroppingLocalsInReverseOrder() {
        MirFixture fx = new MirFixture(SRC);
        AdtDef d = droppable(fx);
        Ty dTy = fx.ty(d);
        AdtDef p = fx.struct("P", Set.of(), new AdtDef.FieldDef("x", dTy, false), new AdtDef.FieldDef("y", dTy, false));
        Ty vecI32 = fx.ty(fx.vec, I32), string = fx.ty(fx.string);
        MirFixture.FnBuilder f = fx.fn("main", UNIT).begin();
        Place pl = f.local(fx.ty(p), "_p"), a = f.local(dTy, "_a"), d1 = f.local(dTy, null), d2 = f.local(dTy, null);
        Place s = f.local(string, "s"), v = f.local(vecI32, "v"), i = f.local(USIZE, "i"), u = f.local(UNIT, null);
        Place m = f.local(refMut(vecI32), null), rs = f.local(ref(string), null), rv = f.local(ref(vecI32), null);
        Place elem = f.local(ref(I32), null);
        Span sp = Span.DUMMY;
        f.set(d1, agg(d, int32(10))).set(d2, agg(d, int32(20))).set(pl, agg(p, move(d1), move(d2)))
                .set(a, agg(d, int32(1)))
                .callNext(sp, fx.fnOp(fx.builtin("String::from", 0)), s, str("abc"))
                .callNext(sp, fx.fnOp(fx.builtin("Vec::new", 1), I32), v);
        for (int k = 1; k <= 3; k++)
            f.set(m, refMutOf(v)).callNext(sp, fx.fnOp(fx.builtin("Vec::push", 1), I32), u, move(m), int32(k));
        f.set(i, use(usize(5))).set(rs, refOf(s))
                .callNext(sp, fx.fnOp(fx.builtin("fmt::print", 0)), u, fmt("{}\n"), copy(rs))
                .set(rv, refOf(v)).callNext(fx.at("[i]"), fx.fnOp(fx.builtin("Vec::index", 1), I32), elem, copy(rv), copy(i))
                .dropNext(v).dropNext(s).dropNext(a).dropNext(pl).returnNow();
        MirFixture.Run run = fx.run(f.build());
        assertThat(run.result().outcome()).isEqualTo(ExecutionResult.Outcome.PANICKED);
        assertThat(run.result().exitCode()).isEqualTo(101);
        assertThat(run.stdout()).isEqualTo("abc\ndrop 1\ndrop 10\ndrop 20\n");
        assertThat(run.stderr()).isEqualTo("\nthread 'main' panicked at src/main.rs:11:14:\n"
                + "index out of bounds: the len is 3 but the index is 5\n" + NOTE);
        assertThat(run.result().stats().deallocs()).isEqualTo(2);
        assertThat(run.result().stats().leakedBytes()).isZero();
    }

    /** Normal scope end: the lowering's Drop terminators run in reverse declaration order; moved values are skipped. */
    @Test
    void dropTerminatorsSkipMovedValues() {
        MirFixture fx = new MirFixture("fn main() {}\n");
        AdtDef d = droppable(fx);
        Ty dTy = fx.ty(d);
        MirFixture.FnBuilder f = fx.fn("main", UNIT).begin();
        Place a = f.local(dTy, "a"), b = f.local(dTy, "b"), c = f.local(dTy, "c");
        f.set(a, agg(d, int32(1))).set(b, agg(d, int32(2))).set(c, use(move(a)))
                .dropNext(c).dropNext(b).dropNext(a).returnNow();
        MirFixture.Run run = fx.run(f.build());
        assertThat(run.result().outcome()).isEqualTo(ExecutionResult.Outcome.COMPLETED);
        assertThat(run.stdout()).isEqualTo("drop 1\ndrop 2\n");
    }

    /** `let x: u8 = 255; x + 1` in a debug build: `attempt to add with overflow`. */
    @Test
    void checkedAddOverflowPanics() {
        MirFixture fx = new MirFixture("fn main() {\n    let x: u8 = 255;\n    let y = x + 1;\n}\n");
        MirFixture.FnBuilder f = fx.fn("main", UNIT).begin();
        Place x = f.local(U8, "x"), t = f.local(new Ty.Tuple(java.util.List.of(U8, Ty.BOOL)), null), y = f.local(U8, "y");
        f.set(x, use(intOf(255, dev.heaplab.core.types.IntTy.U8)))
                .set(t, new dev.heaplab.core.mir.Rvalue.CheckedBinaryOp(dev.heaplab.core.mir.Rvalue.BinOp.ADD, copy(x),
                        intOf(1, dev.heaplab.core.types.IntTy.U8)));
        var next = f.block();
        f.term(f.cur, new dev.heaplab.core.mir.Terminator.Assert(fx.at("x + 1"), move(t.field(1, Ty.BOOL)), false,
                new dev.heaplab.core.mir.Terminator.AssertMessage.Overflow(dev.heaplab.core.mir.Rvalue.BinOp.ADD), next, null));
        f.cur = next;
        f.set(y, use(move(t.field(0, U8)))).returnNow();
        MirFixture.Run run = fx.run(f.build());
        assertThat(run.result().exitCode()).isEqualTo(101);
        assertThat(run.stderr()).isEqualTo("\nthread 'main' panicked at src/main.rs:3:13:\nattempt to add with overflow\n" + NOTE);
    }

    /** A recursive function without a base case hits the stack-depth limit, not a Java StackOverflowError. */
    @Test
    void deepRecursionHitsTheStackLimit() {
        MirFixture fx = new MirFixture("fn f() { f() }\n");
        MirFixture.FnBuilder f = fx.fn("f", UNIT).begin();
        DefId self = f.id;
        f.callNext(fx.at("f()"), fx.fnOp(self), f.ret()).returnNow();
        f.build();
        MirFixture.FnBuilder main = fx.fn("main", UNIT).begin();
        main.callNext(Span.DUMMY, fx.fnOp(self), main.ret()).returnNow();
        MirFixture.Run run = fx.run(main.build(), new Limits(1_000_000_000L, 1L << 30, 100_000, 1 << 20, 60_000), java.util.List.of());
        assertThat(run.result().outcome()).isEqualTo(ExecutionResult.Outcome.LIMIT);
        assertThat(run.result().exitCode()).isEqualTo(3);
        assertThat(run.result().message()).contains("100000 frames");
        assertThat(run.result().span()).isEqualTo(fx.at("f()"));
    }

    /** An endless loop stops at the step limit with the loop's span. */
    @Test
    void endlessLoopHitsTheStepLimit() {
        MirFixture fx = new MirFixture("fn main() { loop {} }\n");
        MirFixture.FnBuilder f = fx.fn("main", UNIT).begin();
        f.span = fx.at("loop {}");
        f.gotoBlock(f.cur, f.cur);
        MirFixture.Run run = fx.run(f.build(), new Limits(1000, 1L << 30, 100, 1 << 20, 60_000), java.util.List.of());
        assertThat(run.result().outcome()).isEqualTo(ExecutionResult.Outcome.LIMIT);
        assertThat(run.result().message()).isEqualTo("limit: the program ran more than 1000 steps (see --max-steps)");
        assertThat(run.result().span()).isEqualTo(fx.at("loop {}"));
    }
}
