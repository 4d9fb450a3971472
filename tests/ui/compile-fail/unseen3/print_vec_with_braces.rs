//@ compile-fail
// `{}` needs Display, which Vec does not implement.
fn main() {
    let marks = vec![12, 15, 9];
    println!("marks: {}", marks); //~ ERROR E0277
}
