//@ compile-fail
// `first()` returns a reference into the Vec; sorting needs it mutably while the reference is used later.
fn main() {
    let mut scores = vec![42, 7, 19];
    let head = scores.first();
    scores.sort(); //~ ERROR E0502
    println!("head before sorting: {:?}, after: {:?}", head, scores);
}
