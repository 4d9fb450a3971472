// 100 pushes into Vec::new: one alloc, then a realloc at each doubling (compare with_capacity_once).
fn grow() -> usize {
    let mut v = Vec::new();
    for i in 0..100u32 {
        v.push(i);
    }
    v.len()
}

fn main() {
    let n = grow();
    println!("grown to {n}");
}
