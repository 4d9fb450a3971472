//@ compile-fail
// a counter bound without mut is incremented in a loop
fn main() {
    let valid = 0;
    for pw in ["abcdef", "aabbcc", "xyz"] {
        if pw.len() >= 6 {
            valid += 1; //~ ERROR E0384
        }
    }
    println!("{valid}");
}
