package dev.heaplab.core.interp;

import static dev.heaplab.core.interp.MirFixture.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.heaplab.core.mir.BlockId;
import dev.heaplab.core.mir.Place;
import dev.heaplab.core.mir.Rvalue;
import dev.heaplab.core.mir.Terminator;
import dev.heaplab.core.source.Span;
import dev.heaplab.core.types.Ty;
import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;

/** `let mut i = 0u64; let mut sum = 0u64; while i < 1_000_000 { sum += i; i += 1; }` runs and counts right. */
class LoopSpeedTest {
    @Test
    void millionIterationLoopComputesTheSum() {
        MirFixture fx = new MirFixture("fn main() {}\n");
        MirFixture.FnBuilder f = fx.fn("main", UNIT).begin();
        Place i = f.local(U64, "i"), sum = f.local(U64, "sum"), c = f.local(Ty.BOOL, null);
        Place t = f.local(new Ty.Tuple(List.of(U64, Ty.BOOL)), null), u = f.local(UNIT, null), rs = f.local(ref(U64), null);
        f.set(i, use(intOf(0, dev.heaplab.core.types.IntTy.U64))).set(sum, use(intOf(0, dev.heaplab.core.types.IntTy.U64)));
        BlockId head = f.block(), body = f.block(), body2 = f.block(), body3 = f.block(), exit = f.block();
        f.gotoBlock(f.cur, head);
        f.assign(head, c, new Rvalue.BinaryOp(Rvalue.BinOp.LT, copy(i), intOf(1_000_000, dev.heaplab.core.types.IntTy.U64)));
        f.term(head, new Terminator.SwitchInt(Span.DUMMY, move(c), List.of(BigInteger.ZERO), List.of(exit), body));
        f.assign(body, t, new Rvalue.CheckedBinaryOp(Rvalue.BinOp.ADD, copy(sum), copy(i)));
        f.term(body, new Terminator.Assert(Span.DUMMY, copy(t.field(1, Ty.BOOL)), false,
                new Terminator.AssertMessage.Overflow(Rvalue.BinOp.ADD), body2, null));
        f.assign(body2, sum, use(copy(t.field(0, U64))));
        f.assign(body2, t, new Rvalue.CheckedBinaryOp(Rvalue.BinOp.ADD, copy(i), intOf(1, dev.heaplab.core.types.IntTy.U64)));
        f.term(body2, new Terminator.Assert(Span.DUMMY, copy(t.field(1, Ty.BOOL)), false,
                new Terminator.AssertMessage.Overflow(Rvalue.BinOp.ADD), body3, null));
        f.assign(body3, i, use(copy(t.field(0, U64))));
        f.gotoBlock(body3, head);
        f.cur = exit;
        f.set(rs, refOf(sum)).callNext(Span.DUMMY, fx.fnOp(fx.builtin("fmt::print", 0)), u, fmt("{}\n"), copy(rs)).returnNow();
        long t0 = System.nanoTime();
        MirFixture.Run run = fx.run(f.build());
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertThat(run.result().outcome()).as(run.result().message()).isEqualTo(ExecutionResult.Outcome.COMPLETED);
        assertThat(run.stdout()).isEqualTo("499999500000\n");
        System.out.println("LoopSpeedTest: 1M iterations (~9M steps) in " + ms + " ms");
    }
}
