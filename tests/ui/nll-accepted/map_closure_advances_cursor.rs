// A map closure may assign the field it was called on and return a borrow of its own argument only.
struct Node {
    value: i32,
    next: Option<Box<Node>>,
}

struct Iter<'a> {
    next: Option<&'a Node>,
}

impl<'a> Iterator for Iter<'a> {
    type Item = &'a i32;
    fn next(&mut self) -> Option<&'a i32> {
        self.next.map(|n| {
            self.next = n.next.as_deref();
            &n.value
        })
    }
}

fn main() {
    let list = Node { value: 1, next: Some(Box::new(Node { value: 2, next: None })) };
    let mut it = Iter { next: Some(&list) };
    let first = it.next();
    let rest: Vec<&i32> = it.collect();
    println!("{:?} {:?}", first, rest);
    let mut count = Some(3);
    let doubled = count.map(|c| {
        count = None;
        c * 2
    });
    println!("{:?} {:?}", doubled, count);
}
