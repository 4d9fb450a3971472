//@ compile-fail
// A counter declared without mut and incremented in a loop.
fn main() {
    let count = 0;
    for word in "one two three".split(' ') {
        if word.len() > 3 {
            count += 1; //~ ERROR E0384
        }
    }
    println!("{}", count);
}
