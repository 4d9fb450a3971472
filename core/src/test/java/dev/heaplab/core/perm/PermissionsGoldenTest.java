package dev.heaplab.core.perm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.heaplab.core.Driver;
import dev.heaplab.core.borrowck.BorrowCheck;
import dev.heaplab.core.diag.Diagnostics;
import dev.heaplab.core.source.SourceFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Goldens of the permissions view: each tests/permissions/NAME.rs against NAME.txt (English text),
 * NAME.fr.txt and NAME.json when present. `-Dheaplab.bless=true` rewrites them (review the diff).
 */
class PermissionsGoldenTest {
    private static final boolean BLESS = Boolean.getBoolean("heaplab.bless");

    @TestFactory Stream<DynamicTest> goldens() throws IOException {
        Path dir = PermissionsPropertyTest.uiRoot().getParent().resolve("permissions");
        List<Path> programs;
        try (Stream<Path> s = Files.list(dir)) {
            programs = s.filter(p -> p.toString().endsWith(".rs")).sorted().toList();
        }
        assertThat(programs).hasSizeGreaterThanOrEqualTo(10);
        return programs.stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> check(p)));
    }

    private static void check(Path rs) throws IOException {
        String name = rs.getFileName().toString().replaceFirst("\\.rs$", "");
        SourceFile source = new SourceFile(rs.getFileName().toString(), Files.readString(rs));
        Driver.Compiled compiled = Driver.compile(source, false);
        assertThat(compiled.ok()).as("compiles: " + compiled.diagnostics()).isTrue();
        Diagnostics diags = new Diagnostics();
        BorrowCheck.check(compiled.mir(), diags);
        PermissionTable table = Permissions.of(compiled.mir(), diags.all());
        compare(rs.resolveSibling(name + ".txt"), new PermissionText(false).render(table), true);
        compare(rs.resolveSibling(name + ".fr.txt"), new PermissionText(true).render(table), false);
        compare(rs.resolveSibling(name + ".json"), PermissionJson.render(table, false), false);
    }

    /** {@code required}: the golden must exist (blessing creates it); optional ones are compared when present. */
    private static void compare(Path golden, String actual, boolean required) throws IOException {
        if (BLESS) {
            if (required || Files.exists(golden)) Files.writeString(golden, actual);
            return;
        }
        if (!required && !Files.exists(golden)) return;
        assertThat(Files.exists(golden)).as(golden + " exists (bless with -Dheaplab.bless=true)").isTrue();
        assertThat(actual).as(golden.toString()).isEqualTo(Files.readString(golden));
    }
}
