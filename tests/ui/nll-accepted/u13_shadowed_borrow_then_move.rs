// A slice borrowed from a String is last used before the String is moved away.
fn consume(s: String) -> usize {
    s.len()
}

fn main() {
    let s = String::from("pile et tas");
    let first = s.split(' ').next().unwrap();
    println!("{}", first);
    let n = consume(s);
    println!("{}", n);
}
