// Two-phase borrows: s.insert(s.len(), ..) and v.push(v.len()) read the receiver while its &mut is reserved.
fn main() {
    let mut s = String::from("abc");
    s.insert(s.len(), '!');
    s.insert_str(s.len() - 1, "def");
    let mut lens: Vec<usize> = Vec::new();
    lens.push(lens.len());
    lens.push(lens.len() * 10);
    s.truncate(s.len() - 1);
    println!("{} {:?}", s, lens);
}
