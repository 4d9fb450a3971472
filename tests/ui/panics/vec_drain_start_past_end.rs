// Vec::drain with a start past the length panics inside std's slice::range, not at the caller.
fn main() {
    let mut v = vec![10, 20, 30];
    let start = v.len() + 1;
    let gone: Vec<i32> = v.drain(1..2).collect();
    println!("{gone:?} {v:?}");
    v.drain(start..);
}
