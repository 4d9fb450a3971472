// `v[v.len() - 1] = ...` reads the length before the mutable index borrow is activated.
fn main() {
    let mut v = vec![1, 2, 3];
    let last = v.len() - 1;
    v[last] = 30;
    v[0] += v[1];
    let n = v.len();
    v[n - 2] *= 2;
    println!("{:?}", v);
    println!("{}", v.len());
}
