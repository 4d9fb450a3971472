package dev.heaplab.core.interp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.heaplab.core.mir.MirProgram;
import dev.heaplab.core.source.SourceFile;
import dev.heaplab.core.types.ProgramDefs;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Every `#[builtin]` declared in the std stubs has a native implementation in the machine. */
class BuiltinStubsTest {
    private static final Pattern IMPL = Pattern.compile("^\\s*impl(?:<[^>]*>)?\\s+(?:[\\w<>&'\\s,:()?]+\\s+for\\s+)?&?(?:'\\w+\\s+)?(?:mut\\s+)?(\\[T\\]|(?:\\w+::)*\\w+)");
    private static final Pattern MOD = Pattern.compile("^\\s*pub mod (\\w+)");
    private static final Pattern BUILTIN = Pattern.compile("#\\[builtin(?:\\s*=\\s*\"([^\"]+)\")?\\]\\s*(?:pub\\s+)?fn\\s+(\\w+)");

    /** The keys declared in builtins.rs, computed by the contract's naming rule. */
    static List<String> declaredKeys() throws IOException {
        String text;
        try (InputStream in = BuiltinStubsTest.class.getResourceAsStream("/dev/heaplab/std/builtins.rs")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<String> keys = new ArrayList<>();
        String owner = null;
        for (String line : text.split("\n")) {
            Matcher im = IMPL.matcher(line);
            if (im.find()) {
                String name = im.group(1);
                owner = name.equals("[T]") ? "slice" : name.substring(name.lastIndexOf(':') + 1);
            }
            Matcher mm = MOD.matcher(line);
            if (mm.find()) owner = mm.group(1);
            Matcher bm = BUILTIN.matcher(line);
            if (bm.find()) keys.add(bm.group(1) != null ? bm.group(1) : owner + "::" + bm.group(2));
        }
        return keys;
    }

    @Test
    void everyDeclaredBuiltinIsImplemented() throws IOException {
        List<String> keys = declaredKeys();
        assertThat(keys).hasSizeGreaterThan(200).contains("String::push_str", "slice::len", "mem::swap", "i32::pow",
                "Vec::index_range", "char::is_alphabetic");
        ProgramDefs defs = new ProgramDefs();
        Interp m = new Interp(new MirProgram(new SourceFile("x.rs", ""), defs, Map.of(), null), Limits.DEFAULT,
                new ProgramOutput() {
                    @Override public void stdout(String text) { }

                    @Override public void stderr(String text) { }
                }, List.of(), false);
        List<String> missing = keys.stream().filter(k -> !m.builtins.has(k)).toList();
        assertThat(missing).isEmpty();
        assertThat(m.builtins.has("Vec::no_such_method")).isFalse();
    }
}
