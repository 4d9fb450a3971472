//@ compile-fail
// A Box is moved out of an array by indexing.
fn main() {
    let boxes = [Box::new(1), Box::new(2)];
    let b = boxes[1]; //~ ERROR E0508
    println!("{}", b);
}
