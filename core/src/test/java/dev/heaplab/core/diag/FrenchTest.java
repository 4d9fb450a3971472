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
    void translatesTheTypeCheckersMessagesWithoutEnglishWordsInside() {
        assertThat(French.text("struct takes 1 generic argument but 2 generic arguments were supplied"))
                .isEqualTo("1 argument(s) générique(s) attendu(s), 2 fourni(s)");
        assertThat(French.text("this method takes 0 arguments but 1 argument was supplied"))
                .isEqualTo("cette méthode prend 0 argument(s), mais 1 argument(s) fourni(s)");
        assertThat(French.text("expected tuple struct or tuple variant, found unit variant `Light::Red`"))
                .isEqualTo("structure tuple ou variante tuple attendue, `Light::Red` trouvé");
        assertThat(French.text("the `?` operator can only be used on `Result`s, not `Option`s, in a method that returns `Result`"))
                .isEqualTo("l'opérateur `?` ne s'applique qu'à des `Result`, pas à des `Option`, dans une méthode qui renvoie `Result`");
        assertThat(French.text("use `.ok_or(...)?` to provide an error compatible with `Result<i32, String>`"))
                .isEqualTo("utilisez `.ok_or(...)?` pour fournir une erreur compatible avec `Result<i32, String>`");
        assertThat(French.text("`break` with value from a `for` loop")).isEqualTo("`break` avec une valeur dans une boucle `for`");
        assertThat(French.text("expected `&str`, found integer")).isEqualTo("`&str` attendu, entier trouvé");
        assertThat(French.text("`match` arms have incompatible types")).isEqualTo("les bras du `match` ont des types incompatibles");
        assertThat(French.text("you can convert a `usize` to a `u32` and panic if the converted value doesn't fit"))
                .isEqualTo("vous pouvez convertir `usize` en `u32`, avec une panique si la valeur ne tient pas");
        assertThat(French.text("cannot find `HashMap` in `iter`")).isEqualTo("`HashMap` introuvable dans `iter`");
        assertThat(French.text("cannot find type `Nope` in module `std::iter`")).isEqualTo("type `Nope` introuvable dans le module `std::iter`");
        assertThat(French.text("cannot find module or crate `maths` in this scope")).isEqualTo("module ou crate `maths` introuvable dans cette portée");
        assertThat(French.text("expected enum `Option<i32>`\n   found type `{integer}`"))
                .isEqualTo("attendu : enum `Option<i32>`\n    trouvé : type `{integer}`");
    }

    @Test
    void translatesPrivacyErrors() {
        assertThat(French.text("function `hidden` is private")).isEqualTo("la fonction `hidden` est privée");
        assertThat(French.text("private tuple struct constructor")).isEqualTo("constructeur de structure tuple privé");
        assertThat(French.text("the module `inner` is defined here")).isEqualTo("le module `inner` est défini ici");
        assertThat(French.text("struct import `HashMap` is private")).isEqualTo("l'import de structure `HashMap` est privé");
        assertThat(French.text("fields `b` and `c` of struct `P` are private")).isEqualTo("les champs `b` et `c` de la structure `P` sont privés");
        assertThat(French.text("method `secret` is private")).isEqualTo("la méthode `secret` est privée");
        assertThat(French.text("private associated function defined here")).isEqualTo("fonction associée privée définie ici");
        assertThat(French.text("cannot assign to `*x`, as it is immutable for the pattern guard"))
                .isEqualTo("impossible d'affecter `*x` : il est immuable dans la garde du motif");
    }

    @Test
    void suggestionsAreTranslatedAndKeepTheirEdit() {
        SourceFile f = new SourceFile("imm.rs", "fn main() {\n    let total = 0;\n    total += 1;\n    println!(\"{}\", total);\n}\n");
        Driver.Compiled c = Driver.compile(f);
        String en = HumanEmitter.forFile(f).renderAll(c.diagnostics());
        assertThat(en).contains("help: consider making this binding mutable\n", "    let mut total = 0;\n  |         +++\n");
        String fr = HumanEmitter.forFile(f).renderAll(French.translate(c.diagnostics()));
        assertThat(fr).contains("help: rendez cette variable mutable\n", "    let mut total = 0;\n").doesNotContain("consider");
    }

    @Test
    void unsupportedFollowsTheLanguageAndKeepsItsEnglishText() {
        assertThat(French.text("unsupported: this `for` loop")).isEqualTo("non pris en charge : cette boucle `for`");
        assertThat(French.text("unsupported: `std::env::args` (this part of the standard library is not modelled)"))
                .isEqualTo("non pris en charge : `std::env::args` (cette partie de la bibliothèque standard n'est pas modélisée)");
        assertThat(French.text("unsupported: a phrase without a French wording"))
                .isEqualTo("non pris en charge : a phrase without a French wording");
        SourceFile f = new SourceFile("mac.rs", "macro_rules! sq { ($x:expr) => { $x * $x }; }\nfn main() {\n    println!(\"{}\", sq!(3));\n}\n");
        Driver.Compiled c = Driver.compile(f);
        assertThat(HumanEmitter.forFile(f).renderAll(c.diagnostics())).startsWith("error: unsupported: `macro_rules!`\n");
        assertThat(HumanEmitter.forFile(f, true).renderAll(c.diagnostics()))
                .startsWith("erreur: non pris en charge : `macro_rules!`\n");
    }

    /** Every fixed phrase the sources refuse with (`unsupported(span, "...")`) has a French wording. */
    @Test
    void everyLiteralUnsupportedPhraseHasAFrenchWording() throws java.io.IOException {
        java.util.regex.Pattern call = java.util.regex.Pattern.compile("unsupported\\([^,;]*,\\s*\"((?:[^\"\\\\]|\\\\.)*)\"\\)");
        java.util.List<String> untranslated = new java.util.ArrayList<>();
        int seen = 0;
        java.nio.file.Path src = java.nio.file.Path.of("src/main/java");
        try (var files = java.nio.file.Files.walk(src)) {
            for (java.nio.file.Path p : files.filter(x -> x.toString().endsWith(".java")).toList()) {
                var m = call.matcher(java.nio.file.Files.readString(p));
                while (m.find()) {
                    String what = m.group(1).replace("\\\"", "\"");
                    seen++;
                    boolean onlyCode = what.replaceAll("`[^`]*`", "").isBlank();
                    if (!onlyCode && French.text("unsupported: " + what).equals("non pris en charge : " + what)) untranslated.add(what);
                }
            }
        }
        assertThat(seen).as("phrases found in the sources").isGreaterThan(30);
        assertThat(untranslated).isEmpty();
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
