// Slice patterns `[]`, `[_]` and `[_, _, ..]` cover every length.
fn describe(v: &[u32]) -> String {
    match v {
        [] => String::from("empty"),
        [x] => format!("one {x}"),
        [first, .., last] => format!("{first}..{last}"),
    }
}
fn main() {
    println!("{} {} {}", describe(&[]), describe(&[1]), describe(&[1, 2, 3]));
}
