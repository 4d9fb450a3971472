// `v.push(v.len())`, `v.truncate(v.len() - 1)`, `v.insert(v.len(), ..)`: Vec's own methods are two-phase borrows.
fn main() {
    let mut v = vec![1usize, 2];
    v.push(v.len());
    v.truncate(v.len() - 1);
    v.insert(v.len(), v[0]);
    let n = v.len();
    if let Some(x) = v.get_mut(n - 1) {
        *x += 10;
    }
    println!("{:?}", v);
}
