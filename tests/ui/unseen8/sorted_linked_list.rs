// A sorted singly linked list in Option<Box<Node>>: insertion with a &mut cursor, removal, dedup and iteration.
#[derive(Debug)]
struct Node {
    value: i32,
    next: Option<Box<Node>>,
}

struct SortedList {
    head: Option<Box<Node>>,
    len: usize,
}

impl SortedList {
    fn new() -> Self {
        SortedList { head: None, len: 0 }
    }

    fn insert(&mut self, value: i32) {
        let mut cursor = &mut self.head;
        while cursor.as_ref().map_or(false, |n| n.value < value) {
            cursor = &mut cursor.as_mut().unwrap().next;
        }
        let rest = cursor.take();
        *cursor = Some(Box::new(Node { value, next: rest }));
        self.len += 1;
    }

    fn remove(&mut self, value: i32) -> bool {
        let mut cursor = &mut self.head;
        loop {
            match cursor {
                None => return false,
                Some(node) if node.value == value => {
                    *cursor = node.next.take();
                    self.len -= 1;
                    return true;
                }
                Some(node) => cursor = &mut node.next,
            }
        }
    }

    fn dedup(&mut self) -> usize {
        let mut removed = 0;
        let mut cur = self.head.as_mut();
        while let Some(node) = cur {
            while node.next.as_ref().is_some_and(|n| n.value == node.value) {
                let dup = node.next.take().unwrap();
                node.next = dup.next;
                removed += 1;
            }
            cur = node.next.as_mut();
        }
        self.len -= removed;
        removed
    }

    fn values(&self) -> Vec<i32> {
        let mut out = Vec::with_capacity(self.len);
        let mut cur = &self.head;
        while let Some(n) = cur {
            out.push(n.value);
            cur = &n.next;
        }
        out
    }
}

fn main() {
    let mut list = SortedList::new();
    for v in [5, 1, 9, 3, 5, 7, 1, 5, -2] {
        list.insert(v);
    }
    println!("{} items: {:?}", list.len, list.values());
    println!("remove 5: {}, remove 4: {}", list.remove(5), list.remove(4));
    println!("after removals: {:?}", list.values());
    println!("dedup removed {}", list.dedup());
    println!("{} items: {:?}", list.len, list.values());
    println!("remove head: {}", list.remove(-2));
    println!("remove tail: {}", list.remove(9));
    println!("head node: {:?}", list.head.as_ref().map(|n| n.value));
    while list.head.is_some() {
        let first = list.head.as_ref().unwrap().value;
        list.remove(first);
    }
    println!("empty: {:?} len {}", list.values(), list.len);
}
