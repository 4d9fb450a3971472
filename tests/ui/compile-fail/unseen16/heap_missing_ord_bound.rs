//@ compile-fail
// A generic binary heap comparing elements with `<` but declared without a `T: Ord` bound.
struct MinHeap<T> {
    items: Vec<T>,
}

impl<T> MinHeap<T> {
    fn push(&mut self, x: T) {
        self.items.push(x);
        let mut i = self.items.len() - 1;
        while i > 0 {
            let p = (i - 1) / 2;
            if self.items[i] < self.items[p] { //~ ERROR E0369
                self.items.swap(i, p);
            }
            i = p;
        }
    }
}

fn main() {
    let mut h = MinHeap { items: Vec::new() };
    h.push(3);
    h.push(1);
    println!("{}", h.items[0]);
}
