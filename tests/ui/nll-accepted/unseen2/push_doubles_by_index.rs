// Reading an element by index (a copy) and pushing in the same loop.
fn main() {
    let mut v = vec![1, 2, 3];
    let n = v.len();
    for i in 0..n {
        let x = v[i];
        v.push(x * 2);
    }
    println!("{:?}", v);
}
