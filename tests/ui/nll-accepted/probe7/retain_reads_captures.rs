// `retain`'s element may be compared with captured data and copied from, just not kept.
fn main() {
    let banned = vec![String::from("b")];
    let mut v = vec![String::from("a"), String::from("b")];
    let mut lens: Vec<usize> = Vec::new();
    let mut names: Vec<String> = Vec::new();
    v.retain(|s| { lens.push(s.len()); names.push(s.clone()); !banned.contains(s) });
    println!("{:?} {:?} {:?}", v, lens, names);
}
