// A sorted singly linked list: insert in order through a &mut Option<Box<Node>> cursor, remove all of a value, and split by a pivot.
#[derive(Debug)]
struct Node {
    v: i32,
    next: Option<Box<Node>>,
}

#[derive(Debug, Default)]
struct SortedList {
    head: Option<Box<Node>>,
}

impl SortedList {
    fn insert(&mut self, v: i32) {
        let mut cur = &mut self.head;
        while cur.as_ref().map_or(false, |n| n.v < v) {
            cur = &mut cur.as_mut().unwrap().next;
        }
        let rest = cur.take();
        *cur = Some(Box::new(Node { v, next: rest }));
    }

    fn remove_all(&mut self, v: i32) -> usize {
        let mut removed = 0;
        let mut cur = &mut self.head;
        loop {
            match cur {
                None => break,
                Some(n) if n.v == v => {
                    *cur = n.next.take();
                    removed += 1;
                }
                Some(n) => cur = &mut n.next,
            }
        }
        removed
    }

    fn split_at_value(&mut self, pivot: i32) -> SortedList {
        let mut cur = &mut self.head;
        while cur.as_ref().map_or(false, |n| n.v < pivot) {
            cur = &mut cur.as_mut().unwrap().next;
        }
        SortedList { head: cur.take() }
    }

    fn values(&self) -> Vec<i32> {
        let mut out = Vec::new();
        let mut cur = &self.head;
        while let Some(n) = cur {
            out.push(n.v);
            cur = &n.next;
        }
        out
    }
}

fn main() {
    let mut l = SortedList::default();
    for v in [5, 1, 9, 3, 5, 7, 5, 2, 8] {
        l.insert(v);
    }
    println!("{:?}", l.values());
    println!("removed {} fives -> {:?}", l.remove_all(5), l.values());
    println!("removed {} fours -> {:?}", l.remove_all(4), l.values());
    let high = l.split_at_value(6);
    println!("low {:?} high {:?}", l.values(), high.values());
    let mut empty = SortedList::default();
    let all = empty.split_at_value(0);
    println!("split of empty: {:?} {:?}", empty.values(), all.values());
    let mut one = SortedList::default();
    one.insert(42);
    println!("{:?}", one);
}
