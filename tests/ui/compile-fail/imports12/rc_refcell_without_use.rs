//@ compile-fail
// Rc and RefCell both missing: one help each, in the order of the source.
#[derive(Debug)]
struct Node {
    value: i32,
    children: Vec<Rc<RefCell<Node>>>, //~ ERROR E0425
    //~^ ERROR E0425
}

fn main() {
    let leaf = Rc::new(RefCell::new(Node { value: 3, children: vec![] })); //~ ERROR E0433
    //~^ ERROR E0433
    println!("{:?}", leaf);
}
