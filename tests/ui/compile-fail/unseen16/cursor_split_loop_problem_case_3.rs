//@ compile-fail
// A cursor loop that breaks out holding `Some(n)` from `while let Some(n) = cur`, then takes through the cursor (NLL problem case #3).
struct Node {
    v: i32,
    next: Option<Box<Node>>,
}

struct SortedList {
    head: Option<Box<Node>>,
}

impl SortedList {
    fn split_at_value(&mut self, pivot: i32) -> SortedList {
        let mut cur = &mut self.head;
        while let Some(n) = cur {
            if n.v >= pivot {
                break;
            }
            cur = &mut n.next;
        }
        SortedList { head: cur.take() } //~ ERROR E0499
    }
}

fn main() {
    let mut l = SortedList { head: Some(Box::new(Node { v: 1, next: Some(Box::new(Node { v: 5, next: None })) })) };
    let high = l.split_at_value(3);
    println!("{} {}", l.head.is_some(), high.head.map_or(0, |n| n.v));
}
