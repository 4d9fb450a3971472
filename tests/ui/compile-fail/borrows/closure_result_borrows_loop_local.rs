//@ compile-fail
// A closure passed to `map` returns a borrow of a loop-local String, kept after the iteration.
fn main() {
    let mut names: Vec<&str> = Vec::new();
    for i in 0..2 {
        let s = i.to_string();
        let pick = Some(1).map(|_| s.as_str()); //~ ERROR E0597
        names.push(pick.unwrap());
    }
    println!("{:?}", names);
}
