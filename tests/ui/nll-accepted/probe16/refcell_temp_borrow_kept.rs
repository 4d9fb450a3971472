// A reference into a temporary RefCell borrow in a let initialiser: edition 2024 extends the temporary.
use std::cell::RefCell;
fn main() {
    let c = RefCell::new(vec![1, 2]);
    let first = &c.borrow()[0];
    println!("{}", first);
}
