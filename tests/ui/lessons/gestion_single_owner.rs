// Lesson "Gestion Mémoire en Rust", security notes: one owner, so the heap buffer is freed once.
fn main() {
    let a = String::from("unique");
    let b = a; // a est déplacé : un seul propriétaire
    println!("{b}");
    println!("{}", b.len());
    let c = b.clone(); // une copie explicite possède son propre buffer
    println!("{c} {}", c == b);
    drop(b); // libère le buffer de b ; celui de c reste valide
    println!("{c}");
}
