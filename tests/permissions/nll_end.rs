// Non-lexical lifetimes: the borrow ends at its last use, not at the end of the block.
fn main() {
    let mut s = String::from("a");
    let len = {
        let r = &s;
        r.len()
    };
    s.push_str("b");
    let first = &s;
    println!("{} {}", first, len);
    s.push_str("c");
    println!("{}", s);
}
