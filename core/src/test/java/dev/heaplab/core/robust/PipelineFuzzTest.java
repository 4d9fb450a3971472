package dev.heaplab.core.robust;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.heaplab.core.Driver;
import dev.heaplab.core.diag.Diagnostic;
import dev.heaplab.core.diag.Diagnostics;
import dev.heaplab.core.source.SourceFile;
import dev.heaplab.core.syntax.Parser;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Tag;

/**
 * Jazzer fuzz targets (tag `fuzz`, run with {@code -Dheaplab.fuzz.skip=false}; {@code JAZZER_FUZZ=1}
 * switches from replaying the seeds to fuzzing). The lexer and parser get raw text; the checker gets
 * corpus programs mutated at positions the fuzzer chooses. Neither may throw or report an internal fault.
 */
@Tag("fuzz")
class PipelineFuzzTest {
    private static final List<Corpus.Program> CORPUS = Corpus.all();

    @FuzzTest(maxDuration = "30s")
    void lexerAndParserNeverFail(FuzzedDataProvider data) {
        SourceFile file = new SourceFile("fuzz.rs", data.consumeRemainingAsString());
        Diagnostics diags = new Diagnostics();
        Parser.parse(file, diags);
        for (Diagnostic d : diags.all()) {
            assertThat(d.kind()).as(d.message()).isNotEqualTo(Diagnostic.Kind.INTERNAL);
            d.labels().forEach(l ->
                    assertThat(l.span().hi()).isBetween(l.span().lo(), file.endPos()));
        }
    }

    @FuzzTest(maxDuration = "60s")
    void checkerNeverFailsOnMutatedPrograms(FuzzedDataProvider data) {
        Corpus.Program p = CORPUS.get(data.consumeInt(0, CORPUS.size() - 1));
        String text = p.text();
        int mutations = data.consumeInt(0, 3);
        for (int i = 0; i < mutations; i++) text = Mutator.mutateOnce(text, new Random(data.consumeLong()));
        if (data.consumeBoolean()) text = text + data.consumeString(40);
        Driver.Compiled c = Driver.compile(new SourceFile("fuzz.rs", text));
        for (Diagnostic d : c.diagnostics()) {
            assertThat(d.kind()).as("%s\n---\n%s", d.message(), text).isNotEqualTo(Diagnostic.Kind.INTERNAL);
        }
    }
}
