// Slicing a String inside a multi-byte char panics with rustc's char-boundary message.
fn first_n_bytes(s: &str, n: usize) -> &str {
    &s[..n]
}

fn main() {
    let s = String::from("naïve");
    for n in [1, 2, 4] {
        println!("{:?}", first_n_bytes(&s, n));
    }
    println!("{:?}", s.get(..3));
    println!("{:?}", first_n_bytes(&s, 3));
}
