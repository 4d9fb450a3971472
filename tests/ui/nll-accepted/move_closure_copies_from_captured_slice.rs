// a move closure holding a `&[&str]` copies items out of it: the collected Vec outlives the temporary index list
fn order() -> Vec<usize> { vec![1, 1, 0] }
fn main() {
    let names: &[&str] = &["up", "down"];
    let seq: Vec<&str> = order().iter().map(move |&i| names[i]).collect();
    println!("{}", seq.join(","));
}
