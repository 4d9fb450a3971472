//@ compile-fail
// A word counter declared without `mut` and incremented in a loop.
fn main() {
    let text = "a b c";
    let count = 0;
    for _w in text.split(' ') {
        count += 1; //~ ERROR E0384
    }
    println!("{}", count);
}
