// Lesson "Gestion Mémoire en Rust", example 2: a String owns heap memory freed at scope end.
fn main() {
    let s = String::from("hello"); // Sur le heap
    // s possède la mémoire sur le heap
    println!("{} len={} cap={}", s, s.len(), s.capacity());
    let t = s; // déplacement : la mémoire du heap change de propriétaire
    println!("{t}");
    println!("{}", std::mem::size_of_val(&t));
    // Libérée automatiquement quand s sort de portée
}
