// Indexing a Vec past its length panics with the index and the length.
fn main() {
    let v = vec![1, 2, 3];
    let i = v.len() + 2;
    println!("before");
    println!("{}", v[i]);
}
