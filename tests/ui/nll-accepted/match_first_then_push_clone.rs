// The borrow from `first()` ends at `s.clone()`, before the two-phase `push` is activated.
fn main() {
    let mut v = vec![String::from("a")];
    match v.first() {
        Some(s) => v.push(s.clone()),
        None => {}
    }
    println!("{:?}", v);
}
