//@ compile-fail
// Moving a list into a function while a reference to its head is still used.
struct List {
    head: Option<Box<i32>>,
}

fn consume(l: List) -> usize {
    l.head.map_or(0, |b| *b as usize)
}

fn main() {
    let list = List { head: Some(Box::new(5)) };
    let head = &list.head;
    let n = consume(list); //~ ERROR E0505
    println!("{} {:?}", n, head);
}
