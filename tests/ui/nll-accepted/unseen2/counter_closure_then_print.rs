// A closure mutably borrowing a counter ends at its last call; the counter can then be read.
fn main() {
    let mut count = 0;
    let mut inc = |by: i32| count += by;
    inc(1);
    inc(2);
    println!("count = {}", count);
    count += 10;
    println!("count = {}", count);
}
