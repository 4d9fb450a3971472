// The borrow of an element ends with the `clone()`, before `push`.
fn main() {
    let mut v = vec![String::from("seed")];
    for _ in 0..3 {
        let last = &v[v.len() - 1];
        let next = format!("{}!", last);
        v.push(next);
    }
    let first = v[0].clone();
    v.push(first);
    println!("{:?}", v);
}
