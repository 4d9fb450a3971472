// Integer remainder by zero panics with a message of its own.
fn main() {
    let divisors = [3u64, 0];
    println!("{:?}", 10u64.checked_rem(0));
    for d in divisors {
        println!("10 % {d}:");
        println!("{}", 10 % d);
    }
    println!("unreachable");
}
