// Borrowing two different fields of a tree node at once: &mut left while reading right.
struct Node {
    key: i32,
    left: Vec<i32>,
    right: Vec<i32>,
}

impl Node {
    fn rebalance(&mut self) {
        let l = &mut self.left;
        let r = &self.right;
        while l.len() + 1 < r.len() {
            l.push(self.key);
            break;
        }
        let k = &mut self.key;
        *k += r.len() as i32;
        l.push(*k);
    }
}

fn main() {
    let mut n = Node { key: 5, left: vec![1], right: vec![7, 8, 9] };
    n.rebalance();
    println!("{} {:?} {:?}", n.key, n.left, n.right);
}
