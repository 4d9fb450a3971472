// Lesson "Gestion Mémoire en Rust", example 1: integers live on the stack and are copied.
fn main() {
    let x = 5; // Sur la stack
    let y = x; // Copie sur la stack
    println!("{}", x); // x toujours valide
    println!("{}", y);
    let z = x + y; // toujours sur la stack
    println!("{}", z);
    println!("{}", std::mem::size_of_val(&z));
}
