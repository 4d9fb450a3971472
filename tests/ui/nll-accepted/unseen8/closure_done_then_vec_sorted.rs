// A closure borrowing a Vec is called for the last time before the Vec is sorted in place.
fn main() {
    let mut marks = vec![78, 91, 45, 60];
    let above = |t: i32| marks.iter().filter(|m| **m > t).count();
    let a = above(50);
    let b = above(80);
    marks.sort_unstable();
    marks.dedup();
    println!("{} {} {:?}", a, b, marks);
}
