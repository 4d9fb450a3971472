// Two-phase borrow: `v.push(v.len())` reads the Vec while the push's mutable borrow is only reserved.
fn main() {
    let mut ids: Vec<usize> = Vec::new();
    for _ in 0..4 {
        ids.push(ids.len() * 10);
    }
    let mut names = vec![String::from("a")];
    names.push(format!("{}{}", names[0], names.len()));
    names.insert(names.len(), names.last().unwrap().to_uppercase());
    println!("{:?} {:?}", ids, names);
}
