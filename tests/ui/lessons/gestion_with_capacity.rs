// Lesson "Gestion Mémoire en Rust", optimisation 1: pre-allocate with Vec::with_capacity(100).
fn main() {
    let mut vec = Vec::with_capacity(100); // Pré-allouer
    println!("len {} cap {}", vec.len(), vec.capacity());
    for i in 0..100 {
        vec.push(i);
    }
    println!("len {} cap {}", vec.len(), vec.capacity());
    vec.push(100); // au-delà de la capacité : réallocation
    println!("len {} cap {}", vec.len(), vec.capacity());
}
