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
    private static final String UNSUPPORTED = "unsupported: ";

    private static void rule(String englishRegex, String french) {
        RULES.add(new Rule(Pattern.compile("^" + englishRegex + "$"), french));
    }

    static {
        privacyRules();
        // Moves and initialisation.
        rule("borrow of moved value: `(.+)`", "emprunt d'une valeur déplacée : `$1`");
        rule("use of moved value: `(.+)`", "utilisation d'une valeur déplacée : `$1`");
        rule("cannot move out of `(.+)` in pattern guard", "impossible de déplacer `$1` dans la garde d'un motif");
        rule("variables bound in patterns cannot be moved from until after the end of the pattern guard",
                "une variable liée par un motif ne peut être déplacée qu'après la fin de la garde du motif");
        rule("borrow of partially moved value: `(.+)`", "emprunt d'une valeur partiellement déplacée : `$1`");
        rule("use of partially moved value: `(.+)`", "utilisation d'une valeur partiellement déplacée : `$1`");
        rule("value moved here", "valeur déplacée ici");
        rule("value moved here, in previous iteration of loop", "valeur déplacée ici, à l'itération précédente de la boucle");
        rule("`(.+)` moved due to this method call", "`$1` déplacé par cet appel de méthode");
        rule("`(.+)` moved due to this method call, in previous iteration of loop",
                "`$1` déplacé par cet appel de méthode, à l'itération précédente de la boucle");
        rule("`(.+)` moved due to this implicit call to `.into_iter\\(\\)`", "`$1` déplacé par l'appel implicite à `.into_iter()`");
        rule("`(.+)` moved due to this implicit call to `.into_iter\\(\\)`, in previous iteration of loop",
                "`$1` déplacé par l'appel implicite à `.into_iter()`, à l'itération précédente de la boucle");
        // Captures: a closure's head and the use in its body that captured (rustc's "in closure" labels).
        rule("value moved into closure here", "valeur déplacée dans la fermeture ici");
        rule("value moved into closure here, in previous iteration of loop",
                "valeur déplacée dans la fermeture ici, à l'itération précédente de la boucle");
        rule("value partially moved into closure here", "valeur partiellement déplacée dans la fermeture ici");
        rule("variable moved due to use in closure", "variable déplacée par son utilisation dans la fermeture");
        rule("variable moved due to use in closure, in previous iteration of loop",
                "variable déplacée par son utilisation dans la fermeture, à l'itération précédente de la boucle");
        rule("variable partially moved due to use in closure", "variable partiellement déplacée par son utilisation dans la fermeture");
        rule("move occurs due to use in closure", "déplacement dû à son utilisation dans la fermeture");
        rule("borrow occurs due to use in closure", "emprunt dû à son utilisation dans la fermeture");
        rule("first borrow occurs due to use of `(.+)` in closure", "premier emprunt dû à l'utilisation de `$1` dans la fermeture");
        rule("second borrow occurs due to use of `(.+)` in closure", "second emprunt dû à l'utilisation de `$1` dans la fermeture");
        rule("capture is mutable because of use here", "capture mutable à cause de cette utilisation");
        rule("capture is immutable because of use here", "capture en lecture seule à cause de cette utilisation");
        rule("capture is moved because of use here", "capture par déplacement à cause de cette utilisation");
        rule("consider cloning the value if the performance cost is acceptable", "clonez la valeur, si le coût d'une copie est acceptable");
        rule("clone the value to increment its reference count", "clonez la valeur pour incrémenter son compteur de références");
        rule("consider borrowing here", "empruntez ici plutôt");
        rule("borrow this binding in the pattern to avoid moving the value",
                "empruntez cette variable dans le motif (`ref`) pour ne pas déplacer la valeur");
        rule("inside of this loop", "dans cette boucle");
        rule("consider changing this parameter type in (function|method) `(.+)` to borrow instead if owning the value isn't necessary",
                "si posséder la valeur n'est pas nécessaire, changez le type de ce paramètre de `$2` en un emprunt");
        rule("this parameter takes ownership of the value", "ce paramètre prend possession de la valeur");
        rule("in this function", "dans cette fonction");
        rule("in this method", "dans cette méthode");
        rule("`(.+)` takes ownership of the receiver `self`, which moves `(.+)`",
                "`$1` prend possession de son receveur `self`, ce qui déplace `$2`");
        rule("consider removing the dereference here", "retirez le déréférencement ici");
        rule("data moved here", "donnée déplacée ici");
        rule("calling `(.+)` requires mutable binding due to mutable borrow of `(.+)`",
                "appeler `$1` exige une liaison mutable, à cause de l'emprunt mutable de `$2`");
        rule("dereference of raw pointer is unsafe and requires unsafe block",
                "déréférencer un pointeur brut n'est pas sûr et exige un bloc `unsafe`");
        rule("dereference of raw pointer", "déréférencement d'un pointeur brut");
        rule("raw pointers may be null, dangling or unaligned; they can violate aliasing rules and cause data races: all of these are undefined behavior",
                "un pointeur brut peut être nul, pendant ou mal aligné ; il peut enfreindre les règles d'alias et provoquer des courses de données : tout cela est un comportement indéfini");
        rule("ordering raw pointers \\(`(.+)`\\): the machine's addresses are not rustc's",
                "comparer l'ordre de pointeurs bruts (`$1`) : les adresses de la machine ne sont pas celles de rustc");
        rule("explicit use of destructor method", "appel explicite de la méthode destructrice");
        rule("explicit destructor calls not allowed", "les appels explicites au destructeur sont interdits");
        rule("consider using `drop` function", "utilisez plutôt la fonction `drop`");
        rule("can't capture dynamic environment in a fn item", "impossible de capturer l'environnement dynamique dans un élément `fn`");
        rule("use the `\\|\\| \\{ \\.\\.\\. \\}` closure form instead", "utilisez plutôt la forme fermeture `|| { ... }`");
        rule("can't use generic parameters from outer item", "impossible d'utiliser les paramètres génériques d'un élément englobant");
        rule("type parameter from outer item", "paramètre de type de l'élément englobant");
        rule("use of generic parameter from outer item", "utilisation d'un paramètre générique de l'élément englobant");
        rule("generic parameter used in this inner function", "paramètre générique utilisé dans cette fonction intérieure");
        rule("generic parameter used in this inner struct", "paramètre générique utilisé dans cette structure intérieure");
        rule("generic parameter used in this inner enum", "paramètre générique utilisé dans cette énumération intérieure");
        rule("nested items are independent from their parent item for everything except for privacy and name resolution",
                "un élément imbriqué est indépendant de son parent, sauf pour la visibilité et la résolution des noms");
        rule("try introducing a local generic parameter here", "déclarez ici un paramètre générique qui lui soit propre");
        rule("attempt to use a non-constant value in a constant", "valeur non constante utilisée dans une constante");
        rule("generic parameters may not be used in const operations", "les paramètres génériques ne peuvent pas servir dans une opération constante");
        rule("cannot perform const operation using `(.+)`", "impossible de faire une opération constante avec `$1`");
        rule("type parameters may not be used in const expressions", "les paramètres de type ne peuvent pas servir dans une expression constante");
        rule("constant expression depends on a generic parameter", "l'expression constante dépend d'un paramètre générique");
        rule("this may fail depending on what value the parameter takes", "elle peut échouer selon la valeur que prend le paramètre");
        rule("attempt to compute the remainder of `(.+)`, which would overflow", "tentative de calculer le reste de `$1`, qui déborderait");
        rule("attempt to compute `(.+)`, which would overflow", "tentative de calculer `$1`, qui déborderait");
        rule("attempt to divide `(.+)` by zero", "tentative de diviser `$1` par zéro");
        rule("attempt to calculate the remainder of `(.+)` with a divisor of zero", "tentative de calculer le reste de `$1` par un diviseur nul");
        rule("attempt to negate `(.+)`, which would overflow", "tentative de calculer l'opposé de `$1`, qui déborderait");
        rule("attempt to shift left by `(.+)`, which would overflow", "tentative de décaler à gauche de `$1`, qui déborderait");
        rule("attempt to shift right by `(.+)`, which would overflow", "tentative de décaler à droite de `$1`, qui déborderait");
        rule("evaluation of `(.+)` failed here", "l'évaluation de `$1` a échoué ici");
        rule("evaluation of `(.+)` failed inside this call", "l'évaluation de `$1` a échoué dans cet appel");
        rule("inside `(.+)`", "dans `$1`");
        rule("the failure occurred here", "l'échec a eu lieu ici");
        rule("non-constant value", "valeur non constante");
        rule("try adding a local storing this argument\\.\\.\\.", "ajoutez une variable locale qui stocke cet argument...");
        rule("\\.\\.\\.and then using that local as the argument to this call", "... puis passez cette variable en argument à cet appel");
        rule("consider using `let` instead of `(const|static)`", "utilisez plutôt `let` au lieu de `$1`");
        rule("consider using `const` instead of `let`", "utilisez plutôt `const` au lieu de `let`");
        rule("use `.split_at_mut\\(position\\)` to obtain two mutable non-overlapping sub-slices",
                "utilisez `.split_at_mut(position)` pour obtenir deux sous-tranches mutables disjointes");
        rule("required by a bound in `(.+)`", "exigé par une borne de `$1`");
        rule("required by this bound in `(.+)`", "exigé par cette borne de `$1`");
        rule("required by a bound in this struct", "exigé par une borne de cette structure");
        rule("required by a bound in this enum", "exigé par une borne de cette énumération");
        rule("a bound of `(.+)` that heaplab cannot decide for `(.+)`", "une borne de `$1` que heaplab ne sait pas décider pour `$2`");
        rule("\\.\\.\\.and here", "...et ici");
        rule("move occurs because these variables have types that don't implement the `Copy` trait",
                "le déplacement a lieu car ces variables ont des types qui n'implémentent pas le trait `Copy`");
        rule("cannot move out of `(.+)` as enum variant `(.+)` which is behind a shared reference",
                "impossible de déplacer hors de `$1` (variante `$2`), qui est derrière une référence partagée");
        rule("cannot move out of `(.+)` as enum variant `(.+)` which is behind a mutable reference",
                "impossible de déplacer hors de `$1` (variante `$2`), qui est derrière une référence mutable");
        rule("you can `clone` the value and consume it, but this might not be your desired behavior",
                "vous pouvez cloner la valeur (`clone`) et consommer la copie, mais ce n'est peut-être pas ce que vous voulez");
        rule("consider iterating over a slice of the `(.+)`'s content to avoid moving into the `for` loop",
                "itérez sur une tranche du contenu de `$1` pour ne pas le déplacer dans la boucle `for`");
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
        rule("cannot move out of index of `(.+)`", "impossible de déplacer un élément hors d'un index de `$1`");
        rule("cannot move out of a shared reference", "impossible de déplacer hors d'une référence partagée");
        rule("cannot move out of a mutable reference", "impossible de déplacer hors d'une référence mutable");
        // Loans.
        rule("cannot borrow `(.+)` as mutable more than once at a time", "impossible d'emprunter `$1` en mutable plus d'une fois à la fois");
        rule("first mutable borrow occurs here", "premier emprunt mutable ici");
        rule("second mutable borrow occurs here", "second emprunt mutable ici");
        rule("first borrow later used here", "le premier emprunt est utilisé plus tard ici");
        rule("cannot borrow `(.+)` as mutable because previous closure requires unique access",
                "impossible d'emprunter `$1` en mutable car une closure précédente exige un accès unique");
        rule("cannot borrow `(.+)` as immutable because previous closure requires unique access",
                "impossible d'emprunter `$1` en lecture seule car une closure précédente exige un accès unique");
        rule("second borrow occurs here", "second emprunt ici");
        rule("closure construction occurs here", "la closure est construite ici");
        rule("first borrow occurs due to use of `(.+)` in closure", "le premier emprunt vient de l'utilisation de `$1` dans la closure");
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
        rule("first borrow later used by call", "le premier emprunt est utilisé plus tard par l'appel");
        rule("immutable borrow later used by call", "l'emprunt en lecture seule est utilisé plus tard par l'appel");
        rule("mutable borrow later used by call", "l'emprunt mutable est utilisé plus tard par l'appel");
        rule("borrow later used by call", "l'emprunt est utilisé plus tard par l'appel");
        rule("cannot move out of `(.+)` because it is borrowed", "impossible de déplacer `$1` car il est emprunté");
        rule("borrow of `(.+)` occurs here", "emprunt de `$1` ici");
        rule("move out of `(.+)` occurs here", "déplacement de `$1` ici");
        rule("binding `(.+)` declared here", "variable `$1` déclarée ici");
        rule("cannot use `(.+)` because it was mutably borrowed", "impossible d'utiliser `$1` car il est emprunté en mutable");
        rule("use of borrowed `(.+)`", "utilisation de `$1` emprunté");
        rule("`(.+)` does not live long enough", "`$1` ne vit pas assez longtemps");
        rule("borrowed value does not live long enough", "la valeur empruntée ne vit pas assez longtemps");
        rule("`(.+)` dropped here while still borrowed", "`$1` est libéré ici alors qu'il est encore emprunté");
        rule("variable `(.+)` declared here", "variable `$1` déclarée ici");
        rule("`(.+)` is a collection that stores borrowed references, but `(.+)` does not live long enough to be stored in it",
                "`$1` est une collection qui stocke des références empruntées, mais `$2` ne vit pas assez longtemps pour y être stocké");
        rule("buffer reuse with borrowed references requires unsafe code or restructuring",
                "réutiliser un tampon de références empruntées demande du code `unsafe` ou une autre organisation du code");
        rule("borrow might be used here, when `(.+)` is dropped", "l'emprunt pourrait être utilisé ici, quand `$1` est libéré");
        rule("temporary value dropped while borrowed", "valeur temporaire libérée alors qu'elle est encore empruntée");
        rule("creates a temporary value which is freed while still in use", "crée une valeur temporaire, libérée alors qu'elle est encore utilisée");
        rule("temporary value is freed at the end of this statement", "la valeur temporaire est libérée à la fin de cette instruction");
        rule("consider using a `let` binding to create a longer lived value", "nommez la valeur avec `let` pour qu'elle vive plus longtemps");
        rule("consider consuming the `(.+)` when turning it into an `Iterator`",
                "consommez le `$1` en le transformant en `Iterator`");
        rule("consider cloning the value before moving it into the closure",
                "clonez la valeur avant de la déplacer dans la fermeture");
        rule("cannot return reference to local variable `(.+)`", "impossible de renvoyer une référence vers la variable locale `$1`");
        rule("cannot return value referencing local variable `(.+)`", "impossible de renvoyer une valeur qui référence la variable locale `$1`");
        rule("cannot return reference to function parameter `(.+)`", "impossible de renvoyer une référence vers le paramètre `$1`");
        rule("cannot return reference to temporary value", "impossible de renvoyer une référence vers une valeur temporaire");
        rule("cannot return value referencing function parameter `(.+)`", "impossible de renvoyer une valeur qui référence le paramètre `$1`");
        rule("cannot return value referencing temporary value", "impossible de renvoyer une valeur qui référence une valeur temporaire");
        rule("returns a value referencing data owned by the current function",
                "renvoie une valeur qui référence des données possédées par la fonction courante");
        rule("temporary value created here", "valeur temporaire créée ici");
        rule("returns a reference to data owned by the current function", "renvoie une référence vers des données possédées par la fonction courante");
        rule("closure may outlive the current function, but it borrows `(.+)`, which is owned by the current function",
                "la fermeture peut survivre à la fonction courante, mais elle emprunte `$1`, qui appartient à la fonction courante");
        rule("lifetime may not live long enough", "la durée de vie n'est peut-être pas assez longue");
        rule("expected trait, found (struct|enum|type alias) `(.+)`", "un trait était attendu, mais `$2` n'en est pas un");
        rule("not a trait", "pas un trait");
        rule("expected value, found module `self`", "une valeur était attendue, mais `self` désigne ici le module");
        rule("`self` value is a keyword only available in methods with a `self` parameter",
                "la valeur `self` n'existe que dans une méthode qui a un paramètre `self`");
        rule("lifetime `(.+)` defined here", "durée de vie `$1` définie ici");
        rule("function was supposed to return data with lifetime `(.+)` but it is returning data with lifetime `(.+)`",
                "la fonction devait renvoyer des données de durée de vie `$1`, mais elle renvoie des données de durée de vie `$2`");
        rule("method was supposed to return data with lifetime `(.+)` but it is returning data with lifetime `(.+)`",
                "la méthode devait renvoyer des données de durée de vie `$1`, mais elle renvoie des données de durée de vie `$2`");
        rule("consider adding the following bound: `(.+)`", "ajoutez la contrainte suivante : `$1`");
        rule("consider changing the trait object's explicit `'static` bound to the lifetime of argument `(.+)`",
                "remplacez la contrainte explicite `'static` de l'objet trait par la durée de vie de l'argument `$1`");
        rule("consider changing `(.+)`'s explicit `'static` bound to the lifetime of argument `(.+)`",
                "remplacez la contrainte explicite `'static` de `$1` par la durée de vie de l'argument `$2`");
        rule("alternatively, add an explicit `'static` bound to this reference", "ou bien donnez explicitement la durée de vie `'static` à cette référence");
        rule("returning this value requires that `(.+)` must outlive `(.+)`", "renvoyer cette valeur exige que `$1` survive à `$2`");
        rule("returning this value requires that the borrow outlives the function's lifetime",
                "renvoyer cette valeur exige que l'emprunt survive à la durée de vie de la fonction");
        rule("`(.+)` and `(.+)` must be the same: replace one with the other", "`$1` et `$2` doivent être identiques : remplacez l'un par l'autre");
        rule("this usage requires that `(.+)` must outlive `'static`", "cet usage exige que `$1` survive à `'static`");
        rule("assignment requires that `(.+)` must outlive `'static`", "cette affectation exige que `$1` survive à `'static`");
        rule("argument requires that `(.+)` must outlive `'static`", "cet argument exige que `$1` survive à `'static`");
        rule("argument requires that `(.+)` must outlive `(.+)`", "cet argument exige que `$1` survive à `$2`");
        rule("this usage requires that `(.+)` is borrowed for `'static`", "cet usage exige que `$1` soit emprunté pour `'static`");
        rule("assignment requires that `(.+)` is borrowed for `'static`", "cette affectation exige que `$1` soit emprunté pour `'static`");
        rule("argument requires that `(.+)` is borrowed for `'static`", "cet argument exige que `$1` soit emprunté pour `'static`");
        rule("value captured here", "valeur capturée ici");
        rule("let's call the lifetime of this reference `(.+)`", "appelons `$1` la durée de vie de cette référence");
        rule("has type `(.+)`", "a le type `$1`");
        rule("`(.+)` escapes the function body here", "`$1` s'échappe du corps de la fonction ici");
        rule("`(.+)` escapes the method body here", "`$1` s'échappe du corps de la méthode ici");
        rule("captured variable cannot escape `FnMut` closure body", "une variable capturée ne peut pas s'échapper du corps d'une fermeture `FnMut`");
        rule("returns a reference to a captured variable which escapes the closure body",
                "renvoie une référence vers une variable capturée, qui s'échappe du corps de la fermeture");
        rule("inferred to be a `FnMut` closure", "inférée comme fermeture `FnMut`");
        rule("variable defined here", "variable définie ici");
        rule("variable captured here", "variable capturée ici");
        rule("`FnMut` closures only have access to their captured variables while they are executing...",
                "une fermeture `FnMut` n'a accès à ses variables capturées que pendant son exécution...");
        rule("...therefore, they cannot allow references to captured variables to escape",
                "...elle ne peut donc pas laisser s'échapper de références vers ses variables capturées");
        rule("lifetime `'1` represents this closure's body", "la durée de vie `'1` représente le corps de cette fermeture");
        rule("return type of closure is (.+)", "le type de retour de la fermeture est $1");
        rule("closure implements `Fn`, so references to captured variables can't escape the closure",
                "la fermeture implémente `Fn` : les références vers ses variables capturées ne peuvent pas en sortir");
        rule("cannot return value referencing local data `(.+)`", "impossible de renvoyer une valeur qui référence la donnée locale `$1`");
        rule("`(.+)` escapes the closure body here", "`$1` s'échappe du corps de la fermeture ici");
        rule("`(.+)` is a reference that is only valid in the function body", "`$1` est une référence valide seulement dans le corps de la fonction");
        rule("`(.+)` is a reference that is only valid in the method body", "`$1` est une référence valide seulement dans le corps de la méthode");
        rule("`(.+)` is a reference that is only valid in the closure body", "`$1` est une référence valide seulement dans le corps de la fermeture");
        rule("explicit lifetime required in the type of `(.+)`", "durée de vie explicite requise dans le type de `$1`");
        rule("lifetime `(.+)` required", "durée de vie `$1` requise");
        rule("add explicit lifetime `(.+)` to the type of `(.+)`", "ajoutez la durée de vie explicite `$1` au type de `$2`");
        rule("missing lifetime specifier", "durée de vie manquante");
        rule("missing lifetime specifiers", "durées de vie manquantes");
        rule("anonymous lifetimes in `impl Trait` are unstable", "les durées de vie anonymes dans `impl Trait` sont instables");
        rule("expected named lifetime parameter", "paramètre de durée de vie nommé attendu");
        rule("this function's return type contains a borrowed value, but there is no value for it to be borrowed from",
                "le type de retour de cette fonction contient une valeur empruntée, mais aucune valeur ne peut être la source de l'emprunt");
        rule("this function's return type contains a borrowed value with an elided lifetime, but the lifetime cannot be derived from the arguments",
                "le type de retour de cette fonction contient une valeur empruntée dont la durée de vie est élidée, mais elle ne peut pas se déduire des arguments");
        rule("this function's return type contains a borrowed value, but the signature does not say which one of (.+)'s (\\d+) lifetimes it is borrowed from",
                "le type de retour de cette fonction contient une valeur empruntée, mais la signature ne dit pas de laquelle des $2 durées de vie de $1 elle est empruntée");
        rule("this function's return type contains a borrowed value, but the signature does not say whether it is borrowed from (.+)",
                "le type de retour de cette fonction contient une valeur empruntée, mais la signature ne dit pas si elle est empruntée à $1");
        rule("consider introducing a named lifetime parameter", "introduisez un paramètre de durée de vie nommé");
        rule("consider introducing a named lifetime parameter and update trait if needed",
                "introduisez un paramètre de durée de vie nommé et mettez le trait à jour si besoin");
        rule("consider reusing a named lifetime parameter and update trait if needed",
                "réutilisez un paramètre de durée de vie nommé et mettez le trait à jour si besoin");
        rule("consider reusing a named lifetime parameter", "réutilisez un paramètre de durée de vie nommé");
        rule("consider using the `(.+)` lifetime", "utilisez la durée de vie `$1`");
        rule("these named lifetimes are available to use", "ces durées de vie nommées sont disponibles");
        rule("missing lifetime in associated type", "durée de vie manquante dans un type associé");
        rule("associated type `(.+)` is declared without lifetime parameters, so using a borrowed type for them requires that lifetime to come from the implemented type",
                "le type associé `$1` est déclaré sans paramètre de durée de vie : y mettre un type emprunté exige que cette durée de vie vienne du type implémenté");
        rule("you can't create an `Iterator` that borrows each `Item` from itself, but you can instead create a new type that borrows your existing type and implement `Iterator` for that new type",
                "un `Iterator` ne peut pas emprunter chaque `Item` à lui-même ; créez plutôt un nouveau type qui emprunte le vôtre et implémentez `Iterator` pour ce nouveau type");
        rule("this lifetime must come from the implemented type", "cette durée de vie doit venir du type implémenté");
        rule("there is a named lifetime specified on the impl block you could use",
                "le bloc impl déclare une durée de vie nommée que vous pourriez utiliser");
        rule("consider using the lifetime from the impl block", "utilisez la durée de vie du bloc impl");
        rule("consider using one of the available lifetimes here", "utilisez ici l'une des durées de vie disponibles");
        rule("consider using the `'static` lifetime, but this is uncommon unless you're returning a borrowed value from a `const` or a `static`",
                "utilisez la durée de vie `'static`, mais c'est rare, sauf pour renvoyer une valeur empruntée à un `const` ou à un `static`");
        rule("consider using the `'static` lifetime, but this is uncommon unless you're returning a borrowed value from a `const` or a `static`, or if you will only have owned values",
                "utilisez la durée de vie `'static`, mais c'est rare, sauf pour renvoyer une valeur empruntée à un `const` ou à un `static`, ou si vous n'aurez que des valeurs possédées");
        rule("instead, you are more likely to want to return an owned value", "plus probablement, renvoyez plutôt une valeur possédée");
        // Mutability.
        rule("cannot assign twice to immutable variable `(.+)`", "impossible d'affecter deux fois la variable immuable `$1`");
        rule("cannot assign twice to immutable variable", "impossible d'affecter deux fois une variable immuable");
        rule("cannot call non-const function `(.+)` in (constants|statics)", "impossible d'appeler la fonction non `const` `$1` dans une constante");
        rule("cannot call non-const formatting macro in (constants|statics)", "impossible d'appeler une macro de formatage non `const` dans une constante");
        rule("cannot call non-const associated function `(.+)` in (constants|statics)", "impossible d'appeler la fonction associée non `const` `$1` dans une constante");
        rule("cannot call non-const method `(.+)` in (constants|statics)", "impossible d'appeler la méthode non `const` `$1` dans une constante");
        rule("calls in (constants|statics) are limited to constant functions, tuple structs and tuple variants",
                "une constante ne peut appeler que des fonctions `const`, des structures tuples et des variants tuples");
        rule("cannot call conditionally-const method `(.+)` in constant functions", "impossible d'appeler la méthode conditionnellement `const` `$1` dans une fonction `const`");
        rule("`(.+)` is not yet stable as a const fn", "`$1` n'est pas encore stable en tant que `const fn`");
        rule("see issue #(\\d+) <(.+)> for more information", "voir le ticket #$1 <$2> pour plus d'informations");
        rule("cannot call non-const function `(.+)` in constant functions", "impossible d'appeler la fonction non `const` `$1` dans une fonction `const`");
        rule("calls in constant functions are limited to constant functions, tuple structs and tuple variants",
                "une fonction `const` ne peut appeler que des fonctions `const`, des structures tuples et des variants tuples");
        rule("invalid left-hand side of assignment", "côté gauche d'affectation invalide");
        rule("cannot assign to this expression", "impossible d'affecter cette expression");
        rule("cannot assign to immutable static item `(.+)`", "impossible d'affecter l'élément `static` immuable `$1`");
        rule("cannot assign to `(.+)`, as `(.+)` is an immutable static item", "impossible d'affecter `$1`, car `$2` est un élément `static` immuable");
        rule("this `static` cannot be written to", "ce `static` ne peut pas être modifié");
        rule("coercion requires that `'1` must outlive `'static`", "la conversion exige que `'1` vive plus longtemps que `'static`");
        rule("cannot assign to immutable argument `(.+)`", "impossible d'affecter le paramètre immuable `$1`");
        rule("cannot assign to immutable argument", "impossible d'affecter un paramètre immuable");
        rule("first assignment to `(.+)`", "première affectation de `$1`");
        rule("consider making this binding mutable: `(.+)`", "rendez cette variable mutable : `$1`");
        rule("consider making this binding mutable", "rendez cette variable mutable");
        rule("consider restricting type parameter `(.+)` with trait `(.+)`", "restreignez le paramètre de type `$1` avec le trait `$2`");
        rule("consider further restricting type parameter `(.+)` with trait `(.+)`", "restreignez encore le paramètre de type `$1` avec le trait `$2`");
        rule("to force the closure to take ownership of `(.+)` \\(and any other referenced variables\\), use the `move` keyword",
                "pour que la fermeture prenne possession de `$1` (et des autres variables qu'elle utilise), ajoutez le mot-clé `move`");
        rule("wrap the pattern in parentheses", "mettez le motif entre parenthèses");
        rule("cannot borrow `(.+)` as mutable, as it is not declared as mutable", "impossible d'emprunter `$1` en mutable : il n'est pas déclaré `mut`");
        rule("cannot borrow `(.+)` as mutable, as `(.+)` is not declared as mutable", "impossible d'emprunter `$1` en mutable : `$2` n'est pas déclaré `mut`");
        rule("not mutable", "pas mutable");
        rule("cannot borrow as mutable", "emprunt mutable impossible");
        rule("consider changing this to be mutable", "déclarez-le avec `mut`");
        rule("cannot assign to `(.+)`, as `(.+)` is not declared as mutable", "impossible d'affecter `$1` : `$2` n'est pas déclaré `mut`");
        rule("cannot assign", "affectation impossible");
        rule("cannot assign to `(.+)`, as it is immutable for the pattern guard", "impossible d'affecter `$1` : il est immuable dans la garde du motif");
        rule("cannot borrow `(.+)` as mutable, as it is immutable for the pattern guard",
                "impossible d'emprunter `$1` en mutable : il est immuable dans la garde du motif");
        rule("cannot assign `(.+)` in match guard", "impossible d'affecter `$1` dans la garde d'un `match`");
        rule("cannot mutably borrow `(.+)` in match guard", "impossible d'emprunter `$1` en mutable dans la garde d'un `match`");
        rule("value is immutable in match guard", "valeur immuable dans la garde du `match`");
        rule("cannot mutably borrow", "emprunt mutable impossible");
        rule("variables bound in patterns are immutable until the end of the pattern guard",
                "les variables liées par un motif sont immuables jusqu'à la fin de la garde du motif");
        // Patterns and types.
        rule("non-exhaustive patterns: (.+) not covered", "motifs non exhaustifs : $1 non couvert(s)");
        rule("patterns? (.+) not covered", "motif(s) $1 non couvert(s)");
        rule("not covered", "non couvert");
        rule("`(.+)` defined here", "`$1` est défini ici");
        rule("ensure that all possible cases are being handled by adding a match arm with a wildcard pattern or an explicit pattern as shown",
                "traitez tous les cas possibles : ajoutez un bras avec un motif joker ou un motif explicite, comme ci-dessous");
        rule("ensure that all possible cases are being handled by adding a match arm with a wildcard pattern, a match arm with multiple or-patterns as shown, or multiple match arms",
                "traitez tous les cas possibles : ajoutez un bras avec un motif joker, un bras avec plusieurs motifs séparés par `|` comme ci-dessous, ou plusieurs bras");
        rule("ensure that all possible cases are being handled by adding a match arm with a wildcard pattern as shown, or multiple match arms",
                "traitez tous les cas possibles : ajoutez un bras avec un motif joker comme ci-dessous, ou plusieurs bras");
        rule("you might want to use `let...else` to handle the variant that isn't matched",
                "utilisez peut-être `let...else` pour traiter le variant qui ne correspond pas");
        rule("you might want to use `let...else` to handle the variants that aren't matched",
                "utilisez peut-être `let...else` pour traiter les variants qui ne correspondent pas");
        rule("the matched value is of type `(.+)`", "la valeur filtrée est de type `$1`");
        rule("constant of non-structural type `(.+)` in a pattern", "constante de type non structurel `$1` dans un motif");
        rule("constant of non-structural type", "constante de type non structurel");
        rule("`(.+)` must be annotated with `#\\[derive\\(PartialEq\\)\\]` to be usable in patterns",
                "`$1` doit porter `#[derive(PartialEq)]` pour servir dans un motif");
        rule("constant defined here", "constante définie ici");
        rule("see (https://\\S+) for details", "voir $1 pour les détails");
        rule("refutable pattern in local binding", "motif réfutable dans une liaison `let`");
        rule("refutable pattern in function argument", "motif réfutable dans un argument de fonction");
        rule("refutable pattern in closure argument", "motif réfutable dans un argument de fermeture");
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
        // E0308's labels, notes and edits (typeck.TypeMismatch).
        rule("expected `(.+)`, found integer", "`$1` attendu, entier trouvé");
        rule("expected `(.+)`, found floating-point number", "`$1` attendu, flottant trouvé");
        rule("expected integer, found `(.+)`", "entier attendu, `$1` trouvé");
        rule("expected floating-point number, found `(.+)`", "flottant attendu, `$1` trouvé");
        rule("`if` and `else` have incompatible types", "les branches `if` et `else` ont des types incompatibles");
        rule("`match` arms have incompatible types", "les bras du `match` ont des types incompatibles");
        rule("expected because of this", "attendu à cause de ceci");
        rule("expected because this is `(.+)`", "attendu car ceci est de type `$1`");
        rule("if you meant to write a byte literal, prefix with `b`", "pour un littéral d'octet, préfixez-le par `b`");
        rule("expected due to this", "attendu à cause de ceci");
        rule("expected `(.+)` because of return type", "`$1` attendu à cause du type de retour");
        rule("this is found to be of type `(.+)`", "celui-ci est de type `$1`");
        rule("this and all prior arms are found to be of type `(.+)`", "celui-ci et tous les bras précédents sont de type `$1`");
        rule("arguments to this function are incorrect", "les arguments de cette fonction sont incorrects");
        rule("arguments to this method are incorrect", "les arguments de cette méthode sont incorrects");
        rule("function defined here", "fonction définie ici");
        rule("method defined here", "méthode définie ici");
        rule("associated function defined here", "fonction associée définie ici");
        rule("types differ in mutability", "les types diffèrent par la mutabilité");
        rule("( *)expected (.+) `(.+)`\n( *)found (.+) `(.+)`", "$1attendu : $2 `$3`\n$4 trouvé : $5 `$6`");
        rule("try wrapping the expression in `(.+)`", "enveloppez l'expression dans `$1`");
        rule("use a float literal", "écrivez un littéral flottant");
        rule("consider using `(Option|Result)::expect` to unwrap the `(.+)` value, panicking if the value is an? `(.+)`",
                "utilisez `$1::expect` pour déballer la valeur `$2`, avec une panique si c'est `$3`");
        rule("`(.+)` cannot fit into type `(.+)`", "`$1` ne tient pas dans le type `$2`");
        rule("consider dereferencing the borrow", "déréférencez l'emprunt");
        rule("consider dereferencing the type", "déréférencez la valeur");
        rule("consider unboxing the value", "sortez la valeur de sa boîte");
        rule("try using a conversion method", "utilisez une méthode de conversion");
        rule("if you meant to write a `char` literal, use single quotes", "pour un littéral `char`, utilisez des apostrophes");
        rule("if you meant to write a string literal, use double quotes", "pour un littéral de chaîne, utilisez des guillemets");
        rule("change the type of the numeric literal from `(.+)` to `(.+)`", "changez le type du littéral numérique de `$1` en `$2`");
        rule("you can convert an? `(.+)` to an? `(.+)` and panic if the converted value doesn't fit",
                "vous pouvez convertir `$1` en `$2`, avec une panique si la valeur ne tient pas");
        rule("you can convert an? `(.+)` to an? `(.+)`", "vous pouvez convertir `$1` en `$2`");
        rule("you can cast a `char` to an? `(.+)`, since a `char` always occupies 4 bytes",
                "vous pouvez convertir un `char` en `$1` avec `as`, car un `char` occupe toujours 4 octets");
        rule("cannot find value `(.+)` in this scope", "valeur `$1` introuvable dans cette portée");
        rule("not found in this scope", "introuvable dans cette portée");
        rule("not found in `(.+)`", "introuvable dans `$1`");
        rule("no method named `(.+)` found for (.+) in the current scope", "aucune méthode nommée `$1` pour $2 dans la portée courante");
        rule("method not found in `(.+)`", "méthode introuvable dans `$1`");
        rule("the method `(.+)` exists for (?:struct|enum) `(.+)`, but its trait bounds were not satisfied",
                "la méthode `$1` existe pour `$2`, mais les contraintes de traits de son bloc `impl` ne sont pas satisfaites");
        rule("doesn't satisfy `(.+)`", "ne satisfait pas `$1`");
        rule("the following trait bounds were not satisfied:\n(`[^`\n]+`)\nwhich is required by (`[^`\n]+`)",
                "les contraintes de traits suivantes ne sont pas satisfaites :\n$1\nexigée par $2");
        rule("(?s)the following trait bounds were not satisfied:(.*)", "les contraintes de traits suivantes ne sont pas satisfaites :$1");
        rule("method cannot be called on `(.+)` due to unsatisfied trait bounds", "méthode inapplicable à `$1` : des contraintes de traits ne sont pas satisfaites");
        rule("unresolved import `(.+)`", "import introuvable : `$1`");
        rule("variable `(.+)` is not bound in all patterns", "la variable `$1` n'est pas liée dans toutes les alternatives");
        rule("pattern doesn't bind `(.+)`", "ce motif ne lie pas `$1`");
        rule("variable not in all patterns", "variable absente de certaines alternatives");
        rule("identifier `(.+)` is bound more than once in the same pattern", "l'identifiant `$1` est lié plusieurs fois dans le même motif");
        rule("used in a pattern more than once", "utilisé plusieurs fois dans le motif");
        rule("identifier `(.+)` is bound more than once in this parameter list",
                "l'identifiant `$1` est lié plusieurs fois dans cette liste de paramètres");
        rule("used as parameter more than once", "utilisé plusieurs fois comme paramètre");
        rule("field `(.+)` bound multiple times in the pattern", "champ `$1` lié plusieurs fois dans le motif");
        rule("multiple uses of `(.+)` in pattern", "plusieurs utilisations de `$1` dans le motif");
        rule("first use of `(.+)`", "première utilisation de `$1`");
        rule("variable `(.+)` is bound inconsistently across alternatives separated by `\\|`",
                "la variable `$1` n'est pas liée de la même façon dans les alternatives séparées par `|`");
        rule("bound in different ways", "liée autrement");
        rule("first binding", "première liaison");
        rule("`#\\[derive\\(Default\\)\\]` on enum with no `#\\[default\\]`", "`#[derive(Default)]` sur une énumération sans `#[default]`");
        rule("this enum needs a unit variant marked with `#\\[default\\]`", "cette énumération doit marquer un variant unité avec `#[default]`");
        rule("first introduced with type `(.+)` here", "introduite d'abord ici avec le type `$1`");
        rule("in the same arm, a binding must have the same type in all alternatives",
                "dans un même bras, une variable doit avoir le même type dans toutes les alternatives");
        rule("no `(.+)` in `(.+)`", "aucun `$1` dans `$2`");
        rule("could not find `(.+)` in `(.+)`", "`$1` introuvable dans `$2`");
        rule("cannot find `(.+)` in `(.+)`", "`$1` introuvable dans `$2`");
        rule("there is a method `(.+)` with a similar name, but with different arguments", "une méthode au nom proche existe, `$1`, mais avec d'autres arguments");
        rule("there is a method `(.+)` with a similar name", "une méthode au nom proche existe : `$1`");
        rule("method `(.+)` not found for this (struct|enum)", "méthode `$1` introuvable pour ce type");
        rule("this is an associated function, not a method", "c'est une fonction associée, pas une méthode");
        rule("found the following associated functions; to be used as methods, functions must have a `self` parameter",
                "fonctions associées trouvées ; pour être appelées comme méthodes, elles doivent avoir un paramètre `self`");
        rule("function or associated item `(.+)` not found for this (struct|enum)", "fonction ou élément associé `$1` introuvable pour ce type");
        rule("all struct fields are already assigned", "tous les champs de la structure sont déjà donnés");
        rule("available fields are: (.+)", "champs disponibles : $1");
        rule("a field with a similar name exists", "un champ au nom proche existe");
        rule("a local variable with a similar name exists", "une variable locale au nom proche existe");
        rule("a (function|constant|static|struct|enum) with a similar name exists", "un élément au nom proche existe ($1)");
        rule("similarly named (?:function|constant|static|struct|enum) `(.+)` defined here", "`$1`, au nom proche, est défini ici");
        rule("consider importing this struct", "importez cette structure");
        rule("consider importing this enum", "importez cette énumération");
        rule("consider importing this trait", "importez ce trait");
        rule("consider importing this function", "importez cette fonction");
        rule("consider importing this constant", "importez cette constante");
        rule("consider importing this static", "importez cette variable statique");
        rule("consider importing this module", "importez ce module");
        rule("consider importing this type alias", "importez cet alias de type");
        rule("consider importing this union", "importez cette union");
        rule("consider importing one of these structs", "importez l'une de ces structures");
        rule("consider importing one of these enums", "importez l'une de ces énumérations");
        rule("consider importing one of these traits", "importez l'un de ces traits");
        rule("consider importing one of these functions", "importez l'une de ces fonctions");
        rule("consider importing one of these constants", "importez l'une de ces constantes");
        rule("consider importing one of these modules", "importez l'un de ces modules");
        rule("consider importing one of these (?:statics|type aliases|unions|items)", "importez l'un de ces éléments");
        rule("cannot find type `(.+)` in module `(.+)`", "type `$1` introuvable dans le module `$2`");
        rule("cannot find function `(.+)` in module `(.+)`", "fonction `$1` introuvable dans le module `$2`");
        rule("cannot find value `(.+)` in module `(.+)`", "valeur `$1` introuvable dans le module `$2`");
        rule("cannot find module or crate `(.+)` in this scope", "module ou crate `$1` introuvable dans cette portée");
        rule("use of unresolved module or unlinked crate `(.+)`", "module non résolu ou crate non liée : `$1`");
        rule("use of undeclared type `(.+)`", "type non déclaré : `$1`");
        rule("you might be missing a crate named `(.+)`", "il manque peut-être une crate nommée `$1`");
        rule("a similar name exists in the module", "un nom proche existe dans le module");
        rule("the binding `(.+)` is available in a different scope in the same function",
                "la liaison `$1` existe dans une autre portée de la même fonction");
        rule("you might have meant to use the available field", "vouliez-vous utiliser le champ existant ?");
        rule("you might have meant to use the available field in a format string: `(.+)`",
                "vouliez-vous utiliser le champ existant dans la chaîne de format : `$1` ?");
        rule("a field by that name exists in `Self`", "un champ de ce nom existe dans `Self`");
        rule("if `(.+)` implemented `Clone`, you could clone the value", "si `$1` implémentait `Clone`, vous pourriez cloner la valeur");
        rule("consider implementing `Clone` for this type", "implémentez `Clone` pour ce type");
        rule("consider constraining this type parameter with `Clone`", "ajoutez la contrainte `Clone` à ce paramètre de type");
        rule("you could clone this value", "vous pourriez cloner cette valeur");
        // Names, items and expressions of the type checker.
        rule("not all trait items implemented, missing: (.+)", "éléments du trait non implémentés, il manque : $1");
        rule("recursive type `(.+)` has infinite size", "le type récursif `$1` a une taille infinie");
        rule("recursive without indirection", "récursif sans indirection");
        rule("insert some indirection \\(e\\.g\\., a `Box`, `Rc`, or `&`\\) to break the cycle",
                "ajoutez une indirection (par exemple `Box`, `Rc` ou `&`) pour rompre le cycle");
        rule("missing (.+) in implementation", "$1 manque dans l'implémentation");
        rule("`([^`]+)` from trait", "`$1` venant du trait");
        rule("type must be known at this point", "le type doit être connu ici");
        rule("consider giving `(.+)` an explicit type", "donnez un type explicite à `$1`");
        rule("you can't `break` with a value in a `(.+)` loop", "une boucle `$1` ne peut pas renvoyer de valeur par `break`");
        rule("use `break` on its own without a value inside this `(.+)` loop", "utilisez `break` seul, sans valeur, dans cette boucle `$1`");
        rule("argument #(\\d+) of type `(.+)` is missing", "l'argument n°$1, de type `$2`, manque");
        rule("provide the argument", "fournissez l'argument");
        rule("field `(.+)` specified more than once", "champ `$1` donné plus d'une fois");
        rule("used more than once", "donné plus d'une fois");
        rule("(?:struct|enum|trait|type alias|function) takes (\\d+) generic arguments? but (\\d+) generic arguments? (?:was|were) supplied",
                "$1 argument(s) générique(s) attendu(s), $2 fourni(s)");
        rule("missing generics for (?:struct|enum|trait|type alias) `(.+)`", "arguments génériques manquants pour `$1`");
        rule("expected (\\d+) generic arguments?", "$1 argument(s) générique(s) attendu(s)");
        rule("add missing generic arguments?", "ajoutez les arguments génériques manquants");
        rule("the placeholder `_` is not allowed within types on item signatures", "le joker `_` est interdit dans les types d'une signature");
        rule("not allowed in type signatures", "interdit dans les signatures");
        rule("`impl Trait` is not allowed in the type of variable bindings", "`impl Trait` est interdit dans le type d'une variable");
        rule("`impl Trait` is not allowed in field types", "`impl Trait` est interdit dans le type d'un champ");
        rule("`impl Trait` is not allowed in `fn` pointer parameters", "`impl Trait` est interdit dans les paramètres d'un pointeur `fn`");
        rule("`impl Trait` is not allowed in `fn` pointer return types", "`impl Trait` est interdit dans le type de retour d'un pointeur `fn`");
        rule("`impl Trait` is only allowed in arguments and return types of functions and methods",
                "`impl Trait` n'est permis que dans les arguments et le type de retour des fonctions et des méthodes");
        rule("associated type `(.+)` not found for `(.+)`", "type associé `$1` introuvable pour `$2`");
        rule("associated type `(.+)` not found", "type associé `$1` introuvable");
        rule("`break` outside of a loop or labeled block", "`break` hors d'une boucle ou d'un bloc étiqueté");
        rule("cannot `break` outside of a loop or labeled block", "`break` impossible hors d'une boucle ou d'un bloc étiqueté");
        rule("`continue` outside of a loop", "`continue` hors d'une boucle");
        rule("cannot `continue` outside of a loop", "`continue` impossible hors d'une boucle");
        rule("cycle detected when computing the super predicates of `(.+)`", "cycle détecté en calculant les supertraits de `$1`");
        rule("\\.\\.\\.which requires computing the super predicates of `(.+)`\\.\\.\\.", "...qui exige de calculer les supertraits de `$1`...");
        rule("\\.\\.\\.which again requires computing the super predicates of `(.+)`, completing the cycle",
                "...qui exige à nouveau de calculer les supertraits de `$1`, ce qui ferme le cycle");
        rule("\\.\\.\\.which immediately requires computing the super predicates of `(.+)` again",
                "...qui exige aussitôt de calculer à nouveau les supertraits de `$1`");
        rule("cycle used when checking that `(.+)` is well-formed", "cycle rencontré en vérifiant que `$1` est bien formé");
        rule("mutable borrows of temporaries that have their lifetime extended until the end of the program are not allowed",
                "un emprunt mutable d'un temporaire dont la durée de vie est prolongée jusqu'à la fin du programme est interdit");
        rule("this mutable borrow refers to such a temporary", "cet emprunt mutable désigne un tel temporaire");
        rule("temporaries in constants and statics can have their lifetime extended until the end of the program",
                "les temporaires des constantes et des statiques peuvent vivre jusqu'à la fin du programme");
        rule("to avoid accidentally creating global mutable state, such temporaries must be immutable",
                "pour ne pas créer par mégarde un état global mutable, ces temporaires doivent être immuables");
        rule("if you really want global mutable state, try replacing the temporary by an interior mutable `static` or a `static mut`",
                "si vous voulez vraiment un état global mutable, remplacez le temporaire par un `static` à mutabilité intérieure ou un `static mut`");
        rule("lifetime parameters do not match the trait definition", "les paramètres de durée de vie ne correspondent pas à la définition du trait");
        rule("lifetime parameters differ in whether they are early- or late-bound",
                "les paramètres de durée de vie diffèrent : liés tôt d'un côté, liés tard de l'autre");
        rule("lifetime parameters or bounds on method `(.+)` do not match the trait declaration",
                "les paramètres de durée de vie ou les bornes de la méthode `$1` ne correspondent pas à la déclaration du trait");
        rule("lifetimes do not match method in trait", "durées de vie différentes de celles de la méthode du trait");
        rule("lifetimes in impl do not match this method in trait", "les durées de vie de l'impl ne correspondent pas à cette méthode du trait");
        rule("impl has stricter requirements than trait", "l'impl a des exigences plus strictes que le trait");
        rule("definition of `(.+)` from trait", "définition de `$1` dans le trait");
        rule("impl has extra requirement `(.+)`", "l'impl ajoute l'exigence `$1`");
        rule("ambiguous associated type `(.+)` in bounds of `(.+)`", "type associé `$1` ambigu dans les bornes de `$2`");
        rule("ambiguous associated type `(.+)`", "type associé `$1` ambigu");
        rule("ambiguous `(.+)` from `(.+)`", "`$1` ambigu, venant de `$2`");
        rule("associated type `(.+)` could derive from `(.+)`", "le type associé `$1` pourrait venir de `$2`");
        rule("use fully-qualified syntax to disambiguate", "levez l'ambiguïté avec la syntaxe pleinement qualifiée");
        rule("cannot define inherent `impl` for primitive types", "impossible de définir une `impl` inhérente pour un type primitif");
        rule("consider using an extension trait instead", "utilisez plutôt un trait d'extension");
        rule("cannot define inherent `impl` for a type outside of the crate where the type is defined",
                "impossible de définir une `impl` inhérente pour un type défini hors de la crate");
        rule("impl for type defined outside of crate", "impl pour un type défini hors de la crate");
        rule("consider defining a trait and implementing it for the type or using a newtype wrapper like `struct MyType\\(ExternalType\\);` and implement it",
                "définissez un trait et implémentez-le pour ce type, ou enveloppez le type dans un nouveau type comme `struct MyType(ExternalType);` et implémentez celui-ci");
        rule("visibility qualifiers are not permitted here", "les qualificatifs de visibilité ne sont pas permis ici");
        rule("remove the qualifier", "retirez le qualificatif");
        rule("trait items always share the visibility of their trait", "les éléments d'un trait ont toujours la visibilité de leur trait");
        rule("functions in trait impls cannot be declared const", "les fonctions d'une impl de trait ne peuvent pas être déclarées const");
        rule("functions in trait impls cannot be const", "les fonctions d'une impl de trait ne peuvent pas être const");
        rule("remove the `const`", "retirez le `const`");
        rule("const `(.+)` is not a member of trait `(.+)`", "la constante `$1` n'appartient pas au trait `$2`");
        rule("item `(.+)` is an associated const, which doesn't match its trait `(.+)`",
                "l'élément `$1` est une constante associée, ce qui ne correspond pas à son trait `$2`");
        rule("item `(.+)` is an associated method, which doesn't match its trait `(.+)`",
                "l'élément `$1` est une méthode associée, ce qui ne correspond pas à son trait `$2`");
        rule("item `(.+)` is an associated type, which doesn't match its trait `(.+)`",
                "l'élément `$1` est un type associé, ce qui ne correspond pas à son trait `$2`");
        rule("does not match trait", "ne correspond pas au trait");
        rule("item in trait", "élément du trait");
        rule("the name `(.+)` is defined multiple times", "le nom `$1` est défini plusieurs fois");
        rule("previous import of the value `(.+)` here", "import précédent de la valeur `$1` ici");
        rule("previous import of the type `(.+)` here", "import précédent du type `$1` ici");
        rule("`(.+)` reimported here", "`$1` importé de nouveau ici");
        rule("`(.+)` redefined here", "`$1` redéfini ici");
        rule("`(.+)` must be defined only once in the value namespace of this module",
                "`$1` ne doit être défini qu'une fois dans l'espace de noms des valeurs de ce module");
        rule("`(.+)` must be defined only once in the type namespace of this module",
                "`$1` ne doit être défini qu'une fois dans l'espace de noms des types de ce module");
        rule("`(.+)` is ambiguous", "`$1` est ambigu");
        rule("ambiguous name", "nom ambigu");
        rule("ambiguous because of multiple glob imports of a name in the same module",
                "ambigu parce que plusieurs imports globaux du même module fournissent ce nom");
        rule("`(.+)` could refer to the (.+) imported here", "`$1` pourrait désigner l'élément ($2) importé ici");
        rule("`(.+)` could also refer to the (.+) imported here", "`$1` pourrait aussi désigner l'élément ($2) importé ici");
        rule("consider adding an explicit import of `(.+)` to disambiguate", "ajoutez un import explicite de `$1` pour lever l'ambiguïté");
        rule("only auto traits can be used as additional traits in a trait object",
                "seuls des traits automatiques peuvent s'ajouter au trait d'un objet trait");
        rule("first non-auto trait", "premier trait non automatique");
        rule("additional non-auto trait", "trait non automatique supplémentaire");
        rule("`continue` pointing to a labeled block", "`continue` visant un bloc étiqueté");
        rule("labeled blocks cannot be `continue`'d", "on ne peut pas faire `continue` sur un bloc étiqueté");
        rule("labeled block the `continue` points to", "bloc étiqueté visé par le `continue`");
        rule("unlabeled `(break|continue)` inside of a labeled block", "`$1` sans étiquette dans un bloc étiqueté");
        rule("`(break|continue)` statements that would diverge to or through a labeled block need to bear a label",
                "un `$1` qui sortirait d'un bloc étiqueté, ou le traverserait, doit porter une étiquette");
        rule("`break` inside of a closure", "`break` dans une fermeture");
        rule("cannot `break` inside of a closure", "`break` impossible dans une fermeture");
        rule("`continue` inside of a closure", "`continue` dans une fermeture");
        rule("cannot `continue` inside of a closure", "`continue` impossible dans une fermeture");
        rule("enclosing closure", "fermeture englobante");
        rule("closure is expected to take (\\d+) arguments?, but it takes (\\d+) arguments?",
                "la fermeture devrait prendre $1 argument(s), mais elle en prend $2");
        rule("expected closure that takes (\\d+) arguments?", "fermeture attendue prenant $1 argument(s)");
        rule("return type cannot be a trait object without pointer indirection",
                "le type de retour ne peut pas être un objet trait sans indirection par un pointeur");
        rule("consider returning an `impl Trait` instead of a `dyn Trait`", "renvoyez plutôt un `impl Trait` qu'un `dyn Trait`");
        rule("alternatively, box the return type, and wrap all of the returned values in `Box::new`",
                "ou bien mettez le type de retour dans une `Box`, et enveloppez chaque valeur renvoyée dans `Box::new`");
        rule("type mismatch in closure arguments", "types incompatibles dans les arguments d'une fermeture");
        rule("found signature defined here", "signature trouvée, définie ici");
        rule("consider adjusting the signature so it borrows its argument", "ajustez la signature pour qu'elle emprunte son argument");
        rule("consider adjusting the signature so it borrows its arguments", "ajustez la signature pour qu'elle emprunte ses arguments");
        rule("consider adjusting the signature so it does not borrow its argument",
                "ajustez la signature pour qu'elle n'emprunte pas son argument");
        rule("consider adjusting the signature so it does not borrow its arguments",
                "ajustez la signature pour qu'elle n'emprunte pas ses arguments");
        rule("takes (\\d+) arguments?", "prend $1 argument(s)");
        rule("cannot find trait `(.+)` in this scope", "trait `$1` introuvable dans cette portée");
        rule("cannot find method or associated constant `(.+)` in trait `(.+)`",
                "méthode ou constante associée `$1` introuvable dans le trait `$2`");
        rule("cannot find associated type `(.+)` in trait `(.+)`", "type associé `$1` introuvable dans le trait `$2`");
        rule("unsatisfied trait bound", "contrainte de trait non satisfaite");
        rule("the size for values of type `(.+)` cannot be known at compilation time",
                "la taille des valeurs de type `$1` n'est pas connue à la compilation");
        rule("doesn't have a size known at compile-time", "n'a pas de taille connue à la compilation");
        rule("cannot move a value of type `(.+)`", "impossible de déplacer une valeur de type `$1`");
        rule("the size of `(.+)` cannot be statically determined", "la taille de `$1` n'est pas connue statiquement");
        rule("all local variables must have a statically known size", "toute variable locale doit avoir une taille connue statiquement");
        rule("the return type of a function must have a statically known size",
                "le type de retour d'une fonction doit avoir une taille connue statiquement");
        rule("function arguments must have a statically known size, borrowed slices always have a known size",
                "les arguments d'une fonction doivent avoir une taille connue statiquement ; une tranche empruntée a toujours une taille connue");
        rule("function arguments must have a statically known size, borrowed types always have a known size",
                "les arguments d'une fonction doivent avoir une taille connue statiquement ; un type emprunté a toujours une taille connue");
        rule("you can use `impl Trait` as the argument type", "vous pouvez utiliser `impl Trait` comme type de l'argument");
        rule("required by an implicit `Sized` bound in `(.+)`", "requis par la contrainte implicite `Sized` de `$1`");
        // Opaque `impl Trait` return types, and trait methods out of scope.
        // precise capturing, `use<..>`
        rule("hidden type for `(.+)` captures lifetime that does not appear in bounds",
                "le type caché de `$1` capture une durée de vie absente de ses bornes");
        rule("hidden type `(.+)` captures the anonymous lifetime defined here", "le type caché `$1` capture la durée de vie anonyme définie ici");
        rule("hidden type `(.+)` captures the lifetime `(.+)` as defined here", "le type caché `$1` capture la durée de vie `$2` définie ici");
        rule("opaque type defined here", "type opaque défini ici");
        rule("add `(.+)` to the `use<...>` bound to explicitly capture it", "ajoutez `$1` à la borne `use<...>` pour la capturer explicitement");
        rule("`use<...>` precise capturing syntax not allowed in bounds", "la syntaxe de capture précise `use<...>` n'est pas permise dans les bornes");
        rule("`use<...>` precise capturing syntax not allowed in argument-position `impl Trait`",
                "la syntaxe de capture précise `use<...>` n'est pas permise dans un `impl Trait` en position d'argument");
        rule("`use<...>` precise capturing syntax not allowed in `dyn` trait object bounds",
                "la syntaxe de capture précise `use<...>` n'est pas permise dans les bornes d'un objet trait `dyn`");
        rule("duplicate `use<...>` precise capturing syntax", "syntaxe de capture précise `use<...>` en double");
        rule("second `use<...>` here", "second `use<...>` ici");
        rule("`impl Trait` must mention all type parameters in scope in `use<...>`",
                "`impl Trait` doit mentionner dans `use<...>` tous les paramètres de type visibles");
        rule("type parameter is implicitly captured by this `impl Trait`", "paramètre de type capturé implicitement par cet `impl Trait`");
        rule("currently, all type parameters are required to be mentioned in the precise captures list",
                "pour l'instant, tous les paramètres de type doivent figurer dans la liste de capture précise");
        rule("`impl Trait` captures lifetime parameter, but it is not mentioned in `use<...>` precise captures list",
                "`impl Trait` capture un paramètre de durée de vie absent de la liste de capture précise `use<...>`");
        rule("lifetime captured due to being mentioned in the bounds of the `impl Trait`",
                "durée de vie capturée parce qu'elle figure dans les bornes de l'`impl Trait`");
        rule("this lifetime parameter is captured", "ce paramètre de durée de vie est capturé");
        rule("expected `(.+)`, found opaque type", "`$1` attendu, type opaque trouvé");
        rule("expected opaque type, found `(.+)`", "type opaque attendu, `$1` trouvé");
        rule("the found opaque type", "le type opaque trouvé");
        rule("the expected opaque type", "le type opaque attendu");
        rule("items from traits can only be used if the trait is in scope",
                "les éléments d'un trait ne sont utilisables que si ce trait est dans la portée");
        rule("items from traits can only be used if the trait is implemented and in scope",
                "les éléments d'un trait ne sont utilisables que si ce trait est implémenté et dans la portée");
        rule("the following trait defines an item `(.+)`, perhaps you need to implement it:\ncandidate #1: `(.+)`",
                "le trait suivant définit un élément `$1` ; il faut peut-être l'implémenter :\ncandidat n°1 : `$2`");
        rule("the method is available for `(.+)` here", "la méthode est disponible pour `$1` ici");
        rule("you must specify a concrete type for this numeric value, like `(.+)`",
                "précisez un type concret pour cette valeur numérique, comme `$1`");
        rule("multiple applicable items in scope", "plusieurs éléments applicables dans la portée");
        rule("multiple `(.+)` found", "plusieurs `$1` trouvés");
        rule("candidate #(\\d+) is defined in an impl of the trait `(.+)` for the type `(.+)`",
                "le candidat n°$1 est défini dans une impl du trait `$2` pour le type `$3`");
        rule("use fully-qualified syntax to disambiguate", "levez l'ambiguïté avec un chemin qualifié");
        rule("method `(.+)` is not a member of trait `(.+)`", "la méthode `$1` n'appartient pas au trait `$2`");
        rule("not a member of trait `(.+)`", "n'appartient pas au trait `$1`");
        rule("cannot find struct, variant or union type `(.+)` in this scope", "structure, variante ou union `$1` introuvable dans cette portée");
        rule("cannot find function `(.+)` in this scope", "fonction `$1` introuvable dans cette portée");
        rule("cannot find type `(.+)` in this scope", "type `$1` introuvable dans cette portée");
        rule("expected value, found struct `(.+)`", "valeur attendue, structure `$1` trouvée");
        rule("expected function, tuple struct or tuple variant, found struct `(.+)`",
                "fonction, structure tuple ou variante tuple attendue, structure `$1` trouvée");
        rule("not a value", "pas une valeur");
        rule("use of undeclared label `(.+)`", "étiquette non déclarée : `$1`");
        rule("use of undeclared lifetime name `(.+)`", "durée de vie non déclarée : `$1`");
        rule("lifetime name `(.+)` shadows a lifetime name that is already in scope",
                "la durée de vie `$1` en masque une autre du même nom, déjà visible");
        rule("lifetime `(.+)` already in scope", "durée de vie `$1` déjà visible");
        rule("first declared here", "déclarée ici d'abord");
        rule("lower bound for range pattern must be less than or equal to upper bound",
                "la borne inférieure d'un motif d'intervalle doit être inférieure ou égale à la borne supérieure");
        rule("lower bound for range pattern must be less than upper bound",
                "la borne inférieure d'un motif d'intervalle doit être strictement inférieure à la borne supérieure");
        rule("lower bound larger than upper bound", "borne inférieure plus grande que la borne supérieure");
        rule("cannot write into `(.+)`", "impossible d'écrire dans `$1`");
        rule("cannot cast `(.+)` as `bool`", "impossible de convertir `$1` en `bool` avec `as`");
        rule("compare with zero instead", "comparez plutôt avec zéro");
        rule("must implement `io::Write`, `fmt::Write`, or have a `write_fmt` method",
                "la destination doit implémenter `io::Write` ou `fmt::Write`, ou avoir une méthode `write_fmt`");
        rule("trait `Write` which provides `write_fmt` is implemented but not in scope; perhaps you want to import it: `use std::fmt::Write;`",
                "le trait `Write`, qui fournit `write_fmt`, est implémenté mais pas visible ; importez-le : `use std::fmt::Write;`");
        rule("the type parameter `(.+)` is not constrained by the impl trait, self type, or predicates",
                "le paramètre de type `$1` n'est contraint ni par le trait implémenté, ni par le type `Self`, ni par les prédicats");
        rule("unconstrained type parameter", "paramètre de type non contraint");
        rule("only traits defined in the current crate can be implemented for types defined outside of the crate",
                "seuls les traits définis dans ce crate peuvent être implémentés pour des types définis hors du crate");
        rule("`(.+)` is not defined in the current crate", "`$1` n'est pas défini dans ce crate");
        rule("this is not defined in the current crate because this is a foreign trait",
                "ceci n'est pas défini dans ce crate, car c'est un trait étranger");
        rule("impl doesn't have any local type before any uncovered type parameters",
                "l'impl n'a aucun type local avant un paramètre de type non couvert");
        rule("for more information see (.+)", "pour plus d'informations, voir $1");
        rule("define and implement a trait or new type instead", "définissez et implémentez plutôt un trait ou un nouveau type");
        rule("conflicting implementations of trait `(.+)` for type `(.+)`", "implémentations en conflit du trait `$1` pour le type `$2`");
        rule("first implementation here", "première implémentation ici");
        rule("conflicting implementation for `(.+)`", "implémentation en conflit pour `$1`");
        rule("method `(.+)` has an incompatible type for trait", "la méthode `$1` a un type incompatible avec le trait");
        rule("method `(.+)` has (\\d+) parameters? but the declaration in trait `(.+)` has (\\d+)",
                "la méthode `$1` a $2 paramètre(s) mais sa déclaration dans le trait `$3` en a $4");
        rule("expected (\\d+) parameters?, found (\\d+)", "$1 paramètre(s) attendu(s), $2 trouvé(s)");
        rule("method `(.+)` has (\\d+) type parameters? but its trait declaration has (\\d+) type parameters?",
                "la méthode `$1` a $2 paramètre(s) de type mais sa déclaration dans le trait en a $3");
        rule("found (\\d+) type parameters?", "$1 paramètre(s) de type trouvé(s)");
        rule("method `(.+)` has a `(.+)` declaration in the trait, but not in the impl",
                "la méthode `$1` déclare `$2` dans le trait, mais pas dans l'impl");
        rule("`(.+)` used in trait", "`$1` utilisé dans le trait");
        rule("expected `(.+)` in impl", "`$1` attendu dans l'impl");
        rule("method `(.+)` has a `(.+)` declaration in the impl, but not in the trait",
                "la méthode `$1` déclare `$2` dans l'impl, mais pas dans le trait");
        rule("`(.+)` used in impl", "`$1` utilisé dans l'impl");
        rule("trait method declared without `(.+)`", "méthode du trait déclarée sans `$1`");
        rule("trait requires (\\d+) parameters?", "le trait demande $1 paramètre(s)");
        rule("expected (\\d+) type parameters?", "$1 paramètre(s) de type attendu(s)");
        rule("type `(.+)` is not a member of trait `(.+)`", "le type `$1` n'est pas membre du trait `$2`");
        rule("expected fn pointer, found closure", "pointeur de fonction attendu, fermeture trouvée");
        rule("expected fn pointer `(.+)`", "pointeur de fonction `$1` attendu");
        rule("closures can only be coerced to `fn` types if they do not capture any variables",
                "une fermeture ne se convertit en type `fn` que si elle ne capture aucune variable");
        rule("`(.+)` captured here", "`$1` capturé ici");
        rule("the trait `(.+)` is not dyn compatible", "le trait `$1` n'est pas compatible avec `dyn`");
        rule("`(.+)` is not dyn compatible", "`$1` n'est pas compatible avec `dyn`");
        rule("this trait is not dyn compatible...", "ce trait n'est pas compatible avec `dyn`...");
        rule("\\.\\.\\.because method `(.+)` references the `Self` type in its return type",
                "...car la méthode `$1` mentionne le type `Self` dans son type de retour");
        rule("\\.\\.\\.because method `(.+)` references the `Self` type in this parameter",
                "...car la méthode `$1` mentionne le type `Self` dans ce paramètre");
        rule("\\.\\.\\.because method `(.+)` has generic type parameters", "...car la méthode `$1` a des paramètres de type génériques");
        rule("\\.\\.\\.because it contains associated const `(.+)`", "...car il contient la constante associée `$1`");
        rule("\\.\\.\\.because associated function `(.+)` has no `self` parameter",
                "...car la fonction associée `$1` n'a pas de paramètre `self`");
        rule("for a trait to be dyn compatible it needs to allow building a vtable\nfor more information, visit <(.+)>",
                "pour être compatible avec `dyn`, un trait doit permettre de construire une vtable\npour en savoir plus : <$1>");
        rule("\\.\\.\\.because method `(.+)` references an `impl Trait` type in its return type",
                "...car la méthode `$1` mentionne un type `impl Trait` dans son type de retour");
        rule("\\.\\.\\.because it uses `Self` as a type parameter", "...car il utilise `Self` comme paramètre de type");
        rule("\\.\\.\\.because it requires `Self: Sized`", "...car il exige `Self: Sized`");
        rule("the trait is not dyn compatible because it requires `Self: Sized`",
                "le trait n'est pas compatible avec `dyn` car il exige `Self: Sized`");
        rule("the value of the associated type `(.+)` in `(.+)` must be specified",
                "la valeur du type associé `$1` de `$2` doit être précisée");
        rule("the value of the associated types (.+) in `(.+)` must be specified",
                "la valeur des types associés $1 de `$2` doit être précisée");
        rule("specify the associated type", "précisez le type associé");
        rule("specify the associated types", "précisez les types associés");
        rule("`Drop` impls cannot be specialized", "une implémentation de `Drop` ne peut pas être spécialisée");
        rule("`(.+)` is not a generic parameter", "`$1` n'est pas un paramètre générique");
        rule("`(.+)` is mentioned multiple times", "`$1` est mentionné plusieurs fois");
        rule("use the same sequence of generic lifetime, type and const parameters as the struct definition",
                "reprenez la même suite de paramètres génériques (durées de vie, types, constantes) que la définition de la structure");
        rule("use the same sequence of generic lifetime, type and const parameters as the enum definition",
                "reprenez la même suite de paramètres génériques (durées de vie, types, constantes) que la définition de l'énumération");
        rule("`Drop` impl requires `(.+)` but the struct it is implemented for does not",
                "l'implémentation de `Drop` exige `$1`, ce que la structure pour laquelle elle est écrite n'exige pas");
        rule("`Drop` impl requires `(.+)` but the enum it is implemented for does not",
                "l'implémentation de `Drop` exige `$1`, ce que l'énumération pour laquelle elle est écrite n'exige pas");
        rule("the implementor must specify the same requirement", "le type implémenté doit poser la même exigence");
        rule("the `Drop` trait may only be implemented for local structs, enums, and unions",
                "le trait `Drop` ne s'implémente que pour les structures, énumérations et unions de ce crate");
        rule("must be a struct, enum, or union in the current crate", "doit être une structure, une énumération ou une union de ce crate");
        rule("duplicate definitions with name `(.+)`:", "définitions en double du nom `$1` :");
        rule("duplicate definitions with name `(.+)`", "définitions en double du nom `$1`");
        rule("duplicate definitions for `(.+)`", "définitions en double de `$1`");
        rule("other definition for `(.+)`", "autre définition de `$1`");
        rule("previous definition here", "définition précédente ici");
        rule("duplicate definition", "définition en double");
        rule("conflicting implementation in crate `core`:\n- impl<T> From<T> for T;",
                "implémentation en conflit dans le crate `core` :\n- impl<T> From<T> for T;");
        rule("shared static variables must have a type that implements `Sync`",
                "une variable statique partagée doit avoir un type qui implémente `Sync`");
        rule("undeclared lifetime", "durée de vie non déclarée");
        rule("consider introducing lifetime `(.+)` here", "introduisez la durée de vie `$1` ici");
        rule("undeclared label `(.+)`", "étiquette `$1` non déclarée");
        rule("`\\.\\.` can only be used once per tuple struct pattern", "`..` ne peut servir qu'une fois par motif de structure tuple");
        rule("can only be used once per tuple struct pattern", "ne peut servir qu'une fois par motif de structure tuple");
        rule("`\\.\\.` can only be used once per tuple pattern", "`..` ne peut servir qu'une fois par motif de tuple");
        rule("can only be used once per tuple pattern", "ne peut servir qu'une fois par motif de tuple");
        rule("`\\.\\.` can only be used once per slice pattern", "`..` ne peut servir qu'une fois par motif de tranche");
        rule("can only be used once per slice pattern", "ne peut servir qu'une fois par motif de tranche");
        rule("previously used here", "déjà utilisé ici");
        rule("pattern requires (\\d+) elements? but array has (\\d+)", "le motif demande $1 élément(s) mais le tableau en a $2");
        rule("pattern requires at least (\\d+) elements? but array has (\\d+)",
                "le motif demande au moins $1 élément(s) mais le tableau en a $2");
        rule("expected (\\d+) elements?", "$1 élément(s) attendu(s)");
        rule("pattern cannot match array of (\\d+) elements?", "ce motif ne peut pas filtrer un tableau de $1 élément(s)");
        rule("expected an array or slice, found `(.+)`", "tableau ou tranche attendu, `$1` trouvé");
        rule("pattern cannot match with input type `(.+)`", "ce motif ne peut pas filtrer le type `$1`");
        rule("cannot find tuple struct or tuple variant `(.+)` in this scope", "structure tuple ou variante tuple `$1` introuvable dans cette portée");
        rule("expected tuple struct or tuple variant, found (?:.+) `(.+)`", "structure tuple ou variante tuple attendue, `$1` trouvé");
        rule("expected value, found struct variant `(.+)`", "valeur attendue, variante à champs nommés `$1` trouvée");
        rule("expected unit struct, unit variant or constant, found (tuple|struct) variant `(.+)`",
                "structure unité, variante unité ou constante attendue, variante `$2` trouvée");
        rule("`break` with value from a `(while|for)` loop", "`break` avec une valeur dans une boucle `$1`");
        rule("can only break with a value inside `loop` or breakable block", "seul `loop` (ou un bloc étiqueté) peut renvoyer une valeur par `break`");
        rule("expected type, found (?:.+) `(.+)`", "type attendu, `$1` trouvé");
        rule("not a type", "pas un type");
        rule("expected struct, variant or union type, found (?:.+) `(.+)`", "structure, variante ou union attendue, `$1` trouvé");
        rule("not a struct, variant or union type", "ni une structure, ni une variante, ni une union");
        rule("cannot apply unary operator `(.+)` to type `(.+)`", "impossible d'appliquer l'opérateur unaire `$1` au type `$2`");
        rule("cannot apply unary operator `(.+)`", "opérateur unaire `$1` inapplicable");
        rule("only `u8` can be cast as `char`, not `(.+)`", "seul `u8` peut être converti en `char`, pas `$1`");
        rule("invalid cast", "conversion invalide");
        rule("non-primitive cast: `(.+)` as `(.+)`", "conversion non primitive : `$1` en `$2`");
        rule("an `as` expression can only be used to convert between primitive types or to coerce to a specific trait object",
                "`as` ne convertit qu'entre types primitifs, ou vers un objet trait précis");
        rule("casting `(.+)` as `(.+)` is invalid", "convertir `$1` en `$2` est invalide");
        rule("casting reference expression `(.+)` because `&` binds tighter than `as`",
                "c'est l'expression de référence `$1` qui est convertie, car `&` est plus prioritaire que `as`");
        rule("cannot index into a value of type `(.+)`", "impossible d'indexer une valeur de type `$1`");
        rule("`(.+)` is a primitive type and therefore doesn't have fields", "`$1` est un type primitif et n'a donc pas de champs");
        rule("type `(.+)` cannot be dereferenced", "le type `$1` ne peut pas être déréférencé");
        rule("can't be dereferenced", "ne peut pas être déréférencé");
        rule("expected function, found `(.+)`", "fonction attendue, `$1` trouvé");
        rule("can't call method `(.+)` on ambiguous numeric type `(.+)`", "impossible d'appeler la méthode `$1` sur le type numérique ambigu `$2`");
        rule("unterminated raw string", "chaîne brute non terminée");
        rule("unterminated block comment", "commentaire de bloc non terminé");
        rule("unterminated character literal", "littéral de caractère non terminé");
        rule("unterminated byte constant", "littéral d'octet non terminé");
        rule("unterminated double quote (string|byte string)", "chaîne entre guillemets non terminée");
        rule("no valid digits found for number", "aucun chiffre valide dans ce nombre");
        rule("expected a type, found a trait", "type attendu, trait trouvé");
        rule("`main` function not found in crate `(.+)`", "fonction `main` introuvable dans la crate `$1`");
        rule("consider adding a `main` function to `(.+)`", "ajoutez une fonction `main` à `$1`");
        rule("`if` may be missing an `else` clause", "il manque peut-être une branche `else` à ce `if`");
        rule("binary assignment operation `(.+)` cannot be applied to type `(.+)`", "l'affectation composée `$1` ne s'applique pas au type `$2`");
        rule("cannot use `(.+)` on type `(.+)`", "`$1` inutilisable sur le type `$2`");
        rule("binary operation `(.+)` cannot be applied to type `(.+)`", "l'opération binaire `$1` ne s'applique pas au type `$2`");
        rule("can't compare `(.+)` with `(.+)`", "impossible de comparer `$1` avec `$2`");
        rule("literal out of range for `(.+)`", "littéral hors de l'intervalle du type `$1`");
        rule("the literal `(.+)` does not fit into the type `(.+)` whose range is `(.+)`",
                "le littéral `$1` ne tient pas dans le type `$2`, dont l'intervalle est `$3`");
        rule("this arithmetic operation will overflow", "cette opération arithmétique va déborder");
        rule("attempt to shift left by `(.+)`, which would overflow", "décalage à gauche de `$1`, qui déborderait");
        rule("attempt to shift right by `(.+)`, which would overflow", "décalage à droite de `$1`, qui déborderait");
        rule("the literal `(.+)` does not fit into the type `(.+)` and will be converted to `(.+)`",
                "le littéral `$1` ne tient pas dans le type `$2` et sera converti en `$3`");
        rule("cannot add `(.+)` to `(.+)`", "impossible d'ajouter `$1` à `$2`");
        rule("cannot add-assign `(.+)` to `(.+)`", "impossible d'ajouter `$1` à `$2` par affectation");
        rule("cannot subtract-assign `(.+)` from `(.+)`", "impossible de soustraire `$1` de `$2` par affectation");
        rule("cannot multiply-assign `(.+)` by `(.+)`", "impossible de multiplier `$1` par `$2` par affectation");
        rule("cannot divide-assign `(.+)` by `(.+)`", "impossible de diviser `$1` par `$2` par affectation");
        rule("cannot subtract `(.+)` from `(.+)`", "impossible de soustraire `$1` de `$2`");
        rule("cannot multiply `(.+)` by `(.+)`", "impossible de multiplier `$1` par `$2`");
        rule("cannot divide `(.+)` by `(.+)`", "impossible de diviser `$1` par `$2`");
        rule("cannot calculate the remainder of `(.+)` divided by `(.+)`", "impossible de calculer le reste de `$1` divisé par `$2`");
        rule("no implementation for `(.+)`", "aucune implémentation pour `$1`");
        rule("include the missing field in the pattern", "ajoutez le champ manquant au motif");
        rule("include the missing fields in the pattern", "ajoutez les champs manquants au motif");
        rule("if you don't care about this missing field, you can explicitly ignore it",
                "si ce champ manquant ne vous intéresse pas, vous pouvez l'ignorer explicitement");
        rule("if you don't care about these missing fields, you can explicitly ignore them",
                "si ces champs manquants ne vous intéressent pas, vous pouvez les ignorer explicitement");
        rule("or always ignore missing fields here", "ou ignorez toujours ici les champs manquants");
        rule("an implementation of `(.+)` might be missing for `(.+)`", "il manque peut-être une implémentation de `$1` pour `$2`");
        rule("must implement `(.+)`", "doit implémenter `$1`");
        rule("consider annotating `(.+)` with `(#\\[derive\\(.+\\)\\])`", "annotez `$1` avec `$2`");
        rule("the trait `(.+)` must be implemented", "le trait `$1` doit être implémenté");
        rule("the type `(.+)` cannot be indexed by `(.+)`", "le type `$1` ne peut pas être indexé par `$2`");
        rule("string indices are ranges of `usize`", "les indices d'une chaîne sont des intervalles de `usize`");
        rule("slice indices are of type `usize` or ranges of `usize`", "les indices d'une tranche sont de type `usize` ou des intervalles de `usize`");
        rule("the trait `SliceIndex<str>` is not implemented for `(.+)`", "le trait `SliceIndex<str>` n'est pas implémenté pour `$1`");
        rule("type mismatch resolving `(.+)`", "types incompatibles en résolvant `$1`");
        rule("expected `(.+)` to be an iterator that yields `(.+)`, but it yields `(.+)`",
                "`$1` devait être un itérateur qui produit `$2`, mais il produit `$3`");
        rule("this pattern has (\\d+) fields?, but the corresponding tuple variant has (\\d+) fields?",
                "ce motif a $1 champ(s), mais la variante tuple correspondante en a $2");
        rule("this pattern has (\\d+) fields?, but the corresponding tuple struct has (\\d+) fields?",
                "ce motif a $1 champ(s), mais la structure tuple correspondante en a $2");
        rule("variant `(.+)` does not have a field named `(.+)`", "la variante `$1` n'a pas de champ nommé `$2`");
        rule("pattern does not mention fields? (.+)", "le motif ne mentionne pas le(s) champ(s) $1");
        rule("this function takes (\\d+) arguments? but (\\d+) arguments? (?:was|were) supplied",
                "cette fonction prend $1 argument(s), mais $2 argument(s) fourni(s)");
        rule("this method takes (\\d+) arguments? but (\\d+) arguments? (?:was|were) supplied",
                "cette méthode prend $1 argument(s), mais $2 argument(s) fourni(s)");
        rule("missing fields? (.+) in initializer of `(.+)`", "champ(s) manquant(s) $1 dans l'initialisation de `$2`");
        rule("`(.+)` cannot be sent between threads safely", "`$1` ne peut pas être envoyé sans risque entre threads");
        rule("`(.+)` cannot be shared between threads safely", "`$1` ne peut pas être partagé sans risque entre threads");
        rule("required because it's used within this closure", "exigé parce qu'il est utilisé dans cette fermeture");
        rule("required for `(.+)` to implement `(.+)`", "exigé pour que `$1` implémente `$2`");
        rule("(\\d+) redundant requirements? hidden", "$1 exigence(s) redondante(s) masquée(s)");
        rule("required for the cast from `(.+)` to `(.+)`", "exigé pour la conversion de `$1` en `$2`");
        rule("required by a bound introduced by this call", "exigé par une borne introduite par cet appel");
        rule("required by this formatting parameter", "exigé par ce paramètre de formatage");
        rule("within this `(.+)`", "dans ce `$1`");
        rule("within `(.+)`, the trait `(.+)` is not implemented for `(.+)`", "dans `$1`, le trait `$2` n'est pas implémenté pour `$3`");
        rule("the trait `(.+)` is implemented for `(.+)`", "le trait `$1` est implémenté pour `$2`");
        rule("the trait `(.+)` is not implemented for `(.+)`", "le trait `$1` n'est pas implémenté pour `$2`");
        rule("if you want to do aliasing and mutation between multiple threads, use (.+) instead",
                "pour partager et modifier entre plusieurs threads, utilisez plutôt $1");
        rule("type annotations needed for `(.+)`", "annotations de type nécessaires pour `$1`");
        rule("type annotations needed", "annotations de type nécessaires");
        rule("cannot move out of type `(.+)`, a non-copy array", "impossible de déplacer hors du type `$1`, un tableau non `Copy`");
        rule("borrowed data escapes outside of function", "des données empruntées s'échappent de la fonction");
        rule("borrowed data escapes outside of method", "des données empruntées s'échappent de la méthode");
        rule("borrowed data escapes outside of closure", "des données empruntées s'échappent de la fermeture");
        rule("the parameter type `(.+)` may not live long enough", "le type paramètre `$1` ne vit peut-être pas assez longtemps");
        rule("the parameter type `(.+)` must be valid for the static lifetime\\.\\.\\.",
                "le type paramètre `$1` doit être valide pour la durée de vie `'static`...");
        rule("\\.\\.\\.so that the type `(.+)` will meet its required lifetime bounds",
                "...pour que le type `$1` respecte les bornes de durée de vie requises");
        rule("consider adding an explicit lifetime bound", "ajoutez une borne de durée de vie explicite");
        // Parse errors.
        rule("expected one of `!` or `::`, found (.+)", "`!` ou `::` attendu, $1 trouvé");
        rule("expected one of `!` or `::`", "`!` ou `::` attendu");
        rule("help: write `fn` instead of `(.+)` to declare a function", "aide : écrivez `fn` au lieu de `$1` pour déclarer une fonction");
        rule("this file contains an unclosed delimiter", "ce fichier contient un délimiteur non fermé");
        rule("unclosed delimiter", "délimiteur non fermé");
        rule("to force the closure to take ownership of `(.+)` \\(and any other referenced variables\\), use the `move` keyword",
                "pour que la fermeture prenne possession de `$1` (et des autres variables référencées), utilisez le mot-clé `move`");
        rule("wrap the pattern in parentheses", "entourez le motif de parenthèses");
        rule("expected a closure that implements the `(.+)` trait, but this closure only implements `(.+)`",
                "fermeture implémentant le trait `$1` attendue, mais celle-ci n'implémente que `$2`");
        rule("struct `(.+)` has no field named `(.+)`", "la structure `$1` n'a pas de champ nommé `$2`");
        rule("variant `(.+)` has no field named `(.+)`", "la variante `$1` n'a pas de champ nommé `$2`");
        rule("`(.+)` is a `&` reference, so it cannot be written to", "`$1` est une référence `&` : on ne peut pas écrire à travers");
        rule("`(.+)` is a `&` reference, so it cannot be borrowed as mutable", "`$1` est une référence `&` : on ne peut pas en tirer un emprunt mutable");
        rule("consider changing this to be a mutable reference", "transformez-la en référence mutable");
        rule("this iterator yields `&` references", "cet itérateur produit des références `&`");
        rule("use mutable method", "utilisez la méthode mutable");
        rule("to modify the original value, take a borrow instead", "pour modifier la valeur d'origine, empruntez-la plutôt");
        rule("unused variable: `(.+)`", "variable inutilisée : `$1`");
        rule("variable `(.+)` is assigned to, but never used", "la variable `$1` reçoit des valeurs mais n'est jamais utilisée");
        rule("consider using `(.+)` instead", "utilisez plutôt `$1`");
        rule("help: if this is intentional, prefix it with an underscore: `(.+)`", "aide : si c'est voulu, préfixez-la d'un tiret bas : `$1`");
        rule("help: try ignoring the field: `(.+)`", "aide : ignorez plutôt le champ : `$1`");
        rule("value assigned to `(.+)` is never read", "la valeur affectée à `$1` n'est jamais lue");
        rule("value passed to `(.+)` is never read", "la valeur passée à `$1` n'est jamais lue");
        rule("maybe it is overwritten before being read\\?", "elle est peut-être écrasée avant d'être lue ?");
        rule("`(.+)` declared here, outside of the closure body", "`$1` est déclarée ici, hors du corps de la fermeture");
        rule("requirement occurs because of a mutable reference to `(.+)`", "l'exigence vient d'une référence mutable vers `$1`");
        rule("mutable references are invariant over their type parameter", "les références mutables sont invariantes en leur paramètre de type");
        rule("see <https://doc.rust-lang.org/nomicon/subtyping.html> for more information about variance",
                "voir <https://doc.rust-lang.org/nomicon/subtyping.html> pour en savoir plus sur la variance");
        rule("variable does not need to be mutable", "la variable n'a pas besoin d'être mutable");
        deadCodeRules();
        rule("remove this `mut`", "retirez ce `mut`");
        rule("`#\\[warn\\((.+)\\)\\]` \\(part of `#\\[warn\\(unused\\)\\]`\\) on by default", "`#[warn($1)]` (qui fait partie de `#[warn(unused)]`) est actif par défaut");
        rule("cannot assign to `(.+)`, which is behind a `(.+)` reference", "impossible d'affecter `$1`, qui est derrière une référence `$2`");
        rule("cannot borrow `(.+)` as mutable, as it is behind a `(.+)` reference",
                "impossible d'emprunter `$1` en mutable : il est derrière une référence `$2`");
        rule("no field `(.+)` on type `(.+)`", "aucun champ `$1` dans le type `$2`");
        rule("attempted to take value of method `(.+)` on type `(.+)`", "tentative de prendre la valeur de la méthode `$1` du type `$2`");
        rule("method, not a field", "méthode, pas un champ");
        rule("use parentheses to call the method", "ajoutez des parenthèses pour appeler la méthode");
        rule("a method `(.+)` also exists, call it with parentheses", "une méthode `$1` existe aussi, appelez-la avec des parenthèses");
        rule("implicit elided lifetime not allowed here", "durée de vie implicite élidée interdite ici");
        // What `error: unsupported: ...` refuses (the prefix is translated in text()).
        rule("a `static` with interior mutability \\((`.+`)\\)", "un `static` à mutabilité intérieure ($1)");
        rule("casting a function to a raw pointer", "convertir une fonction en pointeur brut");
        rule("upcasting a trait object to a generic supertrait or one with associated types",
                "convertir un objet trait vers un supertrait générique ou qui a des types associés");
        rule("a visibility on an item of a trait impl", "une visibilité sur un élément d'une implémentation de trait");
        rule("`const fn` in a trait impl", "`const fn` dans une implémentation de trait");
        rule("an inherent impl on a type not defined in the program", "une implémentation propre pour un type qui n'est pas défini dans le programme");
        rule("an impl of a standard library trait for a bare type parameter",
                "une implémentation d'un trait de la bibliothèque standard pour un paramètre de type nu");
        rule("two impls of one trait that may overlap \\(whether a foreign type implements a foreign trait decides it\\)",
                "deux implémentations d'un même trait qui peuvent se chevaucher (selon qu'un type étranger implémente ou non un trait étranger)");
        rule("a closure whose captures must be `'static` holding a parameter's borrow",
                "une fermeture dont les captures doivent être `'static` et qui contient l'emprunt d'un paramètre");
        rule("a closure bound to a variable that stores a borrow from its parameter, used other than by calling it",
                "une fermeture liée à une variable qui garde un emprunt de son paramètre, utilisée autrement qu'en l'appelant");
        rule("`(.+)!` to a destination other than a `String` or a `Formatter`", "`$1!` vers une destination autre qu'une `String` ou un `Formatter`");
        rule("`(.+)` expressions", "expressions `$1`");
        rule("`(.+)` function pointer types", "types pointeurs de fonction `$1`");
        rule("`(.+)` items", "éléments `$1`");
        rule("the `\\?` operator can only be used on `(Result|Option)`s, not `(Result|Option)`s, in a function that returns `(Result|Option)`",
                "l'opérateur `?` ne s'applique qu'à des `$1`, pas à des `$2`, dans une fonction qui renvoie `$3`");
        rule("the `\\?` operator can only be used on `(Result|Option)`s, not `(Result|Option)`s, in a method that returns `(Result|Option)`",
                "l'opérateur `?` ne s'applique qu'à des `$1`, pas à des `$2`, dans une méthode qui renvoie `$3`");
        rule("the `\\?` operator can only be used on `(Result|Option)`s, not `(Result|Option)`s, in a closure that returns `(Result|Option)`",
                "l'opérateur `?` ne s'applique qu'à des `$1`, pas à des `$2`, dans une fermeture qui renvoie `$3`");
        rule("use `\\.ok_or\\(\\.\\.\\.\\)\\?` to provide an error compatible with `(.+)`",
                "utilisez `.ok_or(...)?` pour fournir une erreur compatible avec `$1`");
        rule("use `\\.ok\\(\\)\\?` if you want to discard the `Result<Infallible, _>` error information",
                "utilisez `.ok()?` pour abandonner l'information d'erreur du `Result<Infallible, _>`");
        rule("this function returns (?:a|an) `(Result|Option)`", "cette fonction renvoie un `$1`");
        rule("`\\?` in a function not returning Result or Option", "`?` dans une fonction qui ne renvoie ni Result ni Option");
        rule("`\\?` on this type", "`?` sur ce type");
        rule("`box` patterns", "motifs `box`");
        rule("`break` outside of a loop", "`break` hors d'une boucle");
        rule("`dyn` with several traits", "`dyn` avec plusieurs traits");
        rule("a value that may borrow, in a `dyn Trait` field \\(implicitly `'static`\\) of a struct with lifetime parameters",
                "une valeur qui peut emprunter, dans un champ `dyn Trait` (implicitement `'static`) d'une structure à paramètres de durée de vie");
        rule("`impl Trait` in this position", "`impl Trait` à cette position");
        rule("`impl Trait` inside a return type", "`impl Trait` à l'intérieur d'un type de retour");
        rule("`let` expression outside of an `if` or `while` condition", "expression `let` hors d'une condition de `if` ou de `while`");
        rule("`vec!` without the std `Vec`", "`vec!` sans le `Vec` de la bibliothèque standard");
        rule("`write!` without a destination", "`write!` sans destination");
        rule("`~const` bounds", "contraintes `~const`");
        rule("a `const` in a pattern", "une `const` dans un motif");
        rule("macro `format_args!` without a literal template", "macro `format_args!` sans modèle littéral");
        rule("a generic or associated constant in a pattern", "une constante générique ou associée dans un motif");
        rule("a constant in a pattern whose value is not a literal or a constructor",
                "une constante dans un motif dont la valeur n'est ni un littéral ni un constructeur");
        rule("a constant whose evaluation overflows", "une constante dont l'évaluation déborde");
        rule("a constant whose evaluation divides by zero", "une constante dont l'évaluation divise par zéro");
        rule("a `str` constant outside a reference", "une constante `str` hors d'une référence");
        rule("an associated item that several traits of the type define", "un élément associé que plusieurs traits du type définissent");
        rule("a binding of the rest of a slice pattern by value", "une liaison par valeur du reste d'un motif de tranche");
        rule("a binding of the rest of an array pattern", "une liaison du reste d'un motif de tableau");
        rule("a destructuring `let` without an initialiser", "un `let` qui déstructure sans valeur initiale");
        rule("a recursive constant", "une constante récursive");
        rule("a closure parameter's borrow stored in a field written with `'static` lifetimes",
                "l'emprunt d'un paramètre de fermeture rangé dans un champ écrit avec des durées de vie `'static`");
        rule("a closure parameter's borrow stored in a field written with `'static` lifetimes, in a closure",
                "l'emprunt d'un paramètre de fermeture rangé dans un champ écrit avec des durées de vie `'static`, dans une fermeture");
        rule("a closure's capture stored in a field written with `'static` lifetimes, in a closure",
                "une capture de fermeture rangée dans un champ écrit avec des durées de vie `'static`, dans une fermeture");
        rule("returning data from a parameter whose type has several lifetimes, not all of which outlive the result",
                "le renvoi de données d'un paramètre dont le type a plusieurs durées de vie, qui ne survivent pas toutes au résultat");
        rule("storing data from a parameter whose type has several lifetimes, not all of which outlive the storage",
                "le rangement de données d'un paramètre dont le type a plusieurs durées de vie, qui ne survivent pas toutes au stockage");
        rule("a variable's type naming a lifetime parameter, in a function with several lifetime parameters",
                "le type d'une variable nommant un paramètre de durée de vie, dans une fonction à plusieurs paramètres de durée de vie");
        rule("a type parameter of an impl or trait given to a function that requires `'static`",
                "un paramètre de type d'un impl ou d'un trait donné à une fonction qui exige `'static`");
        rule("a mutable borrow of an immutable `static`", "un emprunt mutable d'un `static` immuable");
        rule("a call of a function not known to be `const` in a constant's initialiser",
                "l'appel d'une fonction qui n'est pas connue comme `const` dans la valeur d'une constante");
        rule("a type parameter bounded by `'static` on a struct, enum or impl, given a type that may hold a borrow",
                "un paramètre de type borné par `'static` sur une structure, une énumération ou un impl, recevant un type qui peut contenir un emprunt");
        rule("a borrow given to a parameter whose type holds a `'static` trait object next to other lifetimes",
                "un emprunt passé à un paramètre dont le type contient un objet trait `'static` à côté d'autres durées de vie");
        rule("a value of a generic type coerced to `dyn Trait` in a function with lifetime parameters",
                "une valeur de type générique convertie en `dyn Trait` dans une fonction à paramètres de durée de vie");
        rule("a tuple struct or variant constructor used as a function value",
                "un constructeur de structure ou de variante tuple utilisé comme valeur de fonction");
        rule("a variable bound by reference in only some alternatives of an or-pattern",
                "une variable liée par référence dans une partie seulement des alternatives d'un motif `|`");
        rule("array length that is not a literal or a constant", "longueur de tableau qui n'est ni un littéral ni une constante");
        rule("associated constants in generic impls", "constantes associées dans des `impl` génériques");
        rule("associated constants in trait impls", "constantes associées dans des `impl` de trait");
        rule("this visibility \\(a `pub\\(in path\\)` or `pub\\(super\\)` naming no enclosing module\\)",
                "cette visibilité (un `pub(in chemin)` ou `pub(super)` qui ne nomme pas un module englobant)");
        rule("`dyn` of a trait with associated constants", "`dyn` d'un trait à constantes associées");
        rule("associated type outside a trait or impl", "type associé hors d'un trait ou d'un `impl`");
        rule("async/await", "`async`/`await`");
        rule("attribute `(.+)`", "attribut `$1`");
        rule("bindings inside this or-pattern", "liaisons dans ce motif `|`");
        rule("capturing `(.+)` in a format string", "capture de `$1` dans une chaîne de format");
        rule("closure without type information", "fermeture sans information de type");
        rule("const generic arguments", "arguments génériques `const`");
        rule("const generic defaults", "valeurs par défaut de génériques `const`");
        rule("const generics", "génériques `const`");
        rule("function without a body", "fonction sans corps");
        rule("generic associated types", "types associés génériques");
        rule("higher-ranked `for<'a>` types", "types de rang supérieur `for<'a>`");
        rule("higher-ranked trait bounds `for<'a>`", "contraintes de trait de rang supérieur `for<'a>`");
        rule("internal scope mismatch in `for`", "incohérence interne de portée dans `for`");
        rule("long associated type paths", "longs chemins de types associés");
        rule("macro invocations in patterns", "appels de macro dans les motifs");
        rule("method call that could not be resolved", "appel de méthode non résolu");
        rule("missing field", "champ manquant");
        rule("modules in other files \\((.+)\\)", "modules dans d'autres fichiers ($1)");
        rule("negative impls `impl !Trait`", "`impl` négatifs `impl !Trait`");
        rule("negative impls", "`impl` négatifs");
        rule("nesting deeper than (\\d+) levels", "imbrication de plus de $1 niveaux");
        rule("non-literal enum discriminant", "discriminant d'enum non littéral");
        rule("`#\\[repr\\((\\w+)\\)\\]` on an enum with fields", "`#[repr($1)]` sur une enum à champs");
        rule("an enum discriminant outside the range of its `#\\[repr\\((\\w+)\\)\\]`",
                "un discriminant d'enum hors de l'intervalle de son `#[repr($1)]`");
        rule("qualified paths `<T as Trait>::Name`", "chemins qualifiés `<T as Trait>::Name`");
        rule("qualified paths `<T as Trait>::Name` with more than one segment after them",
                "chemins qualifiés `<T as Trait>::Name` suivis de plus d'un segment");
        rule("qualified paths `<T as Trait>::Name` naming a struct or a macro",
                "chemins qualifiés `<T as Trait>::Name` désignant une structure ou une macro");
        rule("a qualified path `<T as Trait>::Name` whose `T` holds a reference",
                "un chemin qualifié `<T as Trait>::Name` dont le `T` contient une référence");
        rule("a qualified path `<T as Trait>::Name` whose bound heaplab cannot decide",
                "un chemin qualifié `<T as Trait>::Name` dont heaplab ne sait pas décider la contrainte");
        rule("range field `(.+)`", "champ d'intervalle `$1`");
        rule("range indexing of this type", "indexation par intervalle de ce type");
        rule("range of this type", "intervalle de ce type");
        rule("raw borrows `&raw`", "emprunts bruts `&raw`");
        rule("struct literal of this kind", "littéral de structure de cette sorte");
        rule("this `for` loop", "cette boucle `for`");
        rule("this item inside an impl", "cet élément dans un `impl`");
        rule("this path in a pattern", "ce chemin dans un motif");
        rule("this pattern bound", "cette borne de motif");
        rule("this range form", "cette forme d'intervalle");
        rule("this struct pattern", "ce motif de structure");
        rule("this tuple-struct pattern", "ce motif de structure tuple");
        rule("unknown field", "champ inconnu");
        rule("unresolved path `(.+)`", "chemin non résolu `$1`");
        rule("use of this variable here", "utilisation de cette variable ici");
        rule("this constant", "cette constante");
        rule("macro `(.+)`", "macro `$1`");
        rule("operator (`.+`) on operands of type (`.+`) known only after the expression",
                "opérateur $1 sur des opérandes de type $2 connu seulement après l'expression");
        rule("(`[^`]+`) needed by `#\\[derive\\((\\w+)\\)\\]` \\(this part of the standard library is not modelled\\)",
                "$1, requis par `#[derive($2)]` (cette partie de la bibliothèque standard n'est pas modélisée)");
        rule("the trait `Copy` cannot be implemented for this type", "le trait `Copy` ne peut pas être implémenté pour ce type");
        rule("this field does not implement `Copy`", "ce champ n'implémente pas `Copy`");
        rule("the trait `Copy` cannot be implemented for this type; the type has a destructor",
                "le trait `Copy` ne peut pas être implémenté pour ce type : le type a un destructeur");
        rule("`Copy` not allowed on types with destructors", "`Copy` n'est pas permis sur un type qui a un destructeur");
        rule("destructor declared here", "destructeur déclaré ici");
        rule("(`[^`]+`) needed by the supertraits of `(.+)` \\(this part of the standard library is not modelled\\)",
                "$1, requis par les supertraits de `$2` (cette partie de la bibliothèque standard n'est pas modélisée)");
        rule("in this derive macro expansion", "dans l'expansion de cette macro `derive`");
        rule("the trait bound `(.+)` is not satisfied", "la contrainte de trait `$1` n'est pas satisfaite");
        rule("the trait `(.+)` is not implemented for `(.+)`", "le trait `$1` n'est pas implémenté pour `$2`");
        rule("`(.+)` doesn't implement `Debug`", "`$1` n'implémente pas `Debug`");
        rule("`(.+)` is not an iterator", "`$1` n'est pas un itérateur");
        rule("a type mismatch between the adapters of an iterator chain that heaplab cannot place \\(rustc reports it, e.g. E0631 for a closure whose parameter type is not the item it is given\\)",
                "une incohérence de types entre les adaptateurs d'une chaîne d'itérateurs que heaplab ne sait pas situer (rustc la signale, par exemple E0631 pour une fermeture dont le type de paramètre n'est pas celui de l'élément reçu)");
        rule("a value of type `(.+)` cannot be made by summing an iterator over elements of type `(.+)`",
                "une valeur de type `$1` ne peut pas être obtenue en sommant un itérateur sur des éléments de type `$2`");
        rule("value of type `(.+)` cannot be made by summing a `std::iter::Iterator<Item=(.+)>`",
                "une valeur de type `$1` ne peut pas être obtenue en sommant un `std::iter::Iterator<Item=$2>`");
        rule("a value of type `(.+)` cannot be made by multiplying all elements of type `(.+)` from an iterator",
                "une valeur de type `$1` ne peut pas être obtenue en multipliant tous les éléments de type `$2` d'un itérateur");
        rule("value of type `(.+)` cannot be made by multiplying all elements from a `std::iter::Iterator<Item=(.+)>`",
                "une valeur de type `$1` ne peut pas être obtenue en multipliant tous les éléments d'un `std::iter::Iterator<Item=$2>`");
        rule("a value of type `(.+)` cannot be built from an iterator over elements of type `(.+)`",
                "une valeur de type `$1` ne peut pas être construite à partir d'un itérateur sur des éléments de type `$2`");
        rule("value of type `(.+)` cannot be built from `std::iter::Iterator<Item=(.+)>`",
                "une valeur de type `$1` ne peut pas être construite à partir de `std::iter::Iterator<Item=$2>`");
        rule("expected a `(.+)` closure, found `(.+)`", "une fermeture `$1` était attendue, `$2` trouvé");
        rule("expected an `(.+)` closure, found `(.+)`", "une fermeture `$1` était attendue, `$2` trouvé");
        rule("wrap the `(.+)` in a closure with no arguments: `\\|\\| \\{ /\\* code \\*/ \\}`",
                "enveloppez `$1` dans une fermeture sans argument : `|| { /* code */ }`");
        rule("`(.+)` doesn't implement `std::fmt::Display`", "`$1` n'implémente pas `std::fmt::Display`");
        rule("add `#\\[derive\\(Debug\\)\\]` to `(.+)` or manually `impl Debug for (.+)`",
                "ajoutez `#[derive(Debug)]` à `$1` ou écrivez `impl Debug for $2`");
        rule("(`.+`) \\(this part of the standard library is not modelled\\)",
                "$1 (cette partie de la bibliothèque standard n'est pas modélisée)");
    }

    /** `dead_code`: each kind of item, with its French noun's gender for the participle. */
    /** Privacy: E0603 for each kind of item (and of import), E0616, E0624, E0451, E0423's private constructor. */
    private static void privacyRules() {
        // E0603's kinds of item: English, French, gender
        String[][] kinds = {
        {"function", "fonction", "f"}, {"struct", "structure", "f"}, {"enum", "enum", "m"}, {"trait", "trait", "m"},
        {"constant", "constante", "f"}, {"static", "statique", "f"}, {"type alias", "alias de type", "m"},
        {"module", "module", "m"}, {"unit struct", "structure unité", "f"}, {"variant", "variante", "f"},
        {"tuple struct constructor", "constructeur de structure tuple", "m"}};
        for (String[] k : kinds) {
            boolean f = k[2].equals("f");
            String e = f ? "e" : "";
            String the = f ? "la " : "le ";
            String en = java.util.regex.Pattern.quote(k[0]);
            rule(en + " `(.+)` is private", the + k[1] + " `$1` est privé" + e);
            rule("private " + en, k[1] + " privé" + e);
            rule("the " + en + " `(.+)` is defined here", the + k[1] + " `$1` est défini" + e + " ici");
            rule(en + " `(.+)` is not publicly re-exported", the + k[1] + " `$1` n'est pas réexporté" + e + " publiquement");
            rule(en + " import `(.+)` is private", "l'import de " + k[1] + " `$1` est privé");
            rule("private " + en + " import", "import de " + k[1] + " privé");
            rule("the " + en + " import `(.+)` is defined here\\.\\.\\.", "l'import de " + k[1] + " `$1` est défini ici...");
            rule("\\.\\.\\.and refers to the " + en + " `(.+)` which is defined here", "... et désigne " + the + k[1] + " `$1`, défini" + e + " ici");
        }
        rule("field `(.+)` of struct `(.+)` is private", "le champ `$1` de la structure `$2` est privé");
        rule("fields (.+) of struct `(.+)` are private", "les champs $1 de la structure `$2` sont privés");
        rule("private field", "champ privé");
        rule("field `(.+)` is private", "le champ `$1` est privé");
        rule("fields (.+) are private", "les champs $1 sont privés");
        rule("method `(.+)` is private", "la méthode `$1` est privée");
        rule("associated function `(.+)` is private", "la fonction associée `$1` est privée");
        rule("associated constant `(.+)` is private", "la constante associée `$1` est privée");
        rule("private method", "méthode privée");
        rule("private associated function", "fonction associée privée");
        rule("private associated constant", "constante associée privée");
        rule("private method defined here", "méthode privée définie ici");
        rule("private associated function defined here", "fonction associée privée définie ici");
        rule("private associated constant defined here", "constante associée privée définie ici");
        rule("cannot initialize a tuple struct which contains private fields",
                "impossible d'initialiser une structure tuple dont des champs sont privés");
        rule("constructor is not visible here due to private fields", "le constructeur n'est pas visible ici : des champs sont privés");
        rule("a constructor is private if any of the fields is private", "un constructeur est privé dès que l'un des champs l'est");
        rule("consider making the field publicly accessible", "rendez ce champ public");
        rule("`(.+)` is private, and cannot be re-exported", "`$1` est privé et ne peut pas être réexporté");
        rule("`(.+)` is only public within the crate, and cannot be re-exported outside",
                "`$1` n'est public que dans la crate et ne peut pas être réexporté hors d'elle");
        rule("re-export of private `(.+)`", "réexport de `$1`, privé");
        rule("consider declaring type or module `(.+)` with `pub`", "déclarez le type ou module `$1` avec `pub`");
        rule("consider marking `(.+)` as `pub` in the imported module", "marquez `$1` comme `pub` dans le module importé");
        rule("cannot match against a tuple struct which contains private fields",
                "impossible de filtrer une structure tuple dont des champs sont privés");
        rule("consider making the fields publicly accessible", "rendez ces champs publics");
    }

    private static void deadCodeRules() {
        String[][] kinds = { // English, French singular, French plural, feminine?
            {"function", "la fonction", "les fonctions", "f"}, {"struct", "la structure", "les structures", "f"},
            {"enum", "l'énumération", "les énumérations", "f"}, {"trait", "le trait", "les traits", "m"},
            {"constant", "la constante", "les constantes", "f"}, {"static", "la variable statique", "les variables statiques", "f"},
            {"type alias", "l'alias de type", "les alias de type", "m"}, {"method", "la méthode", "les méthodes", "f"},
            {"associated function", "la fonction associée", "les fonctions associées", "f"},
            {"associated constant", "la constante associée", "les constantes associées", "f"},
            {"associated item", "l'élément associé", "les éléments associés", "m"}, {"field", "le champ", "les champs", "m"},
            {"variant", "le variant", "les variants", "m"}};
        String[][] participles = {{"used", "utilisé"}, {"read", "lu"}, {"constructed", "construit"}};
        for (String[] k : kinds) {
            String e = k[3].equals("f") ? "e" : "";
            for (String[] p : participles) {
                rule(k[0] + " (`[^`]+`) is never " + p[0], k[1] + " $1 n'est jamais " + p[1] + e);
                rule(k[0] + "s (.+) are never " + p[0], k[2] + " $1 ne sont jamais " + p[1] + e + "s");
                rule("multiple " + k[0] + "s are never " + p[0], "plusieurs " + k[2].substring(4) + " ne sont jamais " + p[1] + e + "s");
            }
            String noun = k[1].replaceFirst("^(la |le |l')", "");
            String nouns = k[2].substring(4);
            String[][] parents = {{"struct", "de cette structure"}, {"enum", "de cette énumération"}, {"variant", "de ce variant"},
                {"trait", "de ce trait"}, {"implementation", "de cette implémentation"}};
            for (String[] pa : parents) {
                rule(k[0] + " in this " + pa[0], noun + " " + pa[1]);
                rule(k[0] + "s in this " + pa[0], nouns + " " + pa[1]);
            }
        }
        rule("`(.+)` has a derived impl for the trait (`[^`]+`), but this is intentionally ignored during dead code analysis",
                "`$1` a une implémentation dérivée du trait $2, que l'analyse du code mort ignore volontairement");
        rule("`(.+)` has derived impls for the traits (.+), but these are intentionally ignored during dead code analysis",
                "`$1` a des implémentations dérivées des traits $2, que l'analyse du code mort ignore volontairement");
        rule("consider removing this field", "retirez ce champ");
        rule("consider removing these fields", "retirez ces champs");
        rule("consider changing the field to be of unit type to suppress this warning while preserving the field numbering, or remove the field",
                "donnez au champ le type unité pour faire taire cet avertissement sans changer la numérotation des champs, ou retirez le champ");
        rule("consider changing the fields to be of unit type to suppress this warning while preserving the field numbering, or remove the fields",
                "donnez aux champs le type unité pour faire taire cet avertissement sans changer la numérotation des champs, ou retirez les champs");
    }

    /** The French wording of one English text, or the text itself when the table has no entry. */
    public static String text(String english) {
        // `unsupported: <what>`: the prefix, then what is refused, by the same table
        if (english.startsWith(UNSUPPORTED)) return "non pris en charge : " + text(english.substring(UNSUPPORTED.length()));
        for (Rule r : RULES) {
            Matcher m = r.english().matcher(english);
            if (m.matches()) return namesList(borrowedFromList(m.replaceAll(r.french())));
        }
        return english;
    }

    /** Lists of names joined as in French: "`a`, `b` et `c`". */
    private static String namesList(String french) {
        return french.replace("`, and `", "` et `").replace("` and `", "` et `");
    }

    /** E0106's list of parameters: "one of `a`'s 2 lifetimes", "argument 1", "or" in French. */
    private static String borrowedFromList(String french) {
        if (!french.contains("la signature ne dit pas si elle est empruntée à ")) return french;
        return french.replaceAll("one of (`[^`]+`)'s (\\d+) lifetimes", "l'une des $2 durées de vie de $1")
                .replaceAll("argument (\\d+)", "l'argument $1").replace(", or ", " ou ").replace(" or ", " ou ");
    }

    /** A diagnostic with its texts in French. */
    public static Diagnostic translate(Diagnostic d) {
        List<Label> labels = new ArrayList<>();
        for (Label l : d.labels()) labels.add(new Label(l.span(), text(l.message()), l.primary()));
        return new Diagnostic(d.kind(), d.severity(), d.code(), text(d.message()), labels,
                d.children().stream().map(c -> new Diagnostic.Child(c.help(), text(c.text()))).toList(),
                d.suggestions().stream().map(x -> x.withMessage(text(x.message()))).toList(),
                d.spanNotes().stream().map(n -> n.translated(French::text)).toList());
    }

    public static List<Diagnostic> translate(List<Diagnostic> ds) { return ds.stream().map(French::translate).toList(); }
}
