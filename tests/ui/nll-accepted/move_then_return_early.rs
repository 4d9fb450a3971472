// A vector moved in a branch that returns is still usable on the other path.
fn process(v: Vec<i32>, stop: bool) -> usize {
    if stop {
        drop(v);
        return 0;
    }
    let mut v = v;
    v.push(1);
    v.len()
}

fn main() {
    println!("{} {}", process(vec![1], true), process(vec![1], false));
}
