//@ compile-fail
// Incrementing a counter declared without mut (E0384)
fn main() {
    let count = 0;
    for word in ["a", "b", "c"] {
        println!("{}", word);
        count += 1; //~ ERROR E0384
    }
    println!("{}", count);
}
