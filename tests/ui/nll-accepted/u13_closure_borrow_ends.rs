// A closure borrowing a Vec mutably is last called before the Vec is read.
fn main() {
    let mut seen = Vec::new();
    let mut record = |x: u8| seen.push(x);
    record(1);
    record(2);
    println!("{:?} cap {}", seen, seen.capacity());
    seen.push(3);
    println!("{}", seen.len());
}
