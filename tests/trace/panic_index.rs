// A panic: the trace stops at the failing line, with the memory at that point.
fn main() {
    let v = vec![1, 2, 3];
    let i = v.len();
    println!("{}", v[i]);
}
