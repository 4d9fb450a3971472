// Cell::get_mut and RefCell::get_mut give a plain &mut to the value when the cell itself is owned mutably.
use std::cell::{Cell, RefCell};

fn main() {
    let mut hits = Cell::new(3);
    *hits.get_mut() += 4;
    let mut log = RefCell::new(vec![String::from("start")]);
    log.get_mut().push(String::from("step"));
    {
        let first = &mut log.get_mut()[0];
        first.push('!');
    }
    let names = Cell::new(String::from("a"));
    let mut names = names;
    names.get_mut().push('b');
    println!("{} {:?} {}", hits.get(), log.borrow(), names.into_inner());
}
