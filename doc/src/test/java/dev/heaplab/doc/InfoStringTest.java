package dev.heaplab.doc;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class InfoStringTest {
    @Test
    void emptyAndRustAreRust() {
        assertThat(InfoString.parse("").rust()).isTrue();
        assertThat(InfoString.parse(null).rust()).isTrue();
        assertThat(InfoString.parse("rust").rust()).isTrue();
        assertThat(InfoString.parse("{.rust}").rust()).isTrue();
    }

    @Test
    void otherLanguagesAreNotRust() {
        for (String l : new String[] {"text", "c", "php", "js", "bash", "console", "toml", "sh"}) {
            InfoString i = InfoString.parse(l);
            assertThat(i.rust()).as(l).isFalse();
            assertThat(i.language()).isEqualTo(l);
        }
    }

    @Test
    void rustdocAttributesAndSeparators() {
        InfoString i = InfoString.parse("rust, compile_fail,E0382  edition2024");
        assertThat(i.rust()).isTrue();
        assertThat(i.compileFail()).isTrue();
        assertThat(i.noRun()).as("compile_fail implies no_run, as in rustdoc").isTrue();
        assertThat(i.errorCodes()).containsExactly("E0382");
        assertThat(i.edition()).isEqualTo("2024");
        assertThat(InfoString.parse("should_panic").shouldPanic()).isTrue();
        assertThat(InfoString.parse("should_panic").rust()).isTrue();
        assertThat(InfoString.parse("no_run").noRun()).isTrue();
        assertThat(InfoString.parse("ignore").ignore()).isTrue();
        assertThat(InfoString.parse("ignore").rust()).isTrue();
        assertThat(InfoString.parse("rust\tignore").ignore()).isTrue();
    }

    @Test
    void rustdocOrderQuirk() {
        // rustdoc: a Rust tag only counts when no unknown tag came before it.
        assertThat(InfoString.parse("should_panic,text").rust()).isTrue();
        assertThat(InfoString.parse("text,should_panic").rust()).isFalse();
        assertThat(InfoString.parse("rust,foo").rust()).isTrue();
        assertThat(InfoString.parse("foo").unknown()).containsExactly("foo");
        assertThat(InfoString.parse("custom").rust()).isFalse();
    }

    @Test
    void heaplabAttributesCountAsUnknownTagsLikeRustdocDoes() {
        InfoString i = InfoString.parse("rust,heaplab-trace,heaplab-stats");
        assertThat(i.heaplabTrace()).isTrue();
        assertThat(i.heaplabStats()).isTrue();
        assertThat(i.rust()).isTrue();
        assertThat(i.heaplabOnNonRust()).isFalse();
        assertThat(InfoString.parse("should_panic,heaplab-skip").rust()).isTrue();
        // rustdoc 1.95 does not test ```heaplab-trace alone: neither does heaplab, and the report warns.
        assertThat(InfoString.parse("heaplab-skip").rust()).isFalse();
        assertThat(InfoString.parse("heaplab-trace").heaplabOnNonRust()).isTrue();
        assertThat(InfoString.parse("text,heaplab-stats").rust()).isFalse();
    }
}
