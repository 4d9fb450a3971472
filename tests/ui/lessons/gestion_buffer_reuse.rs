// Lesson "Gestion Mémoire en Rust", optimisation 3: reuse one buffer instead of creating new ones.
fn main() {
    let mut buffer = Vec::new();
    for round in 1..=3 {
        // Réutiliser buffer au lieu de créer de nouveaux
        buffer.clear();
        for i in 0..round * 4 {
            buffer.push(i as u8);
        }
        println!("round {round}: len {} cap {}", buffer.len(), buffer.capacity());
    }
}
