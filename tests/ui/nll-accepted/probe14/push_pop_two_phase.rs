// `v.push(v.len())` and `v.insert(0, v[1])` are accepted (two-phase borrows: shared reads in the arguments).
fn main() {
    let mut v = vec![1, 2];
    v.push(v.len() as i32);
    v.insert(0, v[1]);
    let x = v.pop().unwrap();
    v.push(x);
    println!("{:?}", v);
}
