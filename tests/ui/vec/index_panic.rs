// Indexing a Vec out of bounds panics with the length and the index.
fn main() {
    let v = vec![1, 2, 3];
    println!("{}", v[2]);
    println!("{:?}", v.get(3));
    println!("{}", v.len());
    println!("{:?}", v.last());
    let idx = v.len();
    println!("{}", v[idx]);
}
