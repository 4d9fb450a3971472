// Lesson "La gestion de la mémoire": an explicit lifetime lets the compiler check a returned reference.
fn plus_long<'a>(x: &'a str, y: &'a str) -> &'a str {
    if x.len() >= y.len() { x } else { y }
}

fn main() {
    let s1 = String::from("ramasse-miettes");
    let resultat;
    {
        let s2 = String::from("pile");
        resultat = plus_long(&s1, &s2).to_string();
    }
    println!("le plus long : {resultat}");
}
