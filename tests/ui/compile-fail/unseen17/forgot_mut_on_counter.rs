//@ compile-fail
// A counter declared without `mut` is incremented in a loop, as `let count = 0` in JavaScript would allow.
fn main() {
    let words = ["a", "bb", "ccc"];
    let count = 0;
    for w in words {
        if w.len() > 1 {
            count += 1; //~ ERROR E0384
        }
    }
    println!("{}", count);
}
