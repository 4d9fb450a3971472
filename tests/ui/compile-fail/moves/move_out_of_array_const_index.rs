//@ compile-fail
// Even with a constant index, moving out of an array element is rejected.
fn main() {
    let boxes = [Box::new(1), Box::new(2)];
    let b = boxes[0]; //~ ERROR E0508
    println!("{}", b);
}
