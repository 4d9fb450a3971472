package dev.heaplab.core.diag;

import static org.assertj.core.api.Assertions.assertThat;

import dev.heaplab.core.Driver;
import dev.heaplab.core.source.SourceFile;
import org.junit.jupiter.api.Test;

class FrenchTest {
    @Test
    void translatesMessagesKeepingNamesAndTypes() {
        assertThat(French.text("borrow of moved value: `s`")).isEqualTo("emprunt d'une valeur déplacée : `s`");
        assertThat(French.text("move occurs because `v` has type `Vec<i32>`, which does not implement the `Copy` trait"))
                .isEqualTo("le déplacement a lieu car `v` est de type `Vec<i32>`, qui n'implémente pas le trait `Copy`");
        assertThat(French.text("cannot borrow `v` as mutable more than once at a time"))
                .isEqualTo("impossible d'emprunter `v` en mutable plus d'une fois à la fois");
        assertThat(French.text("a message without a translation")).isEqualTo("a message without a translation");
    }

    @Test
    void rendersAWholeRejectionInFrenchWithTheSameCodeAndLocation() {
        SourceFile f = new SourceFile("fr.rs", "fn main() {\n    let s = String::from(\"salut\");\n    let t = s;\n    println!(\"{s} {t}\");\n}\n");
        Driver.Compiled c = Driver.compile(f);
        String fr = HumanEmitter.forFile(f, true).renderAll(c.diagnostics());
        String en = HumanEmitter.forFile(f).renderAll(c.diagnostics());
        assertThat(en).startsWith("error[E0382]: borrow of moved value: `s`\n --> fr.rs:4:16\n");
        assertThat(fr).startsWith("erreur[E0382]: emprunt d'une valeur déplacée : `s`\n --> fr.rs:4:16\n")
                .contains("valeur déplacée ici", "valeur empruntée ici après son déplacement",
                        "erreur : abandon à cause de l'erreur précédente", "heaplab explain E0382 --lang fr");
    }
}
