// A RefCell borrowed mutably in each iteration, the guard dropped at the end of each.
use std::cell::RefCell;

fn main() {
    let totals = RefCell::new(vec![0; 3]);
    for i in 0..9 {
        let mut t = totals.borrow_mut();
        t[i % 3] += i;
    }
    let sum: usize = totals.borrow().iter().sum();
    println!("{:?} {}", totals.borrow(), sum);
    totals.borrow_mut().clear();
    println!("{}", totals.borrow().len());
}
