//@ compile-fail
// A missing semicolon between two statements.
fn main() {
    let a = 1 //~ ERROR expected `;`
    let b = 2;
    println!("{} {}", a, b);
}
