// One impl Iterator type from two branches: a Vec built in both.
fn items(n: u32) -> impl Iterator<Item = u32> {
    let v = match n { 0 => vec![1, 2], _ => vec![n] };
    v.into_iter()
}
fn main() { println!("{} {}", items(0).count(), items(5).count()); }
