package dev.heaplab.core.memview;

import static org.assertj.core.api.Assertions.assertThat;

import dev.heaplab.core.interp.ExecutionResult;
import dev.heaplab.core.interp.Limits;
import org.junit.jupiter.api.Test;

/** A run cut short by the step limit still gives a trace: the steps recorded so far and a note. */
class BoundedTraceTest {
    private static final String LOOP = """
            fn main() {
                let mut v = Vec::new();
                let mut i: u64 = 0;
                loop {
                    v.push(i);
                    i += 1;
                    if v.len() > 3 { v.clear(); }
                }
            }
            """;

    private static Trace traceWithLimit(long steps) {
        return TraceFixture.trace("loop.rs", LOOP, new Limits(steps, 1L << 30, 10_000, 1 << 20, 60_000));
    }

    @Test
    void theStepLimitKeepsTheStepsRecordedSoFar() {
        Trace t = traceWithLimit(5_000);
        assertThat(t.result().outcome()).isEqualTo(ExecutionResult.Outcome.LIMIT);
        assertThat(t.result().exitCode()).isEqualTo(3);
        assertThat(t.truncated()).isTrue();
        assertThat(t.size()).isGreaterThanOrEqualTo(5_000);
        assertThat(t.snapshot(t.size() - 1).frames()).isNotEmpty();
        String text = TraceOutput.render(t, new TraceOutput.Options(TraceOutput.Format.TEXT, false, -1, false, false, 20)).text();
        assertThat(text).contains("── after line 5").contains("STACK").contains("HEAP")
                .contains("note: the run hit a limit after").contains("more diagrams are not shown");
        String fr = TraceOutput.render(t, new TraceOutput.Options(TraceOutput.Format.TEXT, false, -1, false, true, 20)).text();
        assertThat(fr).contains("note : l'exécution a atteint une limite").contains("TAS");
        String json = TraceOutput.render(t, new TraceOutput.Options(TraceOutput.Format.JSON, false, -1, false, false, 20)).text();
        assertThat(json).contains("\"truncated\": true").contains("\"kind\": \"limit\"");
    }

    @Test
    void anyStepRendersDirectly() {
        Trace t = traceWithLimit(3_000);
        for (long step : new long[] {1, 2, 257, 1_500, 2_999}) {
            var r = TraceOutput.render(t, new TraceOutput.Options(TraceOutput.Format.TEXT, true, step, false, false, 20));
            assertThat(r.error()).isNull();
            assertThat(r.text()).startsWith("-- step " + step + ",").contains("+- main");
        }
        var missing = TraceOutput.render(t, new TraceOutput.Options(TraceOutput.Format.TEXT, false, 999_999, false, false, 20));
        assertThat(missing.text()).isNull();
        assertThat(missing.error()).contains("999999 was not recorded");
    }
}
