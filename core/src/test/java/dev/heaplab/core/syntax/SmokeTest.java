package dev.heaplab.core.syntax;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class SmokeTest {
    @Test
    void sampleParsesAndRoundTrips() throws Exception {
        String src = Files.readString(Path.of("src/test/resources/syntax/sample1.rs"));
        var r = ParseFixtures.parse(src);
        System.out.println(r.errors());
        String printed = AstPrinter.print(r.crate());
        System.out.println(printed);
        assertThat(r.errors()).isEmpty();
        var r2 = ParseFixtures.parse(printed);
        assertThat(r2.errors()).isEmpty();
        assertThat(AstPrinter.print(r2.crate())).isEqualTo(printed);
    }
}
