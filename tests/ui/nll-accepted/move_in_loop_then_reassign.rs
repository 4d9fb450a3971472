// A String moved into a Vec on each iteration and re-created before the next.
fn main() {
    let mut current = String::from("a");
    let mut all = Vec::new();
    for i in 0..3 {
        all.push(current);
        current = format!("item{}", i);
    }
    println!("{:?}", all);
    println!("{}", current);
}
