package dev.heaplab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `heaplab permissions`: exit codes, formats and languages (the tables themselves are core goldens). */
class PermissionsCommandTest {
    @TempDir Path dir;

    private Path write(String name, String text) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, text);
        return p;
    }

    @Test void acceptedProgramExitsZeroWithItsTable() throws Exception {
        Path p = write("ok.rs", "fn main() {\n    let mut v = vec![1];\n    let r = &v;\n    println!(\"{:?}\", r);\n    v.push(2);\n}\n");
        CliRun r = CliRun.of("permissions", p.toString());
        assertThat(r.exit()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).contains("3 | let r = &v;", "v: RWO → R--", "borrowed (shared) by the loan at line 3, used until line 4",
                "the loan at line 3 is no longer used");
    }

    @Test void rejectedProgramShowsTheMissingPermissionAndExitsOne() throws Exception {
        Path p = write("bad.rs", "fn main() {\n    let s = String::new();\n    let t = s;\n    println!(\"{} {}\", s, t);\n}\n");
        CliRun r = CliRun.of("permissions", p.toString(), "--lang", "fr");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).contains("déplacé à la ligne 3", "✗ error[E0382]");
        assertThat(r.err()).contains("rejette");
    }

    @Test void jsonIsVersionedAndListsLoans() throws Exception {
        Path p = write("j.rs", "fn main() {\n    let mut x = 1;\n    let r = &mut x;\n    *r += 1;\n    println!(\"{}\", x);\n}\n");
        CliRun r = CliRun.of("permissions", p.toString(), "--format", "json");
        assertThat(r.exit()).isZero();
        JsonNode root = new ObjectMapper().readTree(r.out());
        assertThat(root.get("version").asInt()).isEqualTo(1);
        JsonNode loan = root.get("loans").get(0);
        assertThat(loan.get("line").asInt()).isEqualTo(3);
        assertThat(loan.get("last_use_line").asInt()).isEqualTo(4);
    }

    @Test void programsOutsideTheSubsetAreRefused() throws Exception {
        Path p = write("u.rs", "union U { a: i32 }\nfn main() {\n}\n");
        CliRun r = CliRun.of("permissions", p.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("unsupported");
    }

    @Test void traceWithPermissionsShowsTheSameTable() throws Exception {
        Path p = write("t.rs", "fn main() {\n    let mut v = vec![1];\n    let r = &v;\n    println!(\"{:?}\", r);\n    v.push(2);\n}\n");
        CliRun viaTrace = CliRun.of("trace", p.toString(), "--permissions");
        CliRun direct = CliRun.of("permissions", p.toString());
        assertThat(viaTrace.exit()).isZero();
        assertThat(viaTrace.out()).isEqualTo(direct.out()).contains("v: RWO → R--");
        CliRun svg = CliRun.of("trace", p.toString(), "--permissions", "--format", "svg");
        assertThat(svg.exit()).isEqualTo(2);
        assertThat(svg.err()).contains("--permissions");
    }

    @Test void traceMarksWhereEachBorrowIsLastUsed() throws Exception {
        Path p = write("l.rs", "fn main() {\n    let mut v = vec![1, 2];\n    let r = &v;\n    println!(\"{}\", r.len());\n    v.push(3);\n}\n");
        CliRun r = CliRun.of("trace", p.toString());
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("borrow &v, last used line 4").contains("borrow &mut v, last used line 5");
        CliRun fr = CliRun.of("trace", p.toString(), "--lang", "fr");
        assertThat(fr.out()).contains("dernière utilisation ligne 4");
    }
}
