// Allocations heaplab gives no hint for: boxes, clones, a vector returned to its caller, a format! per call.
fn build(n: usize) -> Vec<usize> {
    let mut v = Vec::new();
    for i in 0..n {
        v.push(i);
    }
    v
}

fn label(i: usize) -> String {
    format!("item {i}")
}

fn main() {
    let b = Box::new(41);
    let v = build(9);
    let w = v.clone();
    let mut labels = Vec::with_capacity(3);
    for i in 0..3 {
        labels.push(label(i));
    }
    println!("{} {} {} {:?}", *b + 1, v.len(), w.len(), labels);
}
