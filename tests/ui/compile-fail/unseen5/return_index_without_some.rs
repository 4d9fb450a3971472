//@ compile-fail
// A function returning Option<usize> must wrap the found index in Some.
fn find(haystack: &[char], needle: char) -> Option<usize> {
    for (i, &c) in haystack.iter().enumerate() {
        if c == needle {
            return i; //~ ERROR E0308
        }
    }
    None
}

fn main() {
    println!("{:?}", find(&['a', 'b'], 'b'));
}
