//@ compile-fail
// Two mutable references into the same letter-count array, taken for two different letters.
fn main() {
    let mut left = [0u8; 26];
    let word = "geese";
    let i = (word.as_bytes()[0] - b'a') as usize;
    let j = (word.as_bytes()[1] - b'a') as usize;
    let a = &mut left[i];
    let b = &mut left[j]; //~ ERROR E0499
    *a += 1;
    *b += 1;
    println!("{:?}", &left[..8]);
}
