// A method call on a `&mut` reference reborrows it two-phase, as an autoref does:
// `entry.push(entry.len())` is accepted with `entry: &mut Vec<_>`.
fn fill(entry: &mut Vec<usize>) {
    entry.push(entry.len());
    entry.push(entry.len() * 10);
}

fn main() {
    let mut v = Vec::new();
    fill(&mut v);
    let r = &mut v;
    r.push(r.len());
    r.insert(0, r[0] + 100);
    println!("{:?}", v);
}
