// `push` and `insert` are Vec's own methods: their receiver borrow is two-phase, so `v.len()` may be read in the arguments.
fn main() {
    let mut v = vec![3, 1, 2];
    v.push(v.len());
    v.insert(v.len() - 1, v[0]);
    v.truncate(v.len() - 1);
    v.resize(v.len() + 2, v[1]);
    println!("{v:?}");
}
