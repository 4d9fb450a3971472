//@ compile-fail
// A RefCell borrow guard kept after the RefCell itself goes out of scope.
use std::cell::RefCell;

fn main() {
    let reading;
    {
        let sensor = RefCell::new(vec![20, 21, 19]);
        reading = sensor.borrow(); //~ ERROR E0597
    }
    println!("{:?}", reading);
}
