package dev.heaplab.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.heaplab.core.lower.LoweredStd;
import dev.heaplab.core.lower.Lowering;
import dev.heaplab.core.mir.Body;
import dev.heaplab.core.render.MirPrinter;
import dev.heaplab.core.typeck.StdSnapshot;
import dev.heaplab.core.typeck.StdSnapshotGen;
import dev.heaplab.core.typeck.TypeChecker;
import dev.heaplab.core.types.DefId;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The std stubs read back from a snapshot ({@link StdSnapshot}, with the reader generated and compiled
 * for it as the launcher's first run does) must be the stubs built anew: the same definitions, eager
 * bodies, bodies made on first use (DefIds included), and the same compiles and runs; a snapshot of
 * other stubs, or a damaged one, is refused.
 */
class StdSnapshotTest {
    static List<TypeChecker.StdSource> src;
    static LoweredStd built;
    static Path dir;
    static StdSnapshot.Records reader;
    static byte[] snapshot;

    @BeforeAll
    static void buildAndWrite() throws Exception {
        src = TypeChecker.loadStd();
        built = Lowering.lowerStd(TypeChecker.checkStd(src, true));
        dir = Files.createTempDirectory("std-snapshot-test");
        LoweredStd.writeSnapshot(built, src, dir.resolve("std.snap"));
        snapshot = Files.readAllBytes(dir.resolve("std.snap"));
        reader = StdSnapshotGen.compile(StdSnapshotGen.source(built.typed(), built.bodies()), dir.resolve("again.jar"));
    }

    @Test
    void writtenWithItsReader() throws Exception {
        assertThat(dir.resolve("std.snap.jar")).exists();
        assertThat(dir.resolve("std.snap.tmp")).doesNotExist();
        assertThat(StdSnapshot.write(reader, src, built.typed(), built.bodies())).isEqualTo(snapshot);
        assertThat(LoweredStd.fromSnapshotFile(reader, dir.resolve("std.snap"), src)).isNotNull();
        // the core alone has no reader: the launcher adds the generated one to the class path
        assertThat(StdSnapshot.installed()).isNull();
    }

    @Test
    void readBackStubsAreTheBuiltOnes() {
        LoweredStd read = LoweredStd.fromSnapshot(reader, snapshot, src);
        LoweredStd eager = Lowering.lowerStd(TypeChecker.checkStd(src));
        assertThat(read.typed().defs().size()).isEqualTo(built.typed().defs().size());
        assertThat(read.typed().deferred()).isEqualTo(built.typed().deferred());
        // the ASTs, left in the snapshot's tail until asked for
        assertThat(read.typed().crates()).hasSameSizeAs(built.typed().crates());
        for (int i = 0; i < built.typed().crates().size(); i++) {
            var r = read.typed().crates().get(i);
            var b = built.typed().crates().get(i);
            assertThat(r.items().equals(b.items()) && r.firstNodeId() == b.firstNodeId() && r.nextNodeId() == b.nextNodeId()
                    && r.source().displayPath().equals(b.source().displayPath())).as("crate %d read back", i).isTrue();
        }
        assertThat(read.bodies()).isEqualTo(built.bodies());
        assertThat(MirPrinter.printAll(new dev.heaplab.core.mir.MirProgram(null, read.typed().defs(), read.bodies(), null,
                dev.heaplab.core.mir.LaterBodies.NONE)))
                .isEqualTo(MirPrinter.printAll(new dev.heaplab.core.mir.MirProgram(null, built.typed().defs(), built.bodies(), null,
                        dev.heaplab.core.mir.LaterBodies.NONE)));
        for (DefId id : List.copyOf(read.typed().deferred())) {
            Body made = read.body(id), expected = eager.bodies().get(id);
            assertThat(made).as("%s", read.typed().defs().name(id)).isEqualTo(expected);
        }
        assertThat(read.typed().defs().size()).isEqualTo(built.typed().defs().size());
    }

    @Test
    void compilesAndRunsAsWithBuiltStubs() {
        LoweredStd read = LoweredStd.fromSnapshot(reader, snapshot, src);
        List<String> programs = new ArrayList<>(SharedStdTest.PROGRAMS);
        for (String p : programs) {
            assertThat(SharedStdTest.outcome(p, read)).isEqualTo(SharedStdTest.outcome(p, built));
        }
    }

    /**
     * The stub texts stay ASCII: one non-Latin-1 character makes a whole file a UTF-16 string, whose
     * decoding and checksum (re-encoding) took about a tenth of a cold start's Java time.
     */
    @Test
    void stubsAreAscii() {
        for (TypeChecker.StdSource s : src) {
            int bad = s.text().chars().filter(c -> c >= 128).findFirst().orElse(-1);
            assertThat(bad).as("%s holds a non-ASCII character at offset %d", s.path(), s.text().indexOf(bad)).isEqualTo(-1);
        }
    }

    @Test
    void otherStubsOrDamageAreRefused() {
        List<TypeChecker.StdSource> other = new ArrayList<>(src);
        other.set(0, new TypeChecker.StdSource(src.get(0).path(), src.get(0).text() + "\n"));
        assertThatThrownBy(() -> StdSnapshot.read(reader, snapshot, other)).hasMessageContaining("other stubs");
        byte[] cut = java.util.Arrays.copyOf(snapshot, snapshot.length / 2);
        assertThatThrownBy(() -> StdSnapshot.read(reader, cut, src)).isInstanceOf(RuntimeException.class);
        byte[] flipped = snapshot.clone();
        flipped[0] ^= 1;
        assertThatThrownBy(() -> StdSnapshot.read(reader, flipped, src)).hasMessageContaining("not a std snapshot");
        assertThat(LoweredStd.fromSnapshotFile(reader, Path.of("/nonexistent/std.snap"), src)).isNull();
        // damage anywhere, even in the tail read only on demand, is found at once by the file's checksum
        for (int at : new int[] {snapshot.length / 3, snapshot.length - 20}) {
            byte[] damaged = snapshot.clone();
            damaged[at] ^= 0x10;
            assertThatThrownBy(() -> StdSnapshot.read(reader, damaged, src)).hasMessageContaining("checksum");
        }
    }
}
