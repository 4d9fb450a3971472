// A heap's sift-up compares through a named reference to the parent, then swaps once it is dead.
fn sift_up(items: &mut Vec<u32>, mut i: usize) {
    while i > 0 {
        let p = (i - 1) / 2;
        let parent = &items[p];
        if items[i] < *parent {
            items.swap(i, p);
            i = p;
        } else {
            break;
        }
    }
}

fn main() {
    let mut heap = Vec::new();
    for x in [9, 4, 7, 1, 8, 2] {
        heap.push(x);
        let last = heap.len() - 1;
        sift_up(&mut heap, last);
    }
    println!("{:?} min {}", heap, heap[0]);
}
