//@ compile-fail
// An `impl Iterator` is never equal to its hidden type, even when the annotation names it exactly.
fn make() -> impl Iterator<Item = i32> {
    vec![1, 2].into_iter()
}

fn main() {
    let v: std::vec::IntoIter<i32> = make(); //~ ERROR E0308
    println!("{}", v.count());
}
