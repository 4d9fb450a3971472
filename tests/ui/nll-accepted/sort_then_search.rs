// Sorting (mutable) then searching (shared), one after the other.
fn main() {
    let mut v = vec![42, 7, 19, 3, 25];
    v.sort();
    match v.binary_search(&19) {
        Ok(i) => println!("found at {}", i),
        Err(i) => println!("insert at {}", i),
    }
    let pos = v.binary_search(&20).unwrap_or_else(|i| i);
    v.insert(pos, 20);
    println!("{:?}", v);
}
