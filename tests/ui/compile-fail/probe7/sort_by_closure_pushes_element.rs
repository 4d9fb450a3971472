//@ compile-fail
// `sort_by`'s comparator gets references valid during one comparison only.
fn main() {
    let mut v = vec![3, 1];
    let mut seen: Vec<&i32> = vec![];
    v.sort_by(|a, b| { seen.push(a); a.cmp(b) }); //~ ERROR E0521
    println!("{:?}", v);
}
