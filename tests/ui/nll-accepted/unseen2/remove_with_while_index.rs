// Removing while scanning with an index instead of an iterator.
fn main() {
    let mut v = vec![1, 2, 4, 5, 6, 7];
    let mut i = 0;
    while i < v.len() {
        if v[i] % 2 == 0 {
            let removed = v.remove(i);
            println!("removed {}", removed);
        } else {
            i += 1;
        }
    }
    println!("{:?}", v);
}
