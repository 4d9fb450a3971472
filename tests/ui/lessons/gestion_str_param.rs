// Lesson "Gestion Mémoire en Rust", optimisation 2: take &str instead of String (no allocation).
fn process(s: &str) -> usize {
    // Pas d'allocation
    s.len()
}

fn main() {
    let owned = String::from("texte possédé");
    println!("{}", process(&owned));
    println!("{}", process("littéral"));
    println!("{}", process(&owned[0..5]));
}
