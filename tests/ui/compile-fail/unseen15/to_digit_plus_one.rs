//@ compile-fail
// the Option<u32> of to_digit is used in arithmetic directly
fn main() {
    let mut sum = 0;
    for c in "1a2b3".chars() {
        sum += c.to_digit(10); //~ ERROR E0277
    }
    println!("{sum}");
}
