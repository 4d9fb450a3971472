// Graph nodes shared through Rc with RefCell adjacency lists; reachability by DFS, and strong counts as edges are added and removed.
use std::cell::RefCell;
use std::collections::HashSet;
use std::rc::Rc;

struct Node {
    id: u32,
    label: String,
    out: RefCell<Vec<Rc<Node>>>,
}

impl Node {
    fn new(id: u32, label: &str) -> Rc<Node> {
        Rc::new(Node { id, label: label.to_string(), out: RefCell::new(Vec::new()) })
    }
}

fn connect(a: &Rc<Node>, b: &Rc<Node>) {
    a.out.borrow_mut().push(Rc::clone(b));
}

fn reachable(start: &Rc<Node>) -> Vec<u32> {
    let mut seen = HashSet::new();
    let mut stack = vec![Rc::clone(start)];
    let mut order = Vec::new();
    while let Some(n) = stack.pop() {
        if !seen.insert(n.id) {
            continue;
        }
        order.push(n.id);
        for next in n.out.borrow().iter().rev() {
            stack.push(Rc::clone(next));
        }
    }
    order
}

fn main() {
    let home = Node::new(1, "home");
    let shop = Node::new(2, "shop");
    let park = Node::new(3, "park");
    let school = Node::new(4, "school");
    let lake = Node::new(5, "lake");
    connect(&home, &shop);
    connect(&home, &park);
    connect(&shop, &school);
    connect(&park, &lake);
    connect(&school, &home);
    let all = [&home, &shop, &park, &school, &lake];
    for n in all.iter() {
        println!("{} (#{}) strong={} out={}", n.label, n.id, Rc::strong_count(n), n.out.borrow().len());
    }
    println!("from home: {:?}", reachable(&home));
    println!("from park: {:?}", reachable(&park));
    println!("from lake: {:?}", reachable(&lake));

    home.out.borrow_mut().retain(|n| n.id != 3);
    println!("after removing home->park: park strong={}", Rc::strong_count(&park));
    println!("from school: {:?}", reachable(&school));
    let names: Vec<String> = home.out.borrow().iter().map(|n| n.label.clone()).collect();
    println!("home leads to {:?}", names);
    // break the cycle so that every node is freed
    school.out.borrow_mut().clear();
    println!("home strong={}", Rc::strong_count(&home));
}
