// Lesson "Gestion Mémoire en Rust", security notes: bounds are checked, so a bad index panics.
fn main() {
    let buffer = vec![10, 20, 30];
    println!("{:?}", buffer.get(5)); // accès vérifié, sans panique
    println!("{:?}", buffer.get(1));
    println!("{}", buffer[2]);
    println!("longueur {}", buffer.len());
    let i = 5;
    println!("{}", buffer[i]); // Buffer overflow impossible : panique
}
