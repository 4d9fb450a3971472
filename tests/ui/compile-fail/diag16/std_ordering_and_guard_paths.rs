// std names that are not unique in std (`Ordering`, `MutexGuard`) are printed by their paths, with `'_`
//@ compile-fail
use std::cmp::Ordering;
use std::sync::Mutex;

fn main() {
    let m = Mutex::new(1);
    let g = m.lock().unwrap();
    let o: Ordering = 1.cmp(&2);
    let n: i32 = o; //~ ERROR E0308
    let k: i32 = g; //~ ERROR E0308
    println!("{} {}", n, k);
}
