//@ compile-fail
// Storing a mutable borrow from each iteration in a Vec keeps them all alive.
fn main() {
    let mut counter = 0;
    let mut refs: Vec<&mut i32> = Vec::new();
    for _ in 0..2 {
        refs.push(&mut counter); //~ ERROR E0499
    }
    println!("{}", refs.len());
}
