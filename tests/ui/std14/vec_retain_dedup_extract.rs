// Vec retain_mut, dedup_by_key, dedup_by with strings, swap_remove order, extract-like loop with drain filter emulation, resize_with and truncate capacities.
fn main() {
    let mut v: Vec<i32> = (1..=12).collect();
    v.retain_mut(|x| { *x *= 3; *x % 2 == 0 });
    println!("{:?}", v);
    let mut w = vec![10, 11, 20, 25, 21, 30, 35];
    w.dedup_by_key(|x| *x / 10);
    println!("{:?}", w);
    let mut s = vec!["Foo", "foo", "BAR", "bar", "Bar", "baz"];
    s.dedup_by(|a, b| a.eq_ignore_ascii_case(b));
    println!("{:?}", s);
    let mut q = vec!['a', 'b', 'c', 'd', 'e'];
    let r = q.swap_remove(1);
    println!("{} {:?}", r, q);
    let mut all: Vec<String> = ["keep1", "drop1", "keep2", "drop2", "keep3"].iter().map(|s| s.to_string()).collect();
    let mut dropped = Vec::new();
    let mut i = 0;
    while i < all.len() {
        if all[i].starts_with("drop") { dropped.push(all.remove(i)); } else { i += 1; }
    }
    println!("{:?} {:?} caps {} {}", all, dropped, all.capacity(), dropped.capacity());
    let mut grow: Vec<Vec<u8>> = Vec::new();
    let mut k = 0u8;
    grow.resize_with(4, || { k += 1; vec![k; k as usize] });
    println!("{:?} cap {}", grow, grow.capacity());
    grow.truncate(2);
    println!("{:?} cap {}", grow, grow.capacity());
    grow.shrink_to(3);
    println!("cap {}", grow.capacity());
    grow.shrink_to_fit();
    println!("cap {}", grow.capacity());
    let mut z = vec![1, 2, 3];
    z.resize(6, 0);
    z.resize(2, 9);
    println!("{:?} cap {}", z, z.capacity());
}
