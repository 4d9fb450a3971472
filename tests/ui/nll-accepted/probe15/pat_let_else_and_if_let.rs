// Refutable patterns written with let-else and if let.
fn main() {
    let opt = Some(1);
    let Some(x) = opt else { return; };
    if let Ok(v) = "4".parse::<i32>() {
        println!("{} {}", x, v);
    }
    for (i, c) in "ab".chars().enumerate() {
        println!("{} {}", i, c);
    }
}
