package dev.heaplab.core.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.heaplab.core.resolve.ImportCandidates.Candidate;
import dev.heaplab.core.resolve.ImportCandidates.Want;
import java.util.List;
import org.junit.jupiter.api.Test;

class ImportCandidatesTest {
    @Test
    void aReExportedItemIsOneCandidateUnderItsShortestPath() {
        assertThat(ImportCandidates.of("HashMap", Want.TYPE)).containsExactly(new Candidate("struct", "std::collections::HashMap"));
    }

    @Test
    void candidatesAreFilteredByWhatTheNameWasLookedUpAs() {
        assertThat(ImportCandidates.of("Display", Want.TRAIT)).containsExactly(new Candidate("trait", "std::fmt::Display"));
        assertThat(ImportCandidates.of("Display", Want.TYPE)).extracting(Candidate::path)
                .containsExactly("std::ffi::os_str::Display", "std::fmt::Display", "std::path::Display");
        assertThat(ImportCandidates.of("thread", Want.PATH_PREFIX)).containsExactly(new Candidate("module", "std::thread"));
        assertThat(ImportCandidates.of("thread", Want.TYPE)).isEmpty();
        assertThat(ImportCandidates.of("swap", Want.VALUE)).extracting(Candidate::path).containsExactly("std::mem::swap", "std::ptr::swap");
    }

    @Test
    void unstableItemsAndCapitalisedValuesAreNotOffered() {
        assertThat(ImportCandidates.of("minmax", Want.VALUE)).isEmpty();
        // a unit struct or an enum variant may answer a capitalised value: the table does not list variants
        assertThat(ImportCandidates.of("Error", Want.VALUE)).isEmpty();
        assertThat(ImportCandidates.of("PI", Want.VALUE)).hasSize(2);
    }

    @Test
    void theHelpNamesTheKindOrItems() {
        assertThat(ImportCandidates.helpMessage(List.of(new Candidate("struct", "a")))).isEqualTo("consider importing this struct");
        assertThat(ImportCandidates.helpMessage(List.of(new Candidate("enum", "a"), new Candidate("enum", "b"))))
                .isEqualTo("consider importing one of these enums");
        assertThat(ImportCandidates.helpMessage(List.of(new Candidate("struct", "a"), new Candidate("trait", "b"))))
                .isEqualTo("consider importing one of these items");
    }
}
