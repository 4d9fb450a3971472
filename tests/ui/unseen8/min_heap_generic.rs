// A hand-written binary min-heap on Vec<T: Ord>, used to merge sorted runs and to pick the cheapest tasks.
#[derive(Debug)]
struct MinHeap<T: Ord> {
    data: Vec<T>,
}

impl<T: Ord> MinHeap<T> {
    fn new() -> Self {
        MinHeap { data: Vec::new() }
    }

    fn push(&mut self, item: T) {
        self.data.push(item);
        let mut i = self.data.len() - 1;
        while i > 0 {
            let parent = (i - 1) / 2;
            if self.data[i] < self.data[parent] {
                self.data.swap(i, parent);
                i = parent;
            } else {
                break;
            }
        }
    }

    fn pop(&mut self) -> Option<T> {
        if self.data.is_empty() {
            return None;
        }
        let last = self.data.len() - 1;
        self.data.swap(0, last);
        let top = self.data.pop();
        let n = self.data.len();
        let mut i = 0;
        loop {
            let (l, r) = (2 * i + 1, 2 * i + 2);
            let mut smallest = i;
            if l < n && self.data[l] < self.data[smallest] {
                smallest = l;
            }
            if r < n && self.data[r] < self.data[smallest] {
                smallest = r;
            }
            if smallest == i {
                break;
            }
            self.data.swap(i, smallest);
            i = smallest;
        }
        top
    }

    fn peek(&self) -> Option<&T> {
        self.data.first()
    }

    fn len(&self) -> usize {
        self.data.len()
    }
}

#[derive(Debug, PartialEq, Eq, PartialOrd, Ord)]
struct Task {
    cost: u32,
    name: String,
}

fn merge_runs(runs: Vec<Vec<i32>>) -> Vec<i32> {
    let mut heap = MinHeap::new();
    for (r, run) in runs.iter().enumerate() {
        if let Some(&first) = run.first() {
            heap.push((first, r, 0usize));
        }
    }
    let mut out = Vec::new();
    while let Some((value, r, idx)) = heap.pop() {
        out.push(value);
        if let Some(&next) = runs[r].get(idx + 1) {
            heap.push((next, r, idx + 1));
        }
    }
    out
}

fn main() {
    let merged = merge_runs(vec![vec![1, 4, 9], vec![2, 3, 10, 11], vec![], vec![0, 5]]);
    println!("merged: {:?}", merged);

    let mut tasks = MinHeap::new();
    for (cost, name) in [(5, "email"), (1, "coffee"), (3, "review"), (1, "backup"), (8, "deploy")] {
        tasks.push(Task { cost, name: name.to_string() });
    }
    println!("{} tasks, cheapest {:?}", tasks.len(), tasks.peek().map(|t| &t.name));
    let mut budget = 10;
    while let Some(t) = tasks.pop() {
        if t.cost > budget {
            println!("cannot afford {} ({}), {} left", t.name, t.cost, budget);
            tasks.push(t);
            break;
        }
        budget -= t.cost;
        println!("do {:<7} cost {} -> budget {}", t.name, t.cost, budget);
    }
    println!("remaining: {:?}", tasks.data.iter().map(|t| t.name.as_str()).collect::<Vec<_>>());
}
