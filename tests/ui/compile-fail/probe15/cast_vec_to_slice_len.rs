//@ compile-fail
// Casting a Vec to usize (E0605).
fn main() {
    let v = vec![1];
    println!("{}", v as usize); //~ ERROR E0605
}
