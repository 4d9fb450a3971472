// A generic min-heap on a Vec with sift-up and sift-down, used for a heap sort and the k smallest.
struct MinHeap<T: Ord> {
    items: Vec<T>,
}

impl<T: Ord> MinHeap<T> {
    fn new() -> Self {
        MinHeap { items: Vec::new() }
    }

    fn push(&mut self, x: T) {
        self.items.push(x);
        let mut i = self.items.len() - 1;
        while i > 0 {
            let parent = (i - 1) / 2;
            if self.items[i] < self.items[parent] {
                self.items.swap(i, parent);
                i = parent;
            } else {
                break;
            }
        }
    }

    fn pop(&mut self) -> Option<T> {
        if self.items.is_empty() {
            return None;
        }
        let last = self.items.len() - 1;
        self.items.swap(0, last);
        let top = self.items.pop();
        let n = self.items.len();
        let mut i = 0;
        loop {
            let l = 2 * i + 1;
            let r = l + 1;
            let mut smallest = i;
            if l < n && self.items[l] < self.items[smallest] {
                smallest = l;
            }
            if r < n && self.items[r] < self.items[smallest] {
                smallest = r;
            }
            if smallest == i {
                break;
            }
            self.items.swap(i, smallest);
            i = smallest;
        }
        top
    }

    fn peek(&self) -> Option<&T> {
        self.items.first()
    }

    fn len(&self) -> usize {
        self.items.len()
    }
}

fn heap_sort<T: Ord>(v: Vec<T>) -> Vec<T> {
    let mut h = MinHeap::new();
    for x in v {
        h.push(x);
    }
    let mut out = Vec::with_capacity(h.len());
    while let Some(x) = h.pop() {
        out.push(x);
    }
    out
}

fn main() {
    let v = vec![42, 7, 19, 3, 88, 3, 56, 1, 23];
    println!("sorted: {:?}", heap_sort(v));
    let words: Vec<String> = "pear fig apple kiwi banana date".split(' ').map(String::from).collect();
    println!("sorted words: {:?}", heap_sort(words));

    let mut h = MinHeap::new();
    for (i, p) in [5u8, 2, 9, 1].iter().enumerate() {
        h.push((*p, format!("task{}", i)));
    }
    println!("peek: {:?}", h.peek());
    while let Some((p, name)) = h.pop() {
        println!("  run {} (priority {})", name, p);
    }
    let data = [15, 4, 23, 8, 42, 16];
    let mut k = MinHeap::new();
    for d in data {
        k.push(std::cmp::Reverse(d));
        if k.len() > 3 {
            k.pop();
        }
    }
    let mut top3: Vec<i32> = k.items.iter().map(|r| r.0).collect();
    top3.sort();
    println!("3 largest: {:?}", top3);
}
