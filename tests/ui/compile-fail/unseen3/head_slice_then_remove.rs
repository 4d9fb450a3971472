//@ compile-fail
// A slice of the first two scores is kept while `remove(0)` shifts the vector.
fn main() {
    let mut scores = vec![10, 20, 30, 40];
    let head = &scores[..2];
    scores.remove(0); //~ ERROR E0502
    println!("{:?}", head);
}
