package dev.heaplab.core.diag;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * French versions of heaplab's diagnostics (`--lang fr`): a table from the English wording (with
 * the backquoted names and types as groups) to the French one, applied to the message, labels,
 * notes and helps. Messages without an entry stay in English; error codes and snippets never change.
 */
public final class French {
    private French() {}

    private record Rule(Pattern english, String french) {}

    private static final List<Rule> RULES = new ArrayList<>();

    private static void rule(String englishRegex, String french) {
        RULES.add(new Rule(Pattern.compile("^" + englishRegex + "$"), french));
    }

    static {
        // Moves and initialisation.
        rule("borrow of moved value: `(.+)`", "emprunt d'une valeur déplacée : `$1`");
        rule("use of moved value: `(.+)`", "utilisation d'une valeur déplacée : `$1`");
        rule("borrow of partially moved value: `(.+)`", "emprunt d'une valeur partiellement déplacée : `$1`");
        rule("use of partially moved value: `(.+)`", "utilisation d'une valeur partiellement déplacée : `$1`");
        rule("value moved here", "valeur déplacée ici");
        rule("value moved here, in previous iteration of loop", "valeur déplacée ici, à l'itération précédente de la boucle");
        rule("value partially moved here", "valeur partiellement déplacée ici");
        rule("value borrowed here after move", "valeur empruntée ici après son déplacement");
        rule("value used here after move", "valeur utilisée ici après son déplacement");
        rule("value borrowed here after partial move", "valeur empruntée ici après un déplacement partiel");
        rule("value used here after partial move", "valeur utilisée ici après un déplacement partiel");
        rule("move occurs because `(.+)` has type `(.+)`, which does not implement the `Copy` trait",
                "le déplacement a lieu car `$1` est de type `$2`, qui n'implémente pas le trait `Copy`");
        rule("partial move occurs because `(.+)` has type `(.+)`, which does not implement the `Copy` trait",
                "le déplacement partiel a lieu car `$1` est de type `$2`, qui n'implémente pas le trait `Copy`");
        rule("used binding `(.+)` isn't initialized", "la variable `$1` est utilisée sans avoir été initialisée");
        rule("used binding `(.+)` is possibly-uninitialized", "la variable `$1` est utilisée alors qu'elle n'est peut-être pas initialisée");
        rule("partially assigned binding `(.+)` isn't fully initialized", "la variable `$1`, affectée en partie, n'est pas entièrement initialisée");
        rule("binding declared here but left uninitialized", "variable déclarée ici mais laissée non initialisée");
        rule("`(.+)` used here but it isn't initialized", "`$1` est utilisée ici sans être initialisée");
        rule("`(.+)` used here but it is possibly-uninitialized", "`$1` est utilisée ici alors qu'elle n'est peut-être pas initialisée");
        rule("cannot move out of `(.+)` which is behind a shared reference", "impossible de déplacer `$1`, qui est derrière une référence partagée");
        rule("cannot move out of `(.+)` which is behind a mutable reference", "impossible de déplacer `$1`, qui est derrière une référence mutable");
        rule("cannot move out of type `(.+)`, which implements the `Drop` trait", "impossible de déplacer hors du type `$1`, qui implémente le trait `Drop`");
        rule("cannot move out of here", "impossible de déplacer hors d'ici");
        // Loans.
        rule("cannot borrow `(.+)` as mutable more than once at a time", "impossible d'emprunter `$1` en mutable plus d'une fois à la fois");
        rule("first mutable borrow occurs here", "premier emprunt mutable ici");
        rule("second mutable borrow occurs here", "second emprunt mutable ici");
        rule("first borrow later used here", "le premier emprunt est utilisé plus tard ici");
        rule("cannot borrow `(.+)` as mutable because it is also borrowed as immutable",
                "impossible d'emprunter `$1` en mutable car il est aussi emprunté en lecture seule");
        rule("cannot borrow `(.+)` as immutable because it is also borrowed as mutable",
                "impossible d'emprunter `$1` en lecture seule car il est aussi emprunté en mutable");
        rule("immutable borrow occurs here", "emprunt en lecture seule ici");
        rule("mutable borrow occurs here", "emprunt mutable ici");
        rule("immutable borrow later used here", "l'emprunt en lecture seule est utilisé plus tard ici");
        rule("mutable borrow later used here", "l'emprunt mutable est utilisé plus tard ici");
        rule("cannot assign to `(.+)` because it is borrowed", "impossible d'affecter `$1` car il est emprunté");
        rule("`(.+)` is borrowed here", "`$1` est emprunté ici");
        rule("`(.+)` is assigned to here but it was already borrowed", "`$1` est affecté ici alors qu'il était déjà emprunté");
        rule("borrow later used here", "l'emprunt est utilisé plus tard ici");
        rule("cannot move out of `(.+)` because it is borrowed", "impossible de déplacer `$1` car il est emprunté");
        rule("borrow of `(.+)` occurs here", "emprunt de `$1` ici");
        rule("move out of `(.+)` occurs here", "déplacement de `$1` ici");
        rule("binding `(.+)` declared here", "variable `$1` déclarée ici");
        rule("cannot use `(.+)` because it was mutably borrowed", "impossible d'utiliser `$1` car il est emprunté en mutable");
        rule("use of borrowed `(.+)`", "utilisation de `$1` emprunté");
        rule("`(.+)` does not live long enough", "`$1` ne vit pas assez longtemps");
        rule("borrowed value does not live long enough", "la valeur empruntée ne vit pas assez longtemps");
        rule("`(.+)` dropped here while still borrowed", "`$1` est libéré ici alors qu'il est encore emprunté");
        rule("temporary value dropped while borrowed", "valeur temporaire libérée alors qu'elle est encore empruntée");
        rule("creates a temporary value which is freed while still in use", "crée une valeur temporaire, libérée alors qu'elle est encore utilisée");
        rule("temporary value is freed at the end of this statement", "la valeur temporaire est libérée à la fin de cette instruction");
        rule("consider using a `let` binding to create a longer lived value", "nommez la valeur avec `let` pour qu'elle vive plus longtemps");
        rule("cannot return reference to local variable `(.+)`", "impossible de renvoyer une référence vers la variable locale `$1`");
        rule("cannot return value referencing local variable `(.+)`", "impossible de renvoyer une valeur qui référence la variable locale `$1`");
        rule("cannot return reference to function parameter `(.+)`", "impossible de renvoyer une référence vers le paramètre `$1`");
        rule("cannot return reference to temporary value", "impossible de renvoyer une référence vers une valeur temporaire");
        rule("returns a reference to data owned by the current function", "renvoie une référence vers des données possédées par la fonction courante");
        rule("closure may outlive the current function, but it borrows `(.+)`, which is owned by the current function",
                "la fermeture peut survivre à la fonction courante, mais elle emprunte `$1`, qui appartient à la fonction courante");
        rule("lifetime may not live long enough", "la durée de vie n'est peut-être pas assez longue");
        rule("explicit lifetime required in the type of `(.+)`", "durée de vie explicite requise dans le type de `$1`");
        rule("lifetime `(.+)` required", "durée de vie `$1` requise");
        rule("missing lifetime specifier", "durée de vie manquante");
        rule("expected named lifetime parameter", "paramètre de durée de vie nommé attendu");
        // Mutability.
        rule("cannot assign twice to immutable variable `(.+)`", "impossible d'affecter deux fois la variable immuable `$1`");
        rule("cannot assign twice to immutable variable", "impossible d'affecter deux fois une variable immuable");
        rule("first assignment to `(.+)`", "première affectation de `$1`");
        rule("consider making this binding mutable: `(.+)`", "rendez cette variable mutable : `$1`");
        rule("cannot borrow `(.+)` as mutable, as it is not declared as mutable", "impossible d'emprunter `$1` en mutable : il n'est pas déclaré `mut`");
        rule("cannot borrow as mutable", "emprunt mutable impossible");
        rule("consider changing this to be mutable", "déclarez-le avec `mut`");
        rule("cannot assign to `(.+)`, as `(.+)` is not declared as mutable", "impossible d'affecter `$1` : `$2` n'est pas déclaré `mut`");
        rule("cannot assign", "affectation impossible");
        // Patterns and types.
        rule("non-exhaustive patterns: (.+) not covered", "motifs non exhaustifs : $1 non couvert(s)");
        rule("patterns? (.+) not covered", "motif(s) $1 non couvert(s)");
        rule("the matched value is of type `(.+)`", "la valeur filtrée est de type `$1`");
        rule("refutable pattern in local binding", "motif réfutable dans une liaison `let`");
        rule("mismatched types", "types incompatibles");
        rule("cannot assign to data in an index of `(.+)`", "impossible d'affecter une donnée indexée de `$1`");
        rule("cannot borrow data in an index of `(.+)` as mutable", "impossible d'emprunter mutablement une donnée indexée de `$1`");
        rule("trait `IndexMut` is required to modify indexed content, but it is not implemented for `(.+)`",
                "le trait `IndexMut` est nécessaire pour modifier un contenu indexé, mais `$1` ne l'implémente pas");
        rule("cannot explicitly borrow within an implicitly-borrowing pattern", "emprunt explicite interdit dans un motif qui emprunte implicitement");
        rule("cannot mutably bind by value within an implicitly-borrowing pattern", "liaison `mut` par valeur interdite dans un motif qui emprunte implicitement");
        rule("cannot explicitly dereference within an implicitly-borrowing pattern", "déréférencement explicite interdit dans un motif qui emprunte implicitement");
        rule("explicit `(ref|ref mut)` binding modifier not allowed when implicitly borrowing", "modificateur `$1` explicite interdit quand le motif emprunte implicitement");
        rule("`mut` binding modifier not allowed when implicitly borrowing", "modificateur `mut` interdit quand le motif emprunte implicitement");
        rule("reference pattern not allowed when implicitly borrowing", "motif de référence interdit quand le motif emprunte implicitement");
        rule("matching on a reference type with a non-reference pattern implicitly borrows the contents", "filtrer un type référence avec un motif non-référence emprunte implicitement son contenu");
        rule("expected `(.+)`, found `(.+)`", "`$1` attendu, `$2` trouvé");
        rule("cannot find value `(.+)` in this scope", "valeur `$1` introuvable dans cette portée");
        rule("not found in this scope", "introuvable dans cette portée");
        rule("no method named `(.+)` found for (.+) in the current scope", "aucune méthode nommée `$1` pour $2 dans la portée courante");
        rule("method not found in `(.+)`", "méthode introuvable dans `$1`");
        rule("unresolved import `(.+)`", "import introuvable : `$1`");
        rule("variable `(.+)` is not bound in all patterns", "la variable `$1` n'est pas liée dans toutes les alternatives");
        rule("pattern doesn't bind `(.+)`", "ce motif ne lie pas `$1`");
        rule("variable not in all patterns", "variable absente de certaines alternatives");
        rule("first introduced with type `(.+)` here", "introduite d'abord ici avec le type `$1`");
        rule("in the same arm, a binding must have the same type in all alternatives",
                "dans un même bras, une variable doit avoir le même type dans toutes les alternatives");
        rule("no `(.+)` in `(.+)`", "aucun `$1` dans `$2`");
        rule("128-bit integers \\((`.+`)\\)", "entiers sur 128 bits ($1)");
        rule("(`.+`) \\(this part of the standard library is not modelled\\)",
                "$1 (cette partie de la bibliothèque standard n'est pas modélisée)");
    }

    /** The French wording of one English text, or the text itself when the table has no entry. */
    public static String text(String english) {
        for (Rule r : RULES) {
            Matcher m = r.english().matcher(english);
            if (m.matches()) return m.replaceAll(r.french());
        }
        return english;
    }

    /** A diagnostic with its texts in French. */
    public static Diagnostic translate(Diagnostic d) {
        List<Label> labels = new ArrayList<>();
        for (Label l : d.labels()) labels.add(new Label(l.span(), text(l.message()), l.primary()));
        return new Diagnostic(d.kind(), d.severity(), d.code(), text(d.message()), labels,
                d.notes().stream().map(French::text).toList(), d.helps().stream().map(French::text).toList(),
                d.suggestions());
    }

    public static List<Diagnostic> translate(List<Diagnostic> ds) { return ds.stream().map(French::translate).toList(); }
}
