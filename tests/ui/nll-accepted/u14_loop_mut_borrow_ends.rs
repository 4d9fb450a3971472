// A mutable borrow taken in each iteration of a loop ends with the iteration
fn find_or_push(v: &mut Vec<String>, name: &str) -> usize {
    for (i, s) in v.iter().enumerate() {
        if s == name {
            return i;
        }
    }
    v.push(name.to_string());
    v.len() - 1
}

fn main() {
    let mut names = Vec::new();
    let mut ids = Vec::new();
    for n in ["x", "y", "x", "z", "y"] {
        let id = find_or_push(&mut names, n);
        let slot = names.get_mut(id).unwrap();
        slot.push('*');
        ids.push(id);
    }
    println!("{:?} {:?}", names, ids);
}
