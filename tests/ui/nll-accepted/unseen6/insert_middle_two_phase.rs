// Two-phase borrows: `v.insert(v.len() / 2, v[0])` reads `v` while the mutable borrow is only reserved.
fn main() {
    let mut v = vec![10, 20, 30, 40];
    v.insert(v.len() / 2, v[0]);
    v.push(v[v.len() - 1] + 1);
    let mut names = vec![String::from("a")];
    names.push(format!("{}{}", names[0], names.len()));
    println!("{:?} {:?}", v, names);
}
