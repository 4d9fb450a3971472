package dev.heaplab.core.typeck;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The std stubs type-check with an empty user program. */
class PreludeTest {
    @Test
    void preludeChecksCleanly() {
        Checked c = Checked.of("fn main() {}\n");
        assertThat(c.describe()).isEmpty();
        assertThat(c.program()).isNotNull();
        assertThat(c.program().main()).isNotNull();
    }
}
