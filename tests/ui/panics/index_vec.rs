// Indexing a Vec past its length panics with the index and the length.
fn main() {
    let v = vec![1, 2, 3];
    for i in 0..v.len() {
        println!("v[{i}] = {}", v[i]);
    }
    let i = v.len() + 2;
    println!("before");
    println!("{}", v[i]);
}
