// Lesson "La gestion de la mémoire": memory use is deterministic, known from the code alone.
fn main() {
    let mut v: Vec<u64> = Vec::new();
    for i in 0..5 {
        v.push(i);
        println!("len {} cap {}", v.len(), v.capacity());
    }
    drop(v); // libération à un moment connu, pas quand un GC le décide
    println!("v libéré");
}
