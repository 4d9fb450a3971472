package dev.heaplab.core.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SimilarNameTest {
    @Test
    void distanceCountsTranspositionsAsOneEdit() {
        assertThat(SimilarName.distance("cuont", "count", 5)).isEqualTo(1);
        assertThat(SimilarName.distance("totl_sum", "total_sum", 5)).isEqualTo(1);
        assertThat(SimilarName.distance("kitten", "sitting", 5)).isEqualTo(3);
        assertThat(SimilarName.distance("kitten", "sitting", 2)).isEqualTo(-1);
        assertThat(SimilarName.distance("", "abc", 5)).isEqualTo(3);
    }

    @Test
    void theLimitIsAThirdOfTheName() {
        // "z" allows one edit: "x" and "y" both qualify, the first wins
        assertThat(SimilarName.best(List.of("x", "y"), "z")).isEqualTo("x");
        assertThat(SimilarName.best(List.of("value"), "v")).isNull();
        assertThat(SimilarName.best(List.of("height", "width"), "hieght")).isEqualTo("height");
    }

    @Test
    void caseAndWordOrderMatchesComeFirstAndLast() {
        assertThat(SimilarName.best(List.of("counter", "COUNT"), "count")).isEqualTo("COUNT");
        assertThat(SimilarName.best(List.of("price_total"), "total_price")).isEqualTo("price_total");
        assertThat(SimilarName.best(List.of("alpha", "beta"), "omega")).isNull();
    }

    @Test
    void seriesShowsFiveNamesOrSixWhenThereAreSix() {
        assertThat(SimilarName.series(List.of("a", "b"))).isEqualTo("`a`, `b`");
        assertThat(SimilarName.series(List.of("a", "b", "c", "d", "e", "f"))).isEqualTo("`a`, `b`, `c`, `d`, `e`, `f`");
        assertThat(SimilarName.series(List.of("a", "b", "c", "d", "e", "f", "g"))).isEqualTo("`a`, `b`, `c`, `d`, `e` ... and 2 others");
    }
}
