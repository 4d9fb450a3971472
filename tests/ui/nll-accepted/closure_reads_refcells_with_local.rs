// A closure that only reads the cells it is given cannot store its short-lived capture in them.
use std::cell::RefCell;

fn main() {
    let cells = vec![RefCell::new(vec!["a"]), RefCell::new(vec!["b", "c"])];
    {
        let prefix = String::from(">");
        cells.iter().for_each(|c| println!("{}{:?}", prefix, c.borrow()));
    }
    let kept = String::from("kept");
    cells.iter().for_each(|c| c.borrow_mut().push("y"));
    let log = RefCell::new(Vec::new());
    log.borrow_mut().push(&kept);
    println!("{:?} {:?}", cells, log);
}
