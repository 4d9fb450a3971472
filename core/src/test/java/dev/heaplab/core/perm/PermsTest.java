package dev.heaplab.core.perm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The permission lattice: the powerset of {R, W, O}, checked exhaustively over its 8 elements. */
class PermsTest {
    private static List<Perms> all() {
        List<Perms> out = new ArrayList<>();
        for (int i = 0; i < 8; i++) out.add(new Perms((i & 1) != 0, (i & 2) != 0, (i & 4) != 0));
        return out;
    }

    @Test void textRoundTripsAndReadsLikeTheBook() {
        for (Perms p : all()) assertThat(Perms.parse(p.text())).isEqualTo(p);
        assertThat(Perms.ALL.text()).isEqualTo("RWO");
        assertThat(Perms.RO.text()).isEqualTo("R-O");
        assertThat(Perms.NONE.text()).isEqualTo("---");
    }

    @Test void latticeLaws() {
        for (Perms a : all()) {
            assertThat(a.and(Perms.ALL)).isEqualTo(a);
            assertThat(a.or(Perms.NONE)).isEqualTo(a);
            assertThat(a.minus(a)).isEqualTo(Perms.NONE);
            assertThat(a.minus(Perms.NONE)).isEqualTo(a);
            for (Perms b : all()) {
                assertThat(a.and(b)).isEqualTo(b.and(a));
                assertThat(a.or(b)).isEqualTo(b.or(a));
                // covers is the lattice order: a ≥ b iff a ∧ b = b
                assertThat(a.covers(b)).isEqualTo(a.and(b).equals(b));
                // removing never adds, and what is removed plus what is left is what there was
                assertThat(a.covers(a.minus(b))).isTrue();
                assertThat(a.minus(b).or(a.and(b))).isEqualTo(a);
                assertThat(a.minus(b).and(b)).isEqualTo(Perms.NONE);
                for (Perms c : all()) assertThat(a.minus(b).minus(c)).isEqualTo(a.minus(b.or(c)));
            }
        }
    }

    @Test void theBookRules() {
        // A shared loan removes W and O; a mutable one removes everything; a move removes everything.
        assertThat(Perms.ALL.minus(Perms.WO)).isEqualTo(Perms.R);
        assertThat(Perms.RO.minus(Perms.WO)).isEqualTo(Perms.R);
        assertThat(Perms.ALL.minus(Perms.ALL)).isEqualTo(Perms.NONE);
        // Reading needs R, writing W, moving R and O.
        assertThat(Perms.R.covers(Perms.R)).isTrue();
        assertThat(Perms.R.covers(Perms.W)).isFalse();
        assertThat(Perms.RW.covers(Perms.RO)).isFalse();
        for (Perm p : Perm.values()) assertThat(Perms.of(p).has(p)).isTrue();
    }
}
