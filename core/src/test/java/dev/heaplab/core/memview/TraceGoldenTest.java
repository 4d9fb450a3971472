package dev.heaplab.core.memview;

import static org.assertj.core.api.Assertions.assertThat;

import dev.heaplab.core.interp.Limits;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Golden diagrams of the programs in tests/trace/: for each NAME.rs, NAME.trace.txt (Unicode),
 * NAME.trace.ascii.txt, NAME.trace.svg, NAME.trace.json and NAME.trace.fr.txt (French). Bless
 * with `-Dheaplab.bless=true` after checking the new output by eye.
 */
class TraceGoldenTest {
    @TestFactory
    Stream<DynamicTest> goldens() throws IOException {
        Path dir = TraceFixture.projectDir("tests/trace");
        return TraceFixture.programs(dir).stream().flatMap(p -> {
            String name = p.getFileName().toString().replace(".rs", "");
            Trace[] once = new Trace[1]; // one run per program, rendered five ways
            java.util.function.Supplier<Trace> trace = () -> {
                if (once[0] == null) once[0] = run(p);
                return once[0];
            };
            return Stream.of(
                    golden(p, trace, name + ".trace.txt", new TraceOutput.Options(TraceOutput.Format.TEXT, false, -1, false, false, 200)),
                    golden(p, trace, name + ".trace.ascii.txt", new TraceOutput.Options(TraceOutput.Format.TEXT, true, -1, false, false, 200)),
                    golden(p, trace, name + ".trace.fr.txt", new TraceOutput.Options(TraceOutput.Format.TEXT, false, -1, false, true, 200)),
                    golden(p, trace, name + ".trace.svg", new TraceOutput.Options(TraceOutput.Format.SVG, false, -1, false, false, 200)),
                    golden(p, trace, name + ".trace.json", new TraceOutput.Options(TraceOutput.Format.JSON, false, -1, false, false, 200)));
        });
    }

    private static Trace run(Path program) {
        try {
            return TraceFixture.trace(program.getFileName().toString(), Files.readString(program), Limits.DEFAULT);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static DynamicTest golden(Path program, java.util.function.Supplier<Trace> trace, String goldenName,
            TraceOutput.Options options) {
        return DynamicTest.dynamicTest(goldenName, () -> {
            Trace t = trace.get();
            assertThat(t).as("compiles").isNotNull();
            String actual = TraceOutput.render(t, options).text();
            Path golden = program.resolveSibling(goldenName);
            if (TraceFixture.blessing()) {
                Files.writeString(golden, actual, StandardCharsets.UTF_8);
                return;
            }
            assertThat(golden).as("golden " + goldenName + " (bless with -Dheaplab.bless=true)").exists();
            assertThat(actual).isEqualTo(Files.readString(golden));
        });
    }
}
