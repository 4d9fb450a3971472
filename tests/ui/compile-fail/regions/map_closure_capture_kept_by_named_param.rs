//@ compile-fail
// A `map` closure passes its captured `word` to a function whose named lifetime lets it keep it
// in the log: `word` is dropped while the log still borrows it (E0597).
use std::cell::RefCell;
fn keep<'x>(log: &RefCell<Vec<&'x str>>, s: &'x str) -> usize {
    log.borrow_mut().push(s);
    s.len()
}
fn main() {
    let log = RefCell::new(Vec::new());
    let items = ["a", "bb"];
    {
        let word = String::from("w");
        let lens: Vec<usize> = items.iter().map(|i| i.len() + keep(&log, &word)).collect(); //~ ERROR E0597
        println!("{:?}", lens);
    }
    println!("{}", log.borrow().len());
}
