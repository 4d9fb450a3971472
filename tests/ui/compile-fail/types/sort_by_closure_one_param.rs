//@ compile-fail
// sort_by's comparator takes two arguments; a closure taking one is E0593 at the call.
fn main() {
    let mut names = vec!["cy", "al", "bo"];
    names.sort_by(|a| a.len().cmp(&2)); //~ ERROR E0593
    println!("{:?}", names);
}
