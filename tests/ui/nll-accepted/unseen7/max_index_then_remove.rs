// NLL: the borrow used to find the maximum's index ends before remove() mutates the Vec.
fn main() {
    let mut queue = vec![3, 9, 4, 9, 1];
    while !queue.is_empty() {
        let (idx, _) = queue.iter().enumerate().max_by_key(|(_, v)| **v).unwrap();
        let top = queue.remove(idx);
        print!("{} ", top);
    }
    println!();
}
