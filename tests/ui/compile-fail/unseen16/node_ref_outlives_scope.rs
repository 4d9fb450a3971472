//@ compile-fail
// Keeping a reference to the value of a node built inside an inner block.
struct Node {
    value: String,
    next: Option<Box<Node>>,
}

fn main() {
    let first;
    {
        let head = Node { value: "head".to_string(), next: None };
        first = &head.value; //~ ERROR E0597
        println!("{}", head.next.is_none());
    }
    println!("{}", first);
}
