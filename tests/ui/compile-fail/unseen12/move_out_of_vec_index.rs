//@ compile-fail
// The learner takes a String out of a Vec by indexing instead of cloning or removing it.
fn main() {
    let words = vec![String::from("alpha"), String::from("beta")];
    let w = words[1]; //~ ERROR E0507
    println!("{} {}", w, words.len());
}
