//@ compile-fail
// Counting vowels over bytes() compares each u8 with a char literal.
fn main() {
    let word = "banana";
    let mut vowels = 0;
    for b in word.bytes() {
        if b == 'a' { //~ ERROR E0308
            vowels += 1;
        }
    }
    println!("{}", vowels);
}
