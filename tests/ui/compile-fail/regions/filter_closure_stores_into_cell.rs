//@ compile-fail
// A filter closure may push a captured borrow into a RefCell it captured: the borrow outlives the count.
use std::cell::RefCell;

fn main() {
    let words = ["ab", "cd"];
    let lower = String::from("ab");
    let log: RefCell<Vec<&str>> = RefCell::new(Vec::new());
    let n = words
        .iter()
        .filter(|w| {
            log.borrow_mut().push(&lower);
            w.len() > 1
        })
        .count();
    drop(lower); //~ ERROR E0505
    println!("{n} {:?}", log.borrow());
}
