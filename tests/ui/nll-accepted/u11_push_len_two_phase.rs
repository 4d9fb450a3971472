// Two-phase borrows: the argument reads the Vec before push's mutable borrow is activated.
fn main() {
    let mut ids: Vec<usize> = Vec::new();
    for _ in 0..4 {
        ids.push(ids.len() * 10);
    }
    ids.insert(ids.len() / 2, ids[0] + 1);
    let mut names = vec![String::from("a")];
    names.push(names[0].to_uppercase());
    println!("{:?} {:?}", ids, names);
}
